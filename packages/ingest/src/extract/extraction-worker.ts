// The code of one extraction worker thread (see extraction-pool.ts): extracts each chunk of
// articles it is sent and posts the extractions back, or the error that stopped the chunk.
import { parentPort } from 'node:worker_threads';
import type { LoadedArticle } from '../load/types.ts';
import { extractNamedArticle } from './extract-articles.ts';
import type { FolderContext } from './folder-context.ts';

export type ExtractionTask = {
  articles: LoadedArticle[];
  context: FolderContext | null;
};

/**
 * The extractions as JSON, each with an empty `text` (the pool puts back the article's own):
 * parsing JSON costs the waiting thread a third of what structured cloning the objects does, and
 * the text is the largest field and already on the other side.
 */
export type ExtractionTaskResult = { extractionsJson: string } | { error: string };

parentPort?.on('message', (task: ExtractionTask) => {
  let result: ExtractionTaskResult;
  try {
    const context = task.context ?? undefined;
    const extractions = task.articles.map((article) => extractNamedArticle(article, context));
    // Spread then override: `text` keeps its place among the keys.
    const withoutText = extractions.map((extraction) => ({ ...extraction, text: '' }));
    result = { extractionsJson: JSON.stringify(withoutText) };
  } catch (error) {
    result = { error: (error as Error).message };
  }
  parentPort?.postMessage(result);
});
