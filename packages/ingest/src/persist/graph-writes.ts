// What commands and the API call to change the graph: ingest files or one text, reseed a folder,
// seed an empty database. Each is one rewriteGraph transaction (see rewrite-graph.ts).
import { extname } from 'node:path';
import { prisma } from '@diplomacy-graph/core/db';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { extractArticles } from '../extract/extract-articles.ts';
import { loadArticleText } from '../load/load-article.ts';
import { type FileFailure, loadPaths } from '../load/load-paths.ts';
import {
  type ExtractArticles,
  type GraphWriteSummary,
  type RewriteOptions,
  type RewritePhase,
  rewriteGraph,
} from './rewrite-graph.ts';

export type GraphWritePhase = 'load' | RewritePhase;

export type GraphWriteOptions = Omit<RewriteOptions, 'extract' | 'onProgress'> & {
  /** The extractor (default: extractArticles; tests may pass fixtures). */
  extract?: ExtractArticles;
  onProgress?: (phase: GraphWritePhase, done: number, total: number) => void;
};

function rewriteOptions({ extract = extractArticles, ...rest }: GraphWriteOptions): RewriteOptions {
  return { extract, ...rest };
}

export type GraphWriteResult = GraphWriteSummary & { failures: FileFailure[] };

/** Loads `paths` and rewrites the graph from them. */
async function loadAndRewrite(
  mode: 'ingest' | 'reseed',
  paths: readonly string[],
  options: GraphWriteOptions,
): Promise<GraphWriteResult> {
  const { articles, failures } = await loadPaths(paths, {
    onProgress: (done, total) => options.onProgress?.('load', done, total),
  });
  if (mode === 'reseed' && articles.length === 0) {
    // Never replace a graph by nothing because of a wrong path or a folder of unreadable files.
    throw new Error(`no readable article in ${paths.join(', ')}: the graph is left as it was`);
  }
  const summary = await rewriteGraph(mode, articles, rewriteOptions(options));
  return { ...summary, failures };
}

/** Adds or updates the articles of `paths` (files or folders): unchanged files are skipped. */
export function ingestPaths(
  paths: readonly string[],
  options: GraphWriteOptions = {},
): Promise<GraphWriteResult> {
  return loadAndRewrite('ingest', paths, options);
}

/**
 * Rebuilds the graph from the articles of `folder` (default: the repository's seeds/), dropping
 * articles that are not in it. Readers keep the old graph until the new one is committed.
 */
export function reseedFolder(
  folder: string = defaultSeedsFolder(),
  options: GraphWriteOptions = {},
): Promise<GraphWriteResult> {
  return loadAndRewrite('reseed', [folder], options);
}

function formatOf(fileName: string): 'text' | 'html' | 'markdown' {
  const extension = extname(fileName).toLowerCase();
  if (extension.startsWith('.htm')) return 'html';
  return extension === '.md' || extension === '.markdown' ? 'markdown' : 'text';
}

/**
 * Ingests one article given as text (the API's ingestArticle mutation); a text under a file name
 * already stored replaces that article.
 * @throws ArticleLoadError when the text cannot be read as an article (empty, unsupported language)
 */
export async function ingestArticleText(
  text: string,
  fileName: string,
  options: GraphWriteOptions = {},
): Promise<GraphWriteSummary> {
  const article = loadArticleText(fileName, text, formatOf(fileName));
  return rewriteGraph('ingest', [article], rewriteOptions(options));
}

/** Reseeds from `folder` when the database holds no article yet (the API server at boot). */
export async function seedIfEmpty(
  folder: string = defaultSeedsFolder(),
  options: GraphWriteOptions = {},
): Promise<GraphWriteResult | null> {
  if ((await prisma.article.count()) > 0) return null;
  return reseedFolder(folder, options);
}
