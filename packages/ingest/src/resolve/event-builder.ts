// Turns a group of witnesses of one real event into its rows: the event with its merged date,
// place and confidence, participants, evidence links, and the conflicts between witnesses.
import {
  foldName,
  type GatheringKind,
  type ParticipantRole,
  type VisitKind,
} from '@diplomacy-graph/core';
import type { EvidenceRef, ExtractedDate } from '../extract/types.ts';
import { compareText } from './compare-text.ts';
import { confidenceOf } from './confidence.ts';
import { datesCompatible, mergeDates, precisionRank } from './event-dates.ts';
import type { EvidenceRegistry } from './evidence-registry.ts';
import type { ConflictRow, EventEvidenceRow, EventRow, ParticipantRow } from './graph.ts';
import type { PlaceRegistry } from './place-registry.ts';
import { stableId } from './stable-id.ts';

/** One article's report of an event. */
export type EventWitness = {
  articleId: string;
  date: ExtractedDate | null;
  place: string | null;
  /** The resolved enclosing gathering, when the article names one. */
  parentId: string | null;
  evidence: readonly EvidenceRef[];
};

export type EventSpec = {
  type: EventRow['type'];
  /** Content that identifies the event besides its date (people, country, folded name). */
  key: readonly string[];
  name?: string | null;
  visitKind?: VisitKind | null;
  gatheringKind?: GatheringKind | null;
  visitedCountryCode?: string | null;
  participants: readonly { personId: string; role: ParticipantRole }[];
  witnesses: readonly EventWitness[];
  /** Disagreements found by the caller (two presenters of one award). */
  conflicts?: readonly { field: string; values: string[] }[];
};

/** Most precise date first, then content order, so grouping never depends on input order. */
export function compareWitnesses(a: EventWitness, b: EventWitness): number {
  return (
    precisionRank(b.date) - precisionRank(a.date) ||
    compareText(a.date?.value ?? '', b.date?.value ?? '') ||
    compareText(a.articleId, b.articleId) ||
    (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)
  );
}

/**
 * Splits the witnesses of one pair (or visitor and country …) into distinct events: compatible
 * dates are one event; different days are different events unless both sit within the same
 * gathering, in which case they are one event whose date is in conflict.
 */
export function splitByDate<W extends EventWitness>(witnesses: readonly W[]): W[][] {
  const groups: { anchor: ExtractedDate | null; parents: Set<string>; members: W[] }[] = [];
  for (const witness of [...witnesses].sort(compareWitnesses)) {
    let group = groups.find((candidate) => datesCompatible(candidate.anchor, witness.date));
    if (!group && witness.parentId)
      group = groups.find((candidate) => candidate.parents.has(witness.parentId ?? ''));
    if (!group) {
      group = { anchor: witness.date, parents: new Set(), members: [] };
      groups.push(group);
    }
    group.members.push(witness);
    group.anchor ??= witness.date;
    if (witness.parentId) group.parents.add(witness.parentId);
  }
  return groups.map((group) => group.members);
}

/** The value most witnesses give (then the smallest), and every value when they disagree. */
export function pickMajority(values: readonly (string | null)[]): {
  value: string | null;
  distinct: string[];
} {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return { value: ranked[0]?.[0] ?? null, distinct: ranked.map(([value]) => value).sort() };
}

function dateColumns(
  date: ExtractedDate | null,
): Pick<EventRow, 'dateStart' | 'dateEnd' | 'datePrecision' | 'timeOfDay'> {
  if (!date) return { dateStart: null, dateEnd: null, datePrecision: null, timeOfDay: null };
  const dateStart =
    date.precision === 'YEAR'
      ? `${date.value}-01-01`
      : date.precision === 'MONTH'
        ? `${date.value}-01`
        : date.value;
  return {
    dateStart,
    dateEnd: date.precision === 'RANGE' ? (date.end ?? null) : null,
    datePrecision: date.precision,
    timeOfDay: date.timeOfDay ?? null,
  };
}

/** Accumulates the rows of every event of the graph. */
export class EventBuilder {
  readonly events: EventRow[] = [];
  // Event ids are unique, so an event's participants and evidence are all listed by one add.
  readonly #participants: ParticipantRow[] = [];
  readonly #evidence: EventEvidenceRow[] = [];
  readonly conflicts: ConflictRow[] = [];
  readonly #ids = new Set<string>();

  constructor(
    private readonly registry: EvidenceRegistry,
    private readonly places: PlaceRegistry,
  ) {}

  /** Adds one event from its witnesses and returns its id. */
  add(spec: EventSpec): string {
    const merged = mergeDates(spec.witnesses);
    const place = pickMajority(
      spec.witnesses.map((witness) => witness.place && foldName(witness.place)),
    );
    const placeName = spec.witnesses.find(
      (witness) => witness.place && foldName(witness.place) === place.value,
    )?.place;
    const parent = pickMajority(spec.witnesses.map((witness) => witness.parentId));
    let id = stableId('event', spec.type, ...spec.key, merged.date?.value ?? null);
    for (let n = 2; this.#ids.has(id); n++)
      id = stableId('event', spec.type, ...spec.key, merged.date?.value ?? null, n);
    this.#ids.add(id);

    this.events.push({
      id,
      type: spec.type,
      visitKind: spec.visitKind ?? null,
      gatheringKind: spec.gatheringKind ?? null,
      name: spec.name ?? null,
      foldedName: spec.name ? foldName(spec.name) : null,
      parentId: parent.value === id ? null : parent.value,
      ...dateColumns(merged.date),
      placeId: this.places.idOf(placeName ?? null),
      visitedCountryCode: spec.visitedCountryCode ?? null,
      confidence: confidenceOf(new Set(spec.witnesses.map((witness) => witness.articleId)).size),
    });
    const participants = new Set<string>();
    for (const { personId, role } of spec.participants) {
      const key = `${personId}|${role}`;
      if (participants.has(key)) continue;
      participants.add(key);
      this.#participants.push({ eventId: id, personId, role });
    }
    const evidenceIds = new Set<string>();
    for (const witness of spec.witnesses) {
      for (const evidenceId of this.registry.add(witness.articleId, witness.evidence)) {
        if (evidenceIds.has(evidenceId)) continue;
        evidenceIds.add(evidenceId);
        this.#evidence.push({ eventId: id, evidenceId });
      }
    }
    const conflicts = [...(spec.conflicts ?? [])];
    if (merged.conflict) conflicts.push({ field: 'date', values: merged.conflict });
    if (place.distinct.length > 1) {
      const values = spec.witnesses
        .filter((w) => w.place)
        .map((w) => `${w.place} @ ${w.articleId}`);
      conflicts.push({ field: 'place', values: [...new Set(values)].sort() });
    }
    for (const conflict of conflicts) {
      this.conflicts.push({
        id: stableId('conflict', id, conflict.field),
        eventId: id,
        ...conflict,
      });
    }
    return id;
  }

  participants(): ParticipantRow[] {
    return [...this.#participants];
  }

  eventEvidence(): EventEvidenceRow[] {
    return [...this.#evidence];
  }
}
