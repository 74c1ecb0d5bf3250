// The facts of one article as the scorer sees them, whether read from a gold file or a report:
// the scored fields of GOLD_FORMAT.md and nothing else.

export type LeaderFact = {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2, upper case, or null when unknown. */
  country: string | null;
  titles: string[];
};

export type MeetingFact = { participants: [string, string]; date: string | null };

export type VisitFact = { visitor: string; country: string };

export type GatheringFact = { name: string; aliases: string[]; attendees: string[] };

export type AwardFact = { award: string; aliases: string[]; recipient: string };

export type ArticleFacts = {
  /** The article's file name (no folder): the key that pairs a report entry with its gold file. */
  file: string;
  leaders: LeaderFact[];
  meetings: MeetingFact[];
  visits: VisitFact[];
  gatherings: GatheringFact[];
  awards: AwardFact[];
};

/** Facts that are neither rewarded nor penalised: `optional.leaders` are names, other blocks facts. */
export type OptionalFacts = {
  leaders: string[];
  meetings: MeetingFact[];
  visits: VisitFact[];
  gatherings: GatheringFact[];
  awards: AwardFact[];
};

export type GoldArticle = ArticleFacts & { optional: OptionalFacts };
