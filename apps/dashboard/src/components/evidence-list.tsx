import type { EvidenceFields } from '../graphql/fragments/evidence.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/paths.ts';

type EvidenceListProps = {
  evidence: EvidenceFields[];
  /** Show this many sentences and fold the rest away; all of them when unset. */
  visible?: number;
};

/** The sentences that state a fact, each linking to its place in the article. */
export function EvidenceList({ evidence, visible = evidence.length }: EvidenceListProps) {
  if (evidence.length === 0) return null;
  const shown = evidence.slice(0, visible);
  const folded = evidence.slice(visible);
  return (
    <>
      <EvidenceItems evidence={shown} />
      {folded.length > 0 && (
        <details className="more-evidence">
          <summary>
            {folded.length} more {folded.length === 1 ? 'sentence' : 'sentences'}
          </summary>
          <EvidenceItems evidence={folded} />
        </details>
      )}
    </>
  );
}

function EvidenceItems({ evidence }: { evidence: EvidenceFields[] }) {
  return (
    <ul className="evidence-list">
      {evidence.map((item) => (
        <li key={item.id}>
          <blockquote className="evidence">
            <p>{item.quote}</p>
            <footer>
              <Link href={paths.article(item.article.id, item)}>
                {item.article.title ?? item.article.fileName}
              </Link>
            </footer>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
