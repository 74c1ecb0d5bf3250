import type { DatePrecision, GatheringKind, OfficeRole, VisitKind } from '@diplomacy-graph/core';

/** A half-open character range [start, end) in the article's normalized (NFC) text. */
export type Span = { start: number; end: number };

/** The sentence (or caption) that states a fact. */
export type EvidenceRef = Span & { quote: string };

/** A date as precise as the text makes it: "2024-11-15", "2024-11" or "2024". */
export type ExtractedDate = {
  value: string;
  precision: DatePrecision;
  /** Last day, for RANGE precision. */
  end?: string;
  /** "afternoon (local time)" when the text says so. */
  timeOfDay?: string;
};

export type ExtractedLeader = {
  /** The fullest form the article gives, with its diacritics. */
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 of the state served, or null when the article does not say. */
  country: string | null;
  /** Offices in English, as stated ("State President", "President of the Congress"). */
  titles: string[];
  roles: OfficeRole[];
  evidence: EvidenceRef[];
};

export type ExtractedMeeting = {
  /** Leader names as in `leaders[].name`, the subject first. */
  participants: [string, string];
  kind: 'BILATERAL_MEETING' | 'TALKS';
  date: ExtractedDate | null;
  place: string | null;
  /** Name of the gathering it happened on the sidelines of, when stated. */
  parent: string | null;
  evidence: EvidenceRef[];
};

export type ExtractedVisit = {
  visitor: string;
  /** ISO 3166-1 alpha-2 of the host country. */
  country: string;
  kind: VisitKind;
  date: ExtractedDate | null;
  evidence: EvidenceRef[];
};

export type ExtractedGathering = {
  name: string;
  aliases: string[];
  type: 'GATHERING' | 'CEREMONY' | 'PRESS_CONFERENCE' | 'SPEECH';
  kind: GatheringKind | null;
  attendees: string[];
  place: string | null;
  date: ExtractedDate | null;
  /** Name of the enclosing gathering ("2024 APEC Leaders' Week"). */
  parent: string | null;
  /** Days the article ties to the gathering ("left Lima on November 16 … concluding … the Week"). */
  knownDays?: string[];
  evidence: EvidenceRef[];
};

export type ExtractedAward = {
  award: string;
  recipient: string;
  presenter: string | null;
  date: ExtractedDate | null;
  place: string | null;
  evidence: EvidenceRef[];
};

/** Invitations and signed agreements/declarations: kept, though not scored. */
export type ExtractedStatement = {
  type: 'INVITATION' | 'AGREEMENT_SIGNED';
  name: string;
  participants: string[];
  /** Country invited to, for an invitation to visit. */
  country: string | null;
  date: ExtractedDate | null;
  evidence: EvidenceRef[];
};

export type ExtractedMention = Span & {
  kind: 'PERSON' | 'COUNTRY' | 'PLACE' | 'TITLE' | 'DATE' | 'ORGANIZATION' | 'EVENT';
  text: string;
  /** Leader name, country code or place name the mention refers to. */
  ref: string | null;
};

/** Everything read out of one article: the shape of ../shared/eval/GOLD_FORMAT.md plus provenance. */
export type ArticleExtraction = {
  file: string;
  /** SHA-256 (hex) of the normalized text: the article's identity. */
  contentHash: string;
  language: string;
  title: string | null;
  /** ISO date when the text states it. */
  published: string | null;
  sourceAgency: string | null;
  /** Place of the dateline ("LIMA —"), when there is one. */
  dateline: string | null;
  /** The normalized text that every span points into. */
  text: string;
  leaders: ExtractedLeader[];
  meetings: ExtractedMeeting[];
  visits: ExtractedVisit[];
  gatherings: ExtractedGathering[];
  awards: ExtractedAward[];
  statements: ExtractedStatement[];
  mentions: ExtractedMention[];
};
