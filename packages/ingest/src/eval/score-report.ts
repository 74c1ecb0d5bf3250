// A whole report against a gold folder: per-article scores, per-block totals, one overall figure.
import type { ArticleFacts, GoldArticle } from './article-facts.ts';
import { addCounts, type Counts } from './counts.ts';
import {
  type ArticleScore,
  emptyCounts,
  poolFactBlocks,
  SCORED_BLOCKS,
  type ScoredBlock,
  scoreArticle,
} from './score-article.ts';

export type ReportScore = {
  articles: ArticleScore[];
  /** Counts per block, summed over articles. */
  totals: Record<ScoredBlock, Counts>;
  /** Micro-average: the five fact blocks' counts pooled (not the mean of their F1s). */
  overall: Counts;
  /** Gold articles the report does not contain: scored as if nothing was extracted. */
  missingFromReport: string[];
  /** Report articles without a gold file: not scored. */
  withoutGold: string[];
};

/**
 * Scores every gold article against the report entry with the same file name.
 * @example scoreReport(parseReport(json), await loadGoldFolder(dir)).overall
 */
export function scoreReport(
  report: readonly ArticleFacts[],
  gold: readonly GoldArticle[],
): ReportScore {
  const goldFiles = new Set(gold.map((article) => article.file));
  const articles = gold.map((goldArticle) => {
    // Two report entries for one file are pooled: their repeated facts then count as duplicates.
    const entries = report.filter((entry) => entry.file === goldArticle.file);
    const predicted: ArticleFacts = {
      file: goldArticle.file,
      leaders: entries.flatMap((entry) => entry.leaders),
      meetings: entries.flatMap((entry) => entry.meetings),
      visits: entries.flatMap((entry) => entry.visits),
      gatherings: entries.flatMap((entry) => entry.gatherings),
      awards: entries.flatMap((entry) => entry.awards),
    };
    return { score: scoreArticle(predicted, goldArticle), found: entries.length > 0 };
  });

  const totals = emptyCounts();
  for (const { score } of articles) {
    for (const block of SCORED_BLOCKS)
      totals[block] = addCounts(totals[block], score.counts[block]);
  }
  const overall = poolFactBlocks(totals);

  return {
    articles: articles.map(({ score }) => score),
    totals,
    overall,
    missingFromReport: articles.filter(({ found }) => !found).map(({ score }) => score.file),
    withoutGold: [...new Set(report.map((entry) => entry.file))].filter(
      (file) => !goldFiles.has(file),
    ),
  };
}
