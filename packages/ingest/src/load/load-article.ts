// File → LoadedArticle: decoding, normalization, language, layout. Failures are ArticleLoadError.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

// Control characters other than tab, newline, vertical tab, form feed and carriage return mark
// binary content. Text has none: one native scan spares the count on nearly every article.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what it seeks
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001f]/;

function countControlChars(text: string): number {
  if (!CONTROL_CHAR.test(text)) return 0;
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

// Synchronous calls on purpose: an article is a few kilobytes already in the page cache, and a
// blocking read costs a tenth of the CPU of the four promise round trips of fs/promises.
function readLimited(path: string): Uint8Array {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new ArticleLoadError('UNREADABLE', `cannot read file: ${(error as Error).message}`);
  }
  try {
    const { size } = fstatSync(descriptor);
    if (size > MAX_ARTICLE_BYTES) {
      throw new ArticleLoadError(
        'TOO_LARGE',
        `file is ${(size / 1024 / 1024).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB are refused`,
      );
    }
    const buffer = new Uint8Array(size);
    readSync(descriptor, buffer, 0, size, 0);
    return buffer;
  } finally {
    closeSync(descriptor);
  }
}

// Without `stream`, each decode() starts afresh: one decoder serves every file.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new ArticleLoadError('BINARY', 'file is binary (contains NUL bytes)');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ArticleLoadError('INVALID_UTF8', 'file is not valid UTF-8 text');
  }
  const controls = countControlChars(text);
  if (controls > text.length * MAX_CONTROL_SHARE)
    throw new ArticleLoadError('BINARY', 'file is binary (control characters)');
  return text;
}

// Any character one of the replacements below would change: most articles have none.
const NEEDS_REPLACEMENT = /[\r\u00a0\u2000-\u200d\u202f\u205f\u3000\t\ufeff]/;

/** NFC, \n line ends, no-break and other odd spaces made plain, tabs as spaces. */
export function normalizeText(text: string): string {
  const composed = text.normalize('NFC');
  if (!NEEDS_REPLACEMENT.test(composed)) return composed;
  return composed
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
  const html = format === 'html' ? htmlToText(raw) : null;
  const plain = html ? html.text : format === 'markdown' ? markdownToText(raw) : raw;
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
    // A date printed in the text wins; else the page's markup (<time datetime>, meta) gives it.
    published: layout.published ?? html?.published ?? null,
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
  const bytes = readLimited(path);
  if (bytes.length === 0) throw new ArticleLoadError('EMPTY', 'file is empty');
  const raw = decode(bytes);
  const format = extension.startsWith('.htm') ? 'html' : extension === '.txt' ? 'text' : 'markdown';
  return { ...loadArticleText(basename(path), raw, format), path };
}
