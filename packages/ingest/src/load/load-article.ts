// File → LoadedArticle: decoding, normalization, language, layout. Failures are ArticleLoadError.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { detectLanguage } from './detect-language.ts';
import { htmlToText } from './html-to-text.ts';
import { ArticleLoadError } from './load-error.ts';
import { markdownToText } from './markdown-to-text.ts';
import { splitUnits } from './split-units.ts';
import type { LoadedArticle } from './types.ts';

/** News articles are a few kilobytes; anything past this is not one, and is refused unread. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const SUPPORTED_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const MAX_CONTROL_SHARE = 0.001;

/** Control characters other than tab, newline, vertical tab, form feed and carriage return mark binary content. */
function countControlChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) count++;
  }
  return count;
}

export function isSupportedArticleFile(path: string): boolean {
  return SUPPORTED_EXTENSIONS.has(extname(path).toLowerCase());
}

async function readLimited(path: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ArticleLoadError('UNREADABLE', `cannot read file: ${(error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_BYTES) {
      throw new ArticleLoadError(
        'TOO_LARGE',
        `file is ${(size / 1024 / 1024).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are refused`,
      );
    }
    const buffer = new Uint8Array(size);
    await handle.read(buffer, 0, size, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new ArticleLoadError('BINARY', 'file is binary (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleLoadError('INVALID_UTF8', 'file is not valid UTF-8 text');
  }
  const controls = countControlChars(text);
  if (controls > text.length * MAX_CONTROL_SHARE)
    throw new ArticleLoadError('BINARY', 'file is binary (control characters)');
  return text;
}

/** NFC, \n line ends, no-break and other odd spaces made plain, tabs as spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** Builds a LoadedArticle from text already in memory (used by tests, benchmarks and loadArticle). */
export function loadArticleText(
  file: string,
  raw: string,
  format: 'text' | 'html' | 'markdown' = 'text',
): LoadedArticle {
  const plain =
    format === 'html' ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
  const text = normalizeText(plain);
  if (text.trim() === '') throw new ArticleLoadError('EMPTY', 'file has no text');
  const layout = splitUnits(text);
  const body = layout.units.map((unit) => text.slice(unit.start, unit.end)).join('\n');
  const guess = detectLanguage(body || text);
  if (guess.language !== 'en' && guess.language !== 'fr') {
    throw new ArticleLoadError(
      'UNSUPPORTED_LANGUAGE',
      `unsupported language (${guess.name}); only English and French articles are read`,
    );
  }
  return {
    file,
    path: file,
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    language: guess.language,
    ...layout,
  };
}

/**
 * Reads one article file (.txt, .md, .html) and finds its structure.
 * @throws ArticleLoadError with a per-file reason (EMPTY, BINARY, INVALID_UTF8, TOO_LARGE, …)
 */
export async function loadArticle(path: string): Promise<LoadedArticle> {
  const extension = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.has(extension)) {
    throw new ArticleLoadError(
      'UNSUPPORTED_TYPE',
      `unsupported file type "${extension || '(none)'}"; use .txt, .md or .html`,
    );
  }
  const bytes = await readLimited(path);
  if (bytes.length === 0) throw new ArticleLoadError('EMPTY', 'file is empty');
  const raw = decode(bytes);
  const format = extension.startsWith('.htm') ? 'html' : extension === '.txt' ? 'text' : 'markdown';
  return { ...loadArticleText(basename(path), raw, format), path };
}
