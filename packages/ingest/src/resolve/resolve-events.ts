// Meetings, visits, awards and statements across articles: grouped by who took part, then split
// by date (see splitByDate), each group one event listing all its witnesses.
import { countryByCode, type VisitKind } from '@diplomacy-graph/core';
import type { ArticleExtraction, ExtractedAward } from '../extract/types.ts';
import { compareText } from './compare-text.ts';
import {
  compareWitnesses,
  type EventBuilder,
  type EventWitness,
  pickMajority,
  splitByDate,
} from './event-builder.ts';
import { datesCompatible } from './event-dates.ts';
import { awardNamesMatch, type EventNameKey, eventNameKey } from './event-name.ts';

type PersonLookup = (articleId: string, name: string) => string | undefined;
type GatheringLookup = (articleId: string, name: string | null) => string | null;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  return [...groups.entries()].sort((a, b) => compareText(a[0], b[0])).map(([, group]) => group);
}

/** A bilateral meeting or talks: the same two people with a compatible date or the same gathering. */
export function resolveMeetings(
  extractions: readonly ArticleExtraction[],
  personIdOf: PersonLookup,
  gatheringIdOf: GatheringLookup,
  events: EventBuilder,
): void {
  type MeetingWitness = EventWitness & {
    pair: [string, string];
    kind: 'BILATERAL_MEETING' | 'TALKS';
  };
  const witnesses: MeetingWitness[] = [];
  for (const article of extractions) {
    for (const meeting of article.meetings) {
      const ids = meeting.participants.map((name) => personIdOf(article.contentHash, name));
      const [a, b] = ids;
      if (!a || !b || a === b) continue;
      witnesses.push({
        articleId: article.contentHash,
        date: meeting.date,
        place: meeting.place,
        parentId: gatheringIdOf(article.contentHash, meeting.parent),
        evidence: meeting.evidence,
        pair: a < b ? [a, b] : [b, a],
        kind: meeting.kind,
      });
    }
  }
  for (const group of groupBy(witnesses, (witness) => witness.pair.join('|'))) {
    for (const members of splitByDate(group)) {
      const [first] = members;
      if (!first) continue;
      events.add({
        // Formal talks are the more specific report of the same encounter.
        type: members.some((witness) => witness.kind === 'TALKS') ? 'TALKS' : 'BILATERAL_MEETING',
        key: first.pair,
        participants: first.pair.map((personId) => ({ personId, role: 'ATTENDEE' as const })),
        witnesses: members,
      });
    }
  }
}

/** A visit: the same visitor in the same country at a compatible date. */
export function resolveVisits(
  extractions: readonly ArticleExtraction[],
  personIdOf: PersonLookup,
  events: EventBuilder,
): void {
  type VisitWitness = EventWitness & { visitorId: string; country: string; kind: VisitKind };
  const witnesses: VisitWitness[] = [];
  for (const article of extractions) {
    for (const visit of article.visits) {
      const visitorId = personIdOf(article.contentHash, visit.visitor);
      if (!visitorId || !countryByCode(visit.country)) continue;
      witnesses.push({
        articleId: article.contentHash,
        date: visit.date,
        place: null,
        parentId: null,
        evidence: visit.evidence,
        visitorId,
        country: visit.country.toUpperCase(),
        kind: visit.kind,
      });
    }
  }
  for (const group of groupBy(witnesses, (witness) => `${witness.visitorId}|${witness.country}`)) {
    for (const members of splitByDate(group)) {
      const [first] = members;
      if (!first) continue;
      // "Official" and "working" in two reports is a disagreement; "a visit" (OTHER) is not.
      const kinds = pickMajority(
        members.map((witness) => (witness.kind === 'OTHER' ? null : witness.kind)),
      );
      const kindConflicts =
        kinds.distinct.length > 1
          ? [
              {
                field: 'visitKind',
                values: members.map((w) => `${w.kind} @ ${w.articleId}`).sort(),
              },
            ]
          : [];
      events.add({
        type: 'VISIT',
        key: [first.visitorId, first.country],
        visitKind: (kinds.value as VisitKind | null) ?? 'OTHER',
        visitedCountryCode: first.country,
        participants: [{ personId: first.visitorId, role: 'VISITOR' }],
        witnesses: members,
        conflicts: kindConflicts,
      });
    }
  }
}

/** An award: the same recipient and the same honour (by name, across languages). */
export function resolveAwards(
  extractions: readonly ArticleExtraction[],
  personIdOf: PersonLookup,
  events: EventBuilder,
): void {
  type AwardWitness = EventWitness & {
    award: ExtractedAward;
    language: string;
    key: EventNameKey;
    recipientId: string;
  };
  const witnesses: AwardWitness[] = [];
  for (const article of extractions) {
    for (const award of article.awards) {
      const recipientId = personIdOf(article.contentHash, award.recipient);
      if (!recipientId) continue;
      witnesses.push({
        articleId: article.contentHash,
        date: award.date,
        place: award.place,
        parentId: null,
        evidence: award.evidence,
        award,
        language: article.language,
        key: eventNameKey(award.award),
        recipientId,
      });
    }
  }
  for (const group of groupBy(witnesses, (witness) => witness.recipientId)) {
    const clusters: AwardWitness[][] = [];
    for (const witness of group.sort(compareWitnesses)) {
      const cluster = clusters.find(
        (candidate) =>
          candidate.some((other) => awardNamesMatch(other.key, witness.key)) &&
          datesCompatible(candidate[0]?.date ?? null, witness.date),
      );
      if (cluster) cluster.push(witness);
      else clusters.push([witness]);
    }
    for (const members of clusters) {
      const [first] = members;
      if (!first) continue;
      const english = members.filter((witness) => witness.language === 'en');
      const name =
        pickMajority((english.length > 0 ? english : members).map((witness) => witness.award.award))
          .value ?? '';
      const presenters = members.flatMap((witness) => {
        const id = witness.award.presenter
          ? personIdOf(witness.articleId, witness.award.presenter)
          : undefined;
        return id ? [{ id, articleId: witness.articleId }] : [];
      });
      const presenterIds = [...new Set(presenters.map((presenter) => presenter.id))].sort();
      const recipientId = first.recipientId;
      events.add({
        type: 'AWARD_CONFERRAL',
        key: [recipientId, ...first.key.heads, ...first.key.content],
        name,
        participants: [
          { personId: recipientId, role: 'RECIPIENT' },
          ...presenterIds.map((personId) => ({ personId, role: 'PRESENTER' as const })),
        ],
        witnesses: members,
        conflicts:
          presenterIds.length > 1
            ? [
                {
                  field: 'presenter',
                  values: presenters.map((p) => `${p.id} @ ${p.articleId}`).sort(),
                },
              ]
            : [],
      });
    }
  }
}

/** Invitations and signed agreements: the same people, type and country at a compatible date. */
export function resolveStatements(
  extractions: readonly ArticleExtraction[],
  personIdOf: PersonLookup,
  events: EventBuilder,
): void {
  type StatementWitness = EventWitness & {
    type: 'INVITATION' | 'AGREEMENT_SIGNED';
    name: string;
    ids: string[];
    country: string | null;
  };
  const witnesses: StatementWitness[] = [];
  for (const article of extractions) {
    for (const statement of article.statements) {
      const ids = [
        ...new Set(
          statement.participants.flatMap((name) => personIdOf(article.contentHash, name) ?? []),
        ),
      ].sort();
      if (ids.length === 0) continue;
      const country =
        statement.country && countryByCode(statement.country)
          ? statement.country.toUpperCase()
          : null;
      witnesses.push({
        articleId: article.contentHash,
        date: statement.date,
        place: null,
        parentId: null,
        evidence: statement.evidence,
        type: statement.type,
        name: statement.name,
        ids,
        country,
      });
    }
  }
  for (const group of groupBy(
    witnesses,
    (w) => `${w.type}|${w.ids.join(',')}|${w.country ?? ''}`,
  )) {
    for (const members of splitByDate(group)) {
      const [first] = members;
      if (!first) continue;
      events.add({
        type: first.type,
        key: [...first.ids, first.country ?? ''],
        name: pickMajority(members.map((witness) => witness.name)).value,
        visitedCountryCode: first.country,
        participants: first.ids.map((personId) => ({ personId, role: 'ATTENDEE' as const })),
        witnesses: members,
      });
    }
  }
}
