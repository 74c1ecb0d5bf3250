// Files and folders → extractions. A folder's articles lend each other context (the days of a
// gathering); a bad file is reported and the batch goes on.
import { type FileFailure, loadPaths } from '../load/load-paths.ts';
import { extractArticles } from './extract-articles.ts';
import type { ArticleExtraction } from './types.ts';

export type { FileFailure } from '../load/load-paths.ts';
/** Read fine but nothing diplomatic in it: reported, not a failure. */
export type FileNotice = { file: string; path: string; message: string };
export type ExtractionBatch = {
  articles: ArticleExtraction[];
  failures: FileFailure[];
  notices: FileNotice[];
};

function hasDiplomaticContent(extraction: ArticleExtraction): boolean {
  return (
    extraction.leaders.length +
      extraction.meetings.length +
      extraction.visits.length +
      extraction.gatherings.length +
      extraction.awards.length >
    0
  );
}

/**
 * Loads and extracts every article under `paths` (files or folders, .txt/.md/.html).
 * @example const { articles, failures } = await extractFiles(['seeds/'])
 */
export async function extractFiles(paths: readonly string[]): Promise<ExtractionBatch> {
  const { articles: loaded, failures } = await loadPaths(paths);
  const articles = await extractArticles(loaded);
  const notices = articles.flatMap((article, index) =>
    hasDiplomaticContent(article)
      ? []
      : [
          {
            file: article.file,
            path: loaded[index]?.path ?? article.file,
            message:
              'no diplomatic content found (no office-holders, meetings, visits, gatherings or awards)',
          },
        ],
  );
  return { articles, failures, notices };
}
