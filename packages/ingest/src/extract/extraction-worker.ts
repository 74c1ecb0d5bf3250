// The code of one extraction worker thread (see extraction-pool.ts), bundled into a single module
// by bundle-extractor.ts: extracts each chunk of articles it is sent and posts the extractions back,
// or the error that stopped the chunk.
import { parentPort } from 'node:worker_threads';
import type { LoadedArticle } from '../load/types.ts';
import { extractNamedArticle } from './extract-named-article.ts';
import type { FolderContext } from './folder-context.ts';

export type ExtractionTask = { articles: LoadedArticle[]; context: FolderContext | null };

/**
 * The extractions as one JSON string, each with an empty `text` (the pool puts back the article's
 * own): JSON.parse costs the waiting thread less than structured cloning the objects, and the text
 * is the largest field and already on the other side.
 */
export type ExtractionTaskResult = { extractionsJson: string } | { error: string };

parentPort?.on('message', ({ articles, context }: ExtractionTask) => {
  let result: ExtractionTaskResult;
  try {
    const extractions = articles.map((article) =>
      extractNamedArticle(article, context ?? undefined),
    );
    // Spread, then override: `text` keeps its place among the keys.
    result = { extractionsJson: JSON.stringify(extractions.map((e) => ({ ...e, text: '' }))) };
  } catch (error) {
    result = { error: (error as Error).message };
  }
  parentPort?.postMessage(result);
});
