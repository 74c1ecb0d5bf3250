// The resolved knowledge graph as plain rows, one type per table of core's Prisma schema. Field
// names are the column names, so persist can write a row array in one statement; dates are ISO
// "YYYY-MM-DD" strings.
import type {
  DatePrecision,
  EventType,
  GatheringKind,
  MentionKind,
  OfficeRole,
  ParticipantRole,
  PlaceKind,
  VisitKind,
} from '@diplomacy-graph/core';

export type ArticleRow = {
  id: string;
  fileName: string;
  language: string;
  title: string | null;
  publishedOn: string | null;
  sourceAgency: string | null;
  dateline: string | null;
  text: string;
};

export type EvidenceRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
};

export type PersonRow = {
  id: string;
  canonicalName: string;
  foldedName: string;
  nameKey: string;
  aliases: string[];
  countryCode: string | null;
  confidence: number;
};

export type OfficeRow = {
  id: string;
  personId: string;
  title: string;
  role: OfficeRole;
  countryCode: string | null;
};

export type PlaceRow = {
  id: string;
  name: string;
  foldedName: string;
  kind: PlaceKind;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type EventRow = {
  id: string;
  type: EventType;
  visitKind: VisitKind | null;
  gatheringKind: GatheringKind | null;
  name: string | null;
  foldedName: string | null;
  parentId: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
  timeOfDay: string | null;
  placeId: string | null;
  visitedCountryCode: string | null;
  confidence: number;
};

export type ParticipantRow = { eventId: string; personId: string; role: ParticipantRole };

export type ConflictRow = { id: string; eventId: string; field: string; values: string[] };

export type EventEvidenceRow = { eventId: string; evidenceId: string };
export type PersonEvidenceRow = { personId: string; evidenceId: string };
export type OfficeEvidenceRow = { officeId: string; evidenceId: string };

export type MentionRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  personId: string | null;
  countryCode: string | null;
  placeId: string | null;
};

export type ResolvedGraph = {
  articles: ArticleRow[];
  evidence: EvidenceRow[];
  people: PersonRow[];
  offices: OfficeRow[];
  places: PlaceRow[];
  events: EventRow[];
  participants: ParticipantRow[];
  conflicts: ConflictRow[];
  eventEvidence: EventEvidenceRow[];
  personEvidence: PersonEvidenceRow[];
  officeEvidence: OfficeEvidenceRow[];
  mentions: MentionRow[];
};
