// A batch of loaded articles → extractions, each read with what the whole batch knows.
import type { LoadedArticle } from '../load/types.ts';
import { extractArticle } from './extract-article.ts';
import { buildFolderContext, type FolderContext, mayUseFolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * extractArticle, with the file named when it fails: in a batch of thousands (or in a worker
 * thread) a bare stack trace does not say which article to look at.
 */
export function extractNamedArticle(
  article: LoadedArticle,
  context?: FolderContext,
): ArticleExtraction {
  try {
    return extractArticle(article, context);
  } catch (error) {
    throw new Error(`cannot extract ${article.file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** What a second reading with the folder context must redo: the articles it can change. */
export type SecondReading = { context: FolderContext; indexes: number[] };

export function planSecondReading(
  articles: readonly LoadedArticle[],
  first: readonly ArticleExtraction[],
): SecondReading {
  const context = buildFolderContext(first);
  const indexes: number[] = [];
  for (const [index, article] of articles.entries())
    if (mayUseFolderContext(article, context)) indexes.push(index);
  return { context, indexes };
}

/** The first reading with the second one's extractions in their articles' places. */
export function mergeSecondReading(
  first: readonly ArticleExtraction[],
  { indexes }: SecondReading,
  second: readonly ArticleExtraction[],
): ArticleExtraction[] {
  const merged = [...first];
  for (const [position, index] of indexes.entries()) {
    const extraction = second[position];
    if (extraction) merged[index] = extraction;
  }
  return merged;
}

/**
 * Extracts a batch (a folder): a first reading collects the days each gathering is known to span,
 * a second one uses them to date weekdays ("on Friday") in the few articles without a publication
 * date where they can (see mayUseFolderContext).
 */
export function extractArticles(articles: readonly LoadedArticle[]): ArticleExtraction[] {
  const first = articles.map((article) => extractNamedArticle(article));
  const plan = planSecondReading(articles, first);
  const second = plan.indexes.map((index) =>
    extractNamedArticle(articles[index] as LoadedArticle, plan.context),
  );
  return mergeSecondReading(first, plan, second);
}
