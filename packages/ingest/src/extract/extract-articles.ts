// A batch of loaded articles → extractions, each read with what the whole batch knows.
import type { LoadedArticle } from '../load/types.ts';
import { extractArticle } from './extract-article.ts';
import { buildFolderContext, type FolderContext, mayUseFolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * extractArticle, with the file named when it fails: in a batch of thousands a bare stack trace
 * does not say which article to look at.
 */
function extractNamedArticle(article: LoadedArticle, context?: FolderContext): ArticleExtraction {
  try {
    return extractArticle(article, context);
  } catch (error) {
    throw new Error(`cannot extract ${article.file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Extracts a batch (a folder): a first reading collects the days each gathering is known to span,
 * a second one uses them to date weekdays ("on Friday") in the few articles without a publication
 * date where they can (see mayUseFolderContext).
 */
export function extractArticles(articles: readonly LoadedArticle[]): ArticleExtraction[] {
  const first = articles.map((article) => extractNamedArticle(article));
  const context = buildFolderContext(first);
  return articles.map((article, index) =>
    mayUseFolderContext(article, context)
      ? extractNamedArticle(article, context)
      : (first[index] as ArticleExtraction),
  );
}
