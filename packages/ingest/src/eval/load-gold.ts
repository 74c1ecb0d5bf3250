// Reads a gold folder: every `*.json` file in it is one article's annotation.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoldArticle } from './article-facts.ts';
import { parseGoldArticle } from './parse-facts.ts';

/** Loads and validates every gold file of `folder`, sorted by article file name. */
export async function loadGoldFolder(folder: string): Promise<GoldArticle[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`No gold files (*.json) in ${folder}`);
  return Promise.all(
    files.map(async (file) => {
      const path = join(folder, file);
      try {
        return parseGoldArticle(JSON.parse(await readFile(path, 'utf8')));
      } catch (error) {
        throw new Error(`Invalid gold file ${path}: ${(error as Error).message}`);
      }
    }),
  );
}
