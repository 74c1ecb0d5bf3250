// Files and folders → extractions. A folder's articles lend each other context (the days of a
// gathering); a bad file is reported and the batch goes on.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSupportedArticleFile, loadArticle } from '../load/load-article.ts';
import { ArticleLoadError } from '../load/load-error.ts';
import type { LoadedArticle } from '../load/types.ts';
import { extractArticles } from './extract-articles.ts';
import type { ArticleExtraction } from './types.ts';

export type FileFailure = { file: string; path: string; code: string; message: string };
/** Read fine but nothing diplomatic in it: reported, not a failure. */
export type FileNotice = { file: string; path: string; message: string };
export type ExtractionBatch = {
  articles: ArticleExtraction[];
  failures: FileFailure[];
  notices: FileNotice[];
};

async function expand(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && isSupportedArticleFile(entry.name))
    .map((entry) => join(path, entry.name))
    .sort();
  return files;
}

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
  const failures: FileFailure[] = [];
  const loaded: LoadedArticle[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = await expand(path);
    } catch (error) {
      failures.push({
        file: path,
        path,
        code: 'UNREADABLE',
        message: `cannot read: ${(error as Error).message}`,
      });
      continue;
    }
    for (const file of files) {
      try {
        loaded.push(await loadArticle(file));
      } catch (error) {
        const code = error instanceof ArticleLoadError ? error.code : 'EXTRACTION_FAILED';
        failures.push({
          file: file.split('/').pop() ?? file,
          path: file,
          code,
          message: (error as Error).message,
        });
      }
    }
  }
  const articles = extractArticles(loaded);
  const notices = articles
    .filter((article) => !hasDiplomaticContent(article))
    .map((article) => ({
      file: article.file,
      path: loaded.find((l) => l.file === article.file)?.path ?? article.file,
      message:
        'no diplomatic content found (no office-holders, meetings, visits, gatherings or awards)',
    }));
  return { articles, failures, notices };
}
