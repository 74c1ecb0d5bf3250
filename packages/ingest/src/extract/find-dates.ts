// Dates in a sentence, absolute or relative, resolved against the publication date or the year the
// article itself states. A weekday without a publication date stays pending for folder context.
import {
  addDays,
  isoDay,
  isoMonth,
  monthNumbers,
  weekdayNumbers,
  weekdayOnOrBefore,
} from '@diplomacy-graph/core';
import {
  relativeDays,
  relativeYears,
  timeOfDayWords,
  yearPrepositions,
} from './lexicon/date-words.ts';
import { invitationWords, planWords } from './lexicon/event-words.ts';
import type { Token } from './tokenize.ts';
import type { ExtractedDate } from './types.ts';

export type DateMention = {
  /** Token range. */
  start: number;
  end: number;
  date: ExtractedDate | null;
  /** 0 = Sunday; set for "on Friday" when it could not be resolved yet. */
  weekday: number | null;
};

export type DateContext = { published: string | null; year: number | null };

const DAY = /^(\d{1,2})(?:er|st|nd|rd|th)?$/;
const DAY_RANGE = /^(\d{1,2})-(\d{1,2})$/;
const YEAR = /^(1[89]\d{2}|20\d{2}|2100)$/;
const WINDOW = 4;
const STATED_YEAR = /^(20\d{2}|19\d{2})(?:-\d{2})?$/;
const RELATIVE_FIRST_WORDS = new Set(
  [...relativeDays.keys()].map((phrase) => phrase.split(' ')[0] ?? ''),
);
const RANGE_JOINS = new Set(['to', 'au', 'through', 'until', '-', '–']);

function dayOf(token: Token | undefined): number | null {
  const match = token ? DAY.exec(token.text) : null;
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

function yearOf(token: Token | undefined): number | null {
  // Every year YEAR accepts has four digits: other lengths skip the pattern.
  return token && token.text.length === 4 && YEAR.test(token.text) ? Number(token.text) : null;
}

function foldedAhead(tokens: readonly Token[], at: number, count: number): string {
  return tokens
    .slice(at, at + count)
    .filter((token) => token.word)
    .map((token) => token.fold)
    .join(' ');
}

function timeOfDayAround(tokens: readonly Token[], start: number, end: number): string | undefined {
  const parts: string[] = [];
  for (let i = Math.max(0, start - WINDOW); i < Math.min(tokens.length, end + WINDOW); i++) {
    const one = timeOfDayWords.get(tokens[i]?.fold ?? '');
    const two = timeOfDayWords.get(`${tokens[i]?.fold ?? ''} ${tokens[i + 2]?.fold ?? ''}`);
    const found = two ?? one;
    if (found && !parts.includes(found)) parts.push(found);
  }
  const around = foldedAhead(tokens, end, WINDOW + 2);
  if (around.includes('local time') || around.includes('heure locale')) parts.push('(local time)');
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function relativeYearAfter(tokens: readonly Token[], at: number, ctx: DateContext): number | null {
  if (ctx.year === null) return null;
  for (let count = 2; count <= 3; count++) {
    const offset = relativeYears.get(foldedAhead(tokens, at, count));
    if (offset !== undefined) return ctx.year + offset;
  }
  return null;
}

/** Whether a word may start a month, weekday or relative-day mention: most words start none. */
function isCalendarWord(token: Token): boolean {
  token.memo.calendarWord ??=
    monthNumbers.has(token.fold) ||
    weekdayNumbers.has(token.fold) ||
    relativeDays.has(token.fold) ||
    RELATIVE_FIRST_WORDS.has(token.fold);
  return token.memo.calendarWord;
}

/** "in 2023": a year after a year preposition. */
function yearMention(tokens: readonly Token[], at: number): DateMention | null {
  const year = yearOf(tokens[at]);
  if (year === null || !yearPrepositions.has(tokens[at - 1]?.fold ?? '')) return null;
  return {
    start: at,
    end: at + 1,
    date: { value: String(year), precision: 'YEAR' },
    weekday: null,
  };
}

function isMonth(token: Token, french: boolean): boolean {
  // English month names are capitalised ("May" the month, "may" the verb).
  return monthNumbers.has(token.fold) && (french || token.cap) && token.fold.length > 2;
}

/** Every date mention in a sentence's tokens. */
export function findDates(
  tokens: readonly Token[],
  ctx: DateContext,
  french: boolean,
): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word) continue;
    if (!isCalendarWord(token)) {
      const year = yearMention(tokens, i);
      if (year) found.push(year);
      continue;
    }
    if (isMonth(token, french)) {
      const month = monthNumbers.get(token.fold) ?? 0;
      let start = i;
      let end = i + 1;
      let day = dayOf(tokens[i - 1]);
      let range: [number, number] | null = null;
      if (day !== null) {
        start = i - 1;
        // "du 25 au 27 mai", "25 to 27 May"
        const first = RANGE_JOINS.has(tokens[i - 2]?.fold || tokens[i - 2]?.text || '')
          ? dayOf(tokens[i - 3])
          : null;
        if (first !== null) {
          range = [first, day];
          start = i - 3;
        }
      } else {
        day = dayOf(tokens[i + 1]);
        const dashed = tokens[i + 1] ? DAY_RANGE.exec(tokens[i + 1]?.text ?? '') : null;
        if (dashed) range = [Number(dashed[1]), Number(dashed[2])];
        if (day !== null || range) end = i + 2;
        // "May 25 to 27"
        const last =
          day !== null && RANGE_JOINS.has(tokens[end]?.fold || tokens[end]?.text || '')
            ? dayOf(tokens[end + 1])
            : null;
        if (day !== null && last !== null) {
          range = [day, last];
          end += 2;
        }
      }
      if (tokens[end]?.text === ',') end++;
      let year = yearOf(tokens[end]);
      if (year !== null) end++;
      else {
        year = relativeYearAfter(tokens, end, ctx);
      }
      if (year === null && end < tokens.length && tokens[end - 1]?.text === ',') end--;
      const resolvedYear = year ?? ctx.year;
      let date: ExtractedDate | null = null;
      if (resolvedYear !== null) {
        if (range) {
          const first = isoDay(resolvedYear, month, range[0]);
          const last = isoDay(resolvedYear, month, range[1]);
          if (first && last) date = { value: first, precision: 'RANGE', end: last };
        } else if (day !== null) {
          const value = isoDay(resolvedYear, month, day);
          if (value) date = { value, precision: 'DAY' };
        } else date = { value: isoMonth(resolvedYear, month), precision: 'MONTH' };
      }
      if (date) {
        const timeOfDay = timeOfDayAround(tokens, start, end);
        if (timeOfDay && date.precision === 'DAY') date.timeOfDay = timeOfDay;
      }
      found.push({ start, end, date, weekday: null });
      i = end - 1;
      continue;
    }
    const weekday = weekdayNumbers.get(token.fold);
    if (weekday !== undefined && (french || token.cap)) {
      const date: ExtractedDate | null = ctx.published
        ? { value: weekdayOnOrBefore(ctx.published, weekday), precision: 'DAY' }
        : null;
      if (date) {
        const timeOfDay = timeOfDayAround(tokens, i, i + 1);
        if (timeOfDay) date.timeOfDay = timeOfDay;
      }
      found.push({ start: i, end: i + 1, date, weekday: date ? null : weekday });
      continue;
    }
    const relative =
      relativeDays.get(token.fold) ??
      (RELATIVE_FIRST_WORDS.has(token.fold)
        ? relativeDays.get(foldedAhead(tokens, i, 2))
        : undefined);
    if (relative !== undefined && ctx.published) {
      found.push({
        start: i,
        end: i + 1,
        date: { value: addDays(ctx.published, relative), precision: 'DAY' },
        weekday: null,
      });
      continue;
    }
    const year = yearMention(tokens, i);
    if (year) found.push(year);
  }
  return found;
}

/** The year an article is about: its publication year, else the year it states most often. */
export function articleYear(
  published: string | null,
  sentences: Iterable<readonly Token[]>,
): number | null {
  if (published) return Number(published.slice(0, 4));
  const counts = new Map<number, number>();
  // Years in invitations and plans ("to visit Vietnam in 2025") are not the story's year.
  const factual = [...sentences].filter(
    (tokens) =>
      !tokens.some((token) => invitationWords.has(token.fold) || planWords.has(token.fold)),
  );
  for (const tokens of factual) {
    for (const token of tokens) {
      const lead = token.text.charCodeAt(0);
      // Only words starting "1" or "2" can be years.
      if (lead !== 49 && lead !== 50) continue;
      const match = STATED_YEAR.exec(token.text);
      if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
