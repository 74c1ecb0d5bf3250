// The one write path of the graph. Resolution is global (a new article can merge two people or
// date a meeting reported elsewhere), so every write re-resolves the whole article set and
// replaces the graph in ONE transaction: readers see the old graph until the commit, a crash
// leaves it intact, and the result depends only on the set of articles, not on ingest order.
import { prisma } from '@diplomacy-graph/core/db';
import type { ArticleExtraction } from '../extract/types.ts';
import { loadArticleText } from '../load/load-article.ts';
import type { LoadedArticle } from '../load/types.ts';
import type { ResolvedGraph } from '../resolve/graph.ts';
import { resolveGraph } from '../resolve/resolve-graph.ts';
import { announceNewEvents } from './graph-events.ts';
import { lockGraphForWriting } from './graph-lock.ts';
import { countGraph } from './graph-tables.ts';
import { writeGraph } from './write-graph.ts';

export type ExtractArticles = (
  articles: LoadedArticle[],
  options?: { onProgress?: (done: number, total: number) => void },
) => ArticleExtraction[] | Promise<ArticleExtraction[]>;

export type RewritePhase = 'extract' | 'write';

export type RewriteOptions = {
  extract: ExtractArticles;
  /** Called when another writer holds the graph lock and this write waits for it. */
  onWait?: () => void;
  /** Rows per INSERT statement (see insertRows); the benchmark's naive path uses 1. */
  rowsPerStatement?: number;
  onProgress?: (phase: RewritePhase, done: number, total: number) => void;
};

export type GraphWriteSummary = {
  mode: 'ingest' | 'reseed';
  /** File names by what happened to them. */
  articles: {
    added: string[];
    replaced: string[];
    unchanged: string[];
    removed: string[];
    total: number;
  };
  counts: Record<keyof ResolvedGraph, number>;
  newEvents: number;
  seconds: number;
};

// A reseed of a large corpus holds its transaction for minutes; readers are not blocked meanwhile.
const TRANSACTION_LIMIT_MS = 60 * 60 * 1000;

type StoredArticle = { id: string; fileName: string; text: string };

function countsOf(graph: ResolvedGraph): Record<keyof ResolvedGraph, number> {
  return Object.fromEntries(
    Object.entries(graph).map(([key, rows]) => [key, rows.length]),
  ) as Record<keyof ResolvedGraph, number>;
}

/** Decides the article set after the write, and what happens to each file. */
function planArticles(
  mode: GraphWriteSummary['mode'],
  stored: StoredArticle[],
  incoming: LoadedArticle[],
) {
  const byName = new Map<string, LoadedArticle>();
  const storedByName = new Map(stored.map((article) => [article.fileName, article]));
  const storedIds = new Set(stored.map((article) => article.id));
  const files = {
    added: [] as string[],
    replaced: [] as string[],
    unchanged: [] as string[],
    removed: [] as string[],
  };
  if (mode === 'ingest') {
    for (const article of stored)
      byName.set(article.fileName, loadArticleText(article.fileName, article.text));
  }
  for (const article of incoming) {
    const before = storedByName.get(article.file);
    // Same name and content, or (for a new name) a copy of a stored article.
    const same = before ? before.id === article.contentHash : storedIds.has(article.contentHash);
    if (same) files.unchanged.push(article.file);
    else (before ? files.replaced : files.added).push(article.file);
    if (mode === 'reseed' || !same) byName.set(article.file, article);
  }
  files.removed = stored
    .filter((article) => !byName.has(article.fileName))
    .map((article) => article.fileName);
  return { articles: [...byName.values()], files };
}

/**
 * Adds (`ingest`) or replaces the whole set of (`reseed`) articles and rewrites the graph.
 * An ingest that changes nothing writes nothing.
 */
export async function rewriteGraph(
  mode: GraphWriteSummary['mode'],
  incoming: LoadedArticle[],
  { extract, onProgress = () => {}, onWait, rowsPerStatement }: RewriteOptions,
): Promise<GraphWriteSummary> {
  const started = performance.now();
  const { summary, created } = await prisma.$transaction(
    async (tx) => {
      await lockGraphForWriting(tx, onWait);
      const stored = await tx.$queryRawUnsafe<StoredArticle[]>(
        mode === 'ingest'
          ? 'SELECT "id", "fileName", "text" FROM "Article"'
          : `SELECT "id", "fileName", '' AS "text" FROM "Article"`,
      );
      const plan = planArticles(mode, stored, incoming);
      // A reseed always rebuilds: the extractor may have improved since the articles were stored.
      const changed =
        mode === 'reseed' ||
        plan.files.added.length + plan.files.replaced.length + plan.files.removed.length > 0;
      onProgress('extract', 0, plan.articles.length);
      const extractions = changed
        ? await extract(plan.articles, {
            onProgress: (done, total) => onProgress('extract', done, total),
          })
        : [];
      onProgress('extract', plan.articles.length, plan.articles.length);
      const graph = resolveGraph(extractions);
      const previous = new Set(
        (await tx.$queryRawUnsafe<{ id: string }[]>('SELECT "id" FROM "Event"')).map(
          (row) => row.id,
        ),
      );
      if (!changed) {
        const summary = {
          mode,
          articles: { ...plan.files, total: stored.length },
          counts: await countGraph(tx),
        };
        return { created: [], summary: { ...summary, newEvents: 0, seconds: 0 } };
      }
      // An ingest leaves stored articles as they are; a reseed refreshes what the loader read.
      const kept =
        mode === 'ingest' ? new Set(stored.map((article) => article.id)) : new Set<string>();
      await writeGraph(tx, graph, {
        storedArticleIds: kept,
        onProgress: (done, total) => onProgress('write', done, total),
        rowsPerStatement,
      });
      const created = graph.events.filter((event) => !previous.has(event.id));
      return {
        created,
        summary: {
          mode,
          articles: { ...plan.files, total: graph.articles.length },
          counts: countsOf(graph),
          newEvents: created.length,
          seconds: 0,
        } satisfies GraphWriteSummary,
      };
    },
    { timeout: TRANSACTION_LIMIT_MS, maxWait: TRANSACTION_LIMIT_MS },
  );
  announceNewEvents(created);
  return { ...summary, seconds: Number(((performance.now() - started) / 1000).toFixed(3)) };
}
