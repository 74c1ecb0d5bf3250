import { EventTable } from '../../components/event-table.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';
import { EmptyState, PartialListNote, QueryView } from '../../components/query-view.tsx';
import { formatEventDate } from '../../format/format-date.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { RELATIONS_QUERY } from './country-query.ts';

/** The bilateral summary between two countries: counts, first and last contact, and sources. */
export function RelationsPanel({ code, partner }: { code: string; partner: string }) {
  const result = useQuery(RELATIONS_QUERY, { code, partner });
  return (
    <QueryView result={result} label="the relationship">
      {(data) => {
        const relations = data.country?.relations;
        if (!relations) return <EmptyState>No relationship recorded with “{partner}”.</EmptyState>;
        return (
          <div className="relations">
            <dl className="stat-grid">
              <Count label="Meetings" value={relations.meetingCount} />
              <Count label="Visits" value={relations.visitCount} />
              <Count label="Awards" value={relations.awardCount} />
              <Count label="Agreements" value={relations.agreementCount} />
            </dl>
            <p>
              First contact: {formatEventDate({ start: relations.firstContact, precision: 'DAY' })}{' '}
              · Latest contact:{' '}
              {formatEventDate({ start: relations.lastContact, precision: 'DAY' })}
            </p>
            <EventTable
              events={relations.events.edges.map((edge) => edge.node)}
              caption={`Contacts with ${relations.partner.name}`}
            />
            <PartialListNote
              shown={relations.events.edges.length}
              total={relations.events.totalCount}
            />
            <h3>What the articles say</h3>
            {relations.evidence.edges.length === 0 ? (
              <EmptyState>No sentence describes the partnership yet.</EmptyState>
            ) : (
              <EvidenceList evidence={relations.evidence.edges.map((edge) => edge.node)} />
            )}
            <PartialListNote
              shown={relations.evidence.edges.length}
              total={relations.evidence.totalCount}
            />
          </div>
        );
      }}
    </QueryView>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
