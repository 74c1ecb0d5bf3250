// A batch of loaded articles → extractions, each read with what the whole batch knows.
import type { LoadedArticle } from '../load/types.ts';
import { extractArticle } from './extract-article.ts';
import { buildFolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * Extracts a batch (a folder): a first reading collects the days each gathering is known to span,
 * a second one uses them to date weekdays ("on Friday") in articles without a publication date.
 */
export function extractArticles(articles: readonly LoadedArticle[]): ArticleExtraction[] {
  const first = articles.map((article) => extractArticle(article));
  const context = buildFolderContext(first);
  return context.gatherings.length > 0
    ? articles.map((article) => extractArticle(article, context))
    : first;
}
