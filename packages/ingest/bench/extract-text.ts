// The extractor under benchmark: the same load + extract path `pnpm ingest` runs for one file,
// fed from memory so the benchmark measures extraction, not the disk.
import { extractArticle } from '../src/extract/extract-article.ts';
import { loadArticleText } from '../src/load/load-article.ts';
import type { ExtractText } from './extraction-bench.ts';

export const extractText: ExtractText = (file, text) => extractArticle(loadArticleText(file, text));
