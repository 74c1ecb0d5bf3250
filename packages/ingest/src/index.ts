// Public surface of @diplomacy-graph/ingest.

export { extractArticle } from './extract/extract-article.ts';
export { extractArticles } from './extract/extract-articles.ts';
export {
  type ExtractionBatch,
  extractFiles,
  type FileFailure,
  type FileNotice,
} from './extract/extract-files.ts';
export type * from './extract/types.ts';
export { loadArticle, loadArticleText } from './load/load-article.ts';
export { ArticleLoadError, type LoadErrorCode } from './load/load-error.ts';
export type { LoadedArticle, TextUnit } from './load/types.ts';
export { onNewEvents } from './persist/graph-events.ts';
export {
  type GraphWriteOptions,
  type GraphWriteResult,
  ingestArticleText,
  ingestPaths,
  reseedFolder,
  seedIfEmpty,
} from './persist/graph-writes.ts';
export type { GraphWriteSummary } from './persist/rewrite-graph.ts';
export { toGoldReport } from './report/to-gold-report.ts';
export type { EventRow, ResolvedGraph } from './resolve/graph.ts';
export { resolveGraph } from './resolve/resolve-graph.ts';
