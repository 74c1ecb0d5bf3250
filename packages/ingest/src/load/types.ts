import type { Span } from '../extract/types.ts';

/**
 * A stretch of the article that carries facts: a body paragraph, a photo caption (never glued to
 * its neighbours) or the headline.
 */
export type TextUnit = Span & { kind: 'body' | 'caption' | 'title' };

/** An article read from disk: normalized text plus what the loader learned about it. */
export type LoadedArticle = {
  file: string;
  path: string;
  /** NFC text with \n line ends: every span points into it. */
  text: string;
  contentHash: string;
  language: 'en' | 'fr';
  title: string | null;
  published: string | null;
  sourceAgency: string | null;
  /** Place named by the dateline ("LIMA —"), as written. */
  dateline: string | null;
  /**
   * A day the dateline states without a year ("ABUJA, 11 janvier (Xinhua) --"): the publication
   * day once extraction knows the story's year.
   */
  datelineDay: { month: number; day: number } | null;
  units: TextUnit[];
  /** Related-story teasers ("See more"), kept apart from the fact-bearing units. */
  teaser: Span | null;
};
