// CLI paths (files and folders) → loaded articles, with one clear message per unreadable file.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSupportedArticleFile, loadArticle } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';

export type LoadFailure = { file: string; message: string };

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && isSupportedArticleFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Loads every article file of `paths` (folders are read recursively, keeping supported types).
 * A file that cannot be read is reported in `failures`; the others go on.
 */
export async function loadPaths(
  paths: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ articles: LoadedArticle[]; failures: LoadFailure[] }> {
  const articles: LoadedArticle[] = [];
  const failures: LoadFailure[] = [];
  const files: string[] = [];
  for (const path of paths) {
    try {
      files.push(...(await filesUnder(path)));
    } catch (error) {
      failures.push({ file: path, message: (error as Error).message });
    }
  }
  for (const [index, file] of files.entries()) {
    try {
      articles.push(await loadArticle(file));
    } catch (error) {
      failures.push({ file, message: (error as Error).message });
    }
    onProgress(index + 1, files.length);
  }
  return { articles, failures };
}
