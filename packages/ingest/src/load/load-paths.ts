// Paths given on a command line (files and folders) → loaded articles, with one clear reason per
// file that cannot be read. The one folder walk of ingest, reseed, dry runs and evaluation.
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isSupportedArticleFile, loadArticle } from './load-article.ts';
import { ArticleLoadError } from './load-error.ts';
import type { LoadedArticle } from './types.ts';

/** A file (or a path) that could not be read, and why. */
export type FileFailure = { file: string; path: string; code: string; message: string };

async function filesUnder(path: string): Promise<string[]> {
  // Synchronous, like the reads in loadArticle: a command line may name thousands of files, and
  // a promise round trip each costs more than the call.
  const info = statSync(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && isSupportedArticleFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export type LoadPathsOptions = {
  onProgress?: (done: number, total: number) => void;
};

/**
 * Loads every article file of `paths` (folders are read recursively, keeping supported types, in
 * sorted order). A file that cannot be read is reported in `failures`; the others go on.
 * @example const { articles, failures } = await loadPaths(['seeds/'])
 */
export async function loadPaths(
  paths: readonly string[],
  { onProgress = () => {} }: LoadPathsOptions = {},
): Promise<{ articles: LoadedArticle[]; failures: FileFailure[] }> {
  const articles: LoadedArticle[] = [];
  const failures: FileFailure[] = [];
  // Files, and paths that cannot be listed, in the order given: failures are reported in it.
  const entries: (string | FileFailure)[] = [];
  for (const path of paths) {
    try {
      entries.push(...(await filesUnder(path)));
    } catch (error) {
      const message = `cannot read: ${(error as Error).message}`;
      entries.push({ file: path, path, code: 'UNREADABLE', message });
    }
  }
  const total = entries.filter((entry) => typeof entry === 'string').length;
  let done = 0;
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      failures.push(entry);
      continue;
    }
    let article: LoadedArticle;
    try {
      article = await loadArticle(entry);
    } catch (error) {
      const code = error instanceof ArticleLoadError ? error.code : 'UNREADABLE';
      failures.push({
        file: basename(entry),
        path: entry,
        code,
        message: (error as Error).message,
      });
      onProgress(++done, total);
      continue;
    }
    articles.push(article);
    onProgress(++done, total);
  }
  return { articles, failures };
}
