// Splits normalized article text into fact-bearing units and the metadata lines around them.
import { parseAbsoluteDate, parseMonthDay } from '@diplomacy-graph/core';
import type { Span } from '../extract/types.ts';
import { findAgency } from './agencies.ts';
import {
  BYLINE,
  DATE_ONLY_LINE,
  DATELINE,
  IMAGE_FILE,
  ISO_DATE_IN_LINE,
  PHOTO_CREDIT,
  PUBLISHED_LINE,
  SIGNATURE_LINE,
  SOURCE_LINE,
  TEASER_MARKER,
  TRAILING_SIGNATURE,
} from './line-patterns.ts';
import type { TextUnit } from './types.ts';

export type ArticleLayout = {
  units: TextUnit[];
  title: string | null;
  published: string | null;
  sourceAgency: string | null;
  dateline: string | null;
  /** A day the dateline states without a year ("ABUJA, 11 janvier (Xinhua) --"). */
  datelineDay: { month: number; day: number } | null;
  teaser: Span | null;
};

// A headline is short and does not end like a sentence.
const MAX_TITLE_WORDS = 22;
// The dateline opens the story, though a lead repeated from the summary may come first.
const MAX_DATELINE_PARAGRAPH = 3;
const SENTENCE_END = /[.!?:;…]["”’)]?$/;
// Datelines name a place in capitals ("LIMA") or credit an agency ("Lima (VNA)").
const isUpperCase = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

type Line = { start: number; end: number; text: string };

const isCapital = (code: number) => code >= 65 && code <= 90;

// A signature ends in two or more capitals ("VNS") or in "./.": TRAILING_SIGNATURE scans from every
// position of a paragraph, so paragraphs ending otherwise (nearly all) are not scanned at all.
function mayEndWithSignature(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (isCapital(last)) return isCapital(text.charCodeAt(end - 2));
  return last === 46 && text.startsWith('./', end - 3);
}

// Every extension IMAGE_FILE knows ends in p, g or f (webp, jpeg, svg, gif, tiff…): other lines,
// such as paragraphs ending in a full stop, need no regex run.
function mayBeImageFile(line: string): boolean {
  const last = line.charCodeAt(line.length - 1) | 0x20;
  return last === 0x70 || last === 0x67 || last === 0x66;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * Finds units (title, body paragraphs, captions), dateline, publication date, agency and the
 * teaser block. Bylines, image file names, signatures and repeated lines carry no facts.
 */
export function splitUnits(text: string): ArticleLayout {
  const layout: ArticleLayout = {
    units: [],
    title: null,
    published: null,
    sourceAgency: null,
    dateline: null,
    datelineDay: null,
    teaser: null,
  };
  let photoAgency: string | null = null;
  const seen = new Set<string>();
  const lines = linesOf(text);
  for (const [index, line] of lines.entries()) {
    if (TEASER_MARKER.test(line.text)) {
      layout.teaser = { start: line.start, end: text.length };
      break;
    }
    const byline = BYLINE.exec(line.text);
    if (byline?.[1]) layout.published ??= parseAbsoluteDate(byline[1]);
    const isImageFile = mayBeImageFile(line.text) && IMAGE_FILE.test(line.text);
    if (byline || isImageFile || seen.has(line.text)) continue;
    seen.add(line.text);
    const signature = SIGNATURE_LINE.exec(line.text);
    if (signature) {
      layout.sourceAgency ??= findAgency(signature[1] ?? '');
      continue;
    }
    const source = SOURCE_LINE.exec(line.text);
    if (source) {
      layout.sourceAgency ??= findAgency(source[1] ?? '');
      const iso = ISO_DATE_IN_LINE.exec(line.text);
      if (iso) layout.published ??= parseAbsoluteDate(iso[1] ?? '');
      continue;
    }
    const dateOnly = DATE_ONLY_LINE.exec(line.text);
    const dateOnlyValue = dateOnly ? parseAbsoluteDate((dateOnly[2] ?? '').replace(',', '')) : null;
    if (dateOnlyValue) {
      layout.published ??= dateOnlyValue;
      // The word before the date may be an agency ("KYODO NEWS - Feb 22, 2025") or a weekday.
      layout.sourceAgency ??= dateOnly?.[1] ? findAgency(dateOnly[1]) : null;
      continue;
    }
    const publishedLine = PUBLISHED_LINE.exec(line.text);
    if (publishedLine) {
      const published = parseAbsoluteDate(publishedLine[1] ?? '');
      if (published) {
        layout.published ??= published;
        continue;
      }
    }
    // Both patterns below scan from every position of a line: most lines cannot match at all.
    const credit = line.text.includes(':') ? PHOTO_CREDIT.exec(line.text) : null;
    if (credit) {
      photoAgency ??= findAgency((credit[1] ?? '').split(/[/,]/)[0] ?? '');
      const end = line.start + credit.index;
      const captionEnd =
        end - (text.slice(line.start, end).length - text.slice(line.start, end).trimEnd().length);
      if (captionEnd > line.start)
        layout.units.push({ start: line.start, end: captionEnd, kind: 'caption' });
      continue;
    }
    const next = lines[index + 1];
    const isFirstText = layout.units.every((unit) => unit.kind === 'caption');
    if (
      isFirstText &&
      layout.title === null &&
      next !== undefined &&
      !SENTENCE_END.test(line.text) &&
      line.text.split(/\s+/).length <= MAX_TITLE_WORDS
    ) {
      layout.title = line.text;
      layout.units.push({ start: line.start, end: line.end, kind: 'title' });
      continue;
    }
    let start = line.start;
    let end = line.end;
    if (
      layout.dateline === null &&
      layout.units.filter((unit) => unit.kind === 'body').length < MAX_DATELINE_PARAGRAPH
    ) {
      const dateline = DATELINE.exec(line.text);
      const place = dateline?.[2];
      const [, isoDate, , textDate, agency, numericDate] = dateline ?? [];
      if (dateline && place && (isUpperCase(place) || agency)) {
        layout.dateline = place;
        const stated = textDate ?? numericDate;
        layout.published ??= isoDate ?? (stated ? parseAbsoluteDate(stated) : null);
        if (textDate && !layout.published) layout.datelineDay = parseMonthDay(textDate);
        layout.sourceAgency ??= agency ? findAgency(agency) : null;
        start += dateline[0].length;
      }
    }
    const trailing = mayEndWithSignature(text, end)
      ? TRAILING_SIGNATURE.exec(text.slice(start, end))
      : null;
    if (trailing) {
      if (trailing[1]) layout.sourceAgency ??= findAgency(trailing[1]);
      end = start + trailing.index;
    }
    // Some pages repeat the lead paragraph once with its dateline and once without.
    const body = text.slice(start, end);
    if (end > start && (start === line.start || !seen.has(body)))
      layout.units.push({ start, end, kind: 'body' });
    seen.add(body);
  }
  layout.sourceAgency ??= photoAgency;
  return layout;
}
