// The benchmark corpus: deterministic English and French diplomatic wire copy with gold annotations.
// Used by `pnpm bench` (extraction and ingest) and by the API benchmark. See /work/notes/corpus.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CorpusArticle, composeArticle } from './corpus/compose-article.ts';
import { createRandom } from './corpus/random.ts';

export type { GoldAnnotation } from './corpus/article-builder.ts';
export type { CorpusArticle } from './corpus/compose-article.ts';

export type CorpusOptions = {
  /** Number of articles (default 10,000). */
  count?: number;
  /** PRNG seed (default 1): the same seed always gives the same corpus. */
  seed?: number;
  /** Approximate size of each article in characters (default 5,000, about 5 KB). */
  size?: number;
};

export const DEFAULT_CORPUS = { count: 10_000, seed: 1, size: 5_000 } as const;

// Each article gets its own stream, derived from the seed and its index.
const articleSeed = (seed: number, index: number) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

/**
 * The articles one at a time (a corpus of 10,000 never has to sit in memory at once).
 * @example for (const article of generateArticles({ count: 3, seed: 7 })) console.log(article.file)
 */
export function* generateArticles(options: CorpusOptions = {}): Generator<CorpusArticle> {
  const { count, seed, size } = { ...DEFAULT_CORPUS, ...options };
  for (let index = 0; index < count; index++) {
    yield composeArticle(createRandom(articleSeed(seed, index)), index, size);
  }
}

/**
 * The whole corpus in memory.
 * @example const articles = generateCorpus({ count: 10_000, seed: 1 }); // same text on every run
 */
export function generateCorpus(options: CorpusOptions = {}): CorpusArticle[] {
  return [...generateArticles(options)];
}

/**
 * Writes the articles as `.txt` files into `folder`, and with `gold` their annotations as
 * `gold/<file>.json` (the layout `pnpm eval --gold` reads). Returns the number of files and bytes.
 */
export async function writeCorpus(
  folder: string,
  options: CorpusOptions & { gold?: boolean } = {},
): Promise<{ articles: number; bytes: number }> {
  await mkdir(folder, { recursive: true });
  if (options.gold) await mkdir(join(folder, 'gold'), { recursive: true });
  let articles = 0;
  let bytes = 0;
  for (const article of generateArticles(options)) {
    await writeFile(join(folder, article.file), article.text);
    if (options.gold) {
      await writeFile(
        join(folder, 'gold', `${article.file}.json`),
        `${JSON.stringify(article.gold, null, 2)}\n`,
      );
    }
    articles++;
    bytes += Buffer.byteLength(article.text);
  }
  return { articles, bytes };
}
