// The code of one extraction worker thread (see extraction-pool.ts): extracts each chunk of
// articles it is sent and posts the extractions back, or the error that stopped the chunk.
import { parentPort } from 'node:worker_threads';
import type { LoadedArticle } from '../load/types.ts';
import { extractNamedArticle } from './extract-articles.ts';
import type { FolderContext } from './folder-context.ts';
import type { ArticleExtraction } from './types.ts';

export type ExtractionTask = {
  articles: LoadedArticle[];
  context: FolderContext | null;
};

export type ExtractionTaskResult = { extractions: ArticleExtraction[] } | { error: string };

parentPort?.on('message', (task: ExtractionTask) => {
  let result: ExtractionTaskResult;
  try {
    const context = task.context ?? undefined;
    result = {
      extractions: task.articles.map((article) => extractNamedArticle(article, context)),
    };
  } catch (error) {
    result = { error: (error as Error).message };
  }
  parentPort?.postMessage(result);
});
