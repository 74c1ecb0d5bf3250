import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/corpus.ts';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { loadArticle, loadArticleText } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';
import { extractArticle } from './extract-article.ts';
import { extractArticles } from './extract-articles.ts';
import { buildFolderContext } from './folder-context.ts';

const HOLDOUT = fileURLToPath(new URL('../../test/holdout/articles/', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

async function loadFolder(folder: string): Promise<LoadedArticle[]> {
  const files = (await readdir(folder)).sort();
  return Promise.all(files.map((file) => loadArticle(join(folder, file))));
}

// The reading before the second one was made selective: every article read again with the context.
function readEveryArticleTwice(articles: readonly LoadedArticle[]) {
  const first = articles.map((article) => extractArticle(article));
  const context = buildFolderContext(first);
  return { first, second: articles.map((article) => extractArticle(article, context)) };
}

describe('the second reading with the folder context', () => {
  const batches: [string, LoadedArticle[]][] = [];
  beforeAll(async () => {
    const generated = [...generateArticles({ count: 300, seed: 11 })].map((article) =>
      loadArticleText(article.file, article.text),
    );
    batches.push(
      ['seeds', await loadFolder(defaultSeedsFolder())],
      ['holdout', await loadFolder(HOLDOUT)],
      ['generated', generated],
      ['everything at once', batches.flatMap(([, articles]) => articles).concat(generated)],
    );
  }, 60_000);

  it('gives what reading every article twice gives, for seeds, holdout and generated articles', async () => {
    let changedByContext = 0;
    for (const [name, articles] of batches) {
      const { first, second } = readEveryArticleTwice(articles);
      changedByContext += second.filter(
        (extraction, index) => JSON.stringify(extraction) !== JSON.stringify(first[index]),
      ).length;
      expect(JSON.stringify(await extractArticles(articles)), name).toBe(JSON.stringify(second));
    }
    // The comparison means something only if the context changes some articles.
    expect(changedByContext).toBeGreaterThan(0);
  }, 120_000);

  it('reports progress chunk by chunk when a large batch goes to worker threads', async () => {
    const [, articles] = batches.at(-1) as [string, LoadedArticle[]];
    const progress: [number, number][] = [];
    await extractArticles(articles, { onProgress: (done, total) => progress.push([done, total]) });
    const done = progress.map(([count]) => count);
    // More than one report per hundred articles, each further than the last, up to the whole batch.
    expect(done.length).toBeGreaterThan(articles.length / 100);
    expect(done).toEqual([...new Set(done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([articles.length, articles.length]);
  }, 120_000);

  it('names the file an extraction fails on', async () => {
    const article = loadArticleText(
      'broken.txt',
      'LIMA — The President of Peru met the Prime Minister of Japan in the capital on Friday.',
    );
    // Units that are not a list make the extractor throw, as a bug in it would.
    const broken = { ...article, units: null } as unknown as LoadedArticle;
    await expect(extractArticles([broken])).rejects.toThrow(/cannot extract broken\.txt/);
  });
});

describe('the worker threads of a large batch', () => {
  it('let the process exit once the batch is extracted, kept warm but idle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'extract-articles-'));
    const script = join(dir, 'extract-and-end.mts');
    const threads = "readdirSync('/proc/self/task').length";
    await writeFile(
      script,
      `import { readdirSync } from 'node:fs';
      import { generateArticles } from '${PACKAGE}bench/corpus.ts';
      import { loadArticleText } from '${PACKAGE}src/load/load-article.ts';
      import { extractArticles } from '${PACKAGE}src/extract/extract-articles.ts';
      const articles = [...generateArticles({ count: 400, seed: 2 })].map((a) => loadArticleText(a.file, a.text));
      const before = ${threads};
      const extractions = await extractArticles(articles);
      console.log(JSON.stringify({ extracted: extractions.length, before, after: ${threads} }));`,
    );
    // Well under the workers' idle timeout: a worker that held the process would fail this.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      cwd: PACKAGE,
      timeout: 90_000,
    });
    const { extracted, before, after } = JSON.parse(stdout);
    expect(extracted).toBe(400);
    // The workers were there and still are, kept warm for a next batch.
    expect(after).toBeGreaterThan(before);
  }, 120_000);
});
