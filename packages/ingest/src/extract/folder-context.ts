// Facts one article lends another in the same folder: the days a gathering is known to span,
// which fix "on Friday" in an article that has no publication date.
import { weekdayOnOrBefore } from '@diplomacy-graph/core';
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
