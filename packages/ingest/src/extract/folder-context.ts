// Facts one article lends another in the same folder: the days a gathering is known to span,
// which fix "on Friday" in an article that has no publication date.
import { foldName, weekdayNumbers, weekdayOnOrBefore } from '@diplomacy-graph/core';
import type { LoadedArticle } from '../load/types.ts';
import { gatheringKey } from './gathering-key.ts';
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

const weekdayWords = [...weekdayNumbers.keys()];

/**
 * Whether the context can change the extraction of `article`, so that a second reading is needed.
 * The context is read in one place only, resolveWeekday below, for a weekday the article could not
 * date itself: there is none when the article has a publication date (weekdays count back from
 * it). Otherwise the weekday and every word of a gathering key must stand in one sentence, and a
 * sentence lies within one unit (paragraph, caption, title): a unit whose folded text lacks them as
 * substrings cannot hold such a sentence. Token folds are foldName of a piece of the unit, hence
 * substrings of the folded unit, so this test errs only towards a needless second reading.
 */
export function mayUseFolderContext(article: LoadedArticle, context: FolderContext): boolean {
  if (article.published !== null || context.gatherings.length === 0) return false;
  return article.units.some((unit) => {
    const folded = foldName(article.text.slice(unit.start, unit.end));
    return (
      weekdayWords.some((weekday) => folded.includes(weekday)) &&
      context.gatherings.some(
        ({ key }) => key.length >= 2 && key.every((token) => folded.includes(token)),
      )
    );
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
