// One article's extraction as a batch runs it, in this thread or in an extraction worker.
import type { LoadedArticle } from '../load/types.ts';
import { extractArticle } from './extract-article.ts';
import type { FolderContext } from './folder-context.ts';
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
