// Facts one article lends another in the same folder: the days a gathering is known to span,
// which fix "on Friday" in an article that has no publication date.
import { weekdayNumbers, weekdayOnOrBefore } from '@diplomacy-graph/core';
import type { LoadedArticle } from '../load/types.ts';
import { gatheringKey } from './gathering-key.ts';
import { tokenize } from './tokenize.ts';
import type { ArticleExtraction } from './types.ts';

export type FolderContext = { gatherings: { key: string[]; days: string[] }[] };

export function emptyFolderContext(): FolderContext {
  return { gatherings: [] };
}

export function buildFolderContext(extractions: readonly ArticleExtraction[]): FolderContext {
  const gatherings: FolderContext['gatherings'] = [];
  for (const extraction of extractions) {
    for (const gathering of extraction.gatherings) {
      if (gathering.knownDays && gathering.knownDays.length > 0) {
        for (const name of [gathering.name, ...gathering.aliases])
          gatherings.push({ key: gatheringKey(name), days: gathering.knownDays });
      }
    }
  }
  return { gatherings };
}

/** Gathering keys of two words or more by their first word (a shorter key never dates a weekday). */
type KeyIndex = Map<string, (readonly string[])[]>;

// Built once per context: every article of the batch asks the same context.
const keyIndexes = new WeakMap<FolderContext, KeyIndex>();

function keyIndexOf(context: FolderContext): KeyIndex {
  let index = keyIndexes.get(context);
  if (index === undefined) {
    index = new Map();
    const seen = new Set<string>();
    for (const { key } of context.gatherings) {
      const joined = key.join(' ');
      if (key.length < 2 || seen.has(joined)) continue;
      seen.add(joined);
      const first = key[0] ?? '';
      const keys = index.get(first);
      if (keys) keys.push(key);
      else index.set(first, [key]);
    }
    keyIndexes.set(context, index);
  }
  return index;
}

/**
 * Whether the context can change the extraction of `article`, so that a second reading is needed.
 * The context is read in one place only, resolveWeekday below, for a weekday the article could not
 * date itself: there is none when the article has a publication date (weekdays count back from
 * it). Otherwise a weekday and every word of a gathering key must be words of one sentence, and a
 * sentence lies within one unit (paragraph, caption, title) and takes its words from the unit's
 * tokens: a unit without such words cannot hold such a sentence. Looking keys up by their first
 * word keeps this linear in the batch, where testing every key of the batch against every unit
 * grew with the square of its size.
 */
export function mayUseFolderContext(article: LoadedArticle, context: FolderContext): boolean {
  if (article.published !== null || context.gatherings.length === 0) return false;
  const index = keyIndexOf(context);
  return article.units.some((unit) => {
    const tokens = tokenize(article.text, unit.start, unit.end);
    if (!tokens.some((token) => weekdayNumbers.has(token.fold))) return false;
    const words = new Set(tokens.map((token) => token.fold));
    for (const word of words)
      for (const key of index.get(word) ?? [])
        if (key.every((token) => words.has(token))) return true;
    return false;
  });
}

/**
 * The day a weekday names in a sentence about a gathering whose days are known: the latest such
 * weekday within the known span (a week's Friday before its last known day).
 */
export function resolveWeekday(
  context: FolderContext,
  sentenceWords: ReadonlySet<string>,
  weekday: number,
): string | null {
  const days: string[] = [];
  for (const gathering of context.gatherings) {
    if (gathering.key.length < 2 || !gathering.key.every((token) => sentenceWords.has(token)))
      continue;
    days.push(...gathering.days);
  }
  if (days.length === 0) return null;
  days.sort();
  return weekdayOnOrBefore(days.at(-1) ?? '', weekday);
}
