// The grammar of titles around names: "[demonym|country's] [body] TITLE [of BODY] [of COUNTRY]
// [and TITLE…] [,] Name", in English and French. A title with no name after it is a description
// ("the Vietnamese leader", "le chef de l'État") resolved later against the article's people.
import { foldName, type OfficeRole } from '@diplomacy-graph/core';
import type { Annotations } from './annotate.ts';
import {
  determiners,
  honorifics,
  indefinite,
  listJoins,
  ofWords,
} from './lexicon/grammar-words.ts';
import { orgWords } from './lexicon/org-words.ts';
import { complementRoles, frenchBodyTitles, postingTitles } from './lexicon/titles.ts';
import { isNameToken, readName } from './read-name.ts';
import type { Token } from './tokenize.ts';

export type TitleItem = {
  /** English title as reported ("President of the Council of Ministers"); null for generic words. */
  title: string | null;
  role: OfficeRole;
  generic: boolean;
  country: string | null;
};

export type TitledPhrase = {
  /** Token range of the whole phrase, titles and name. */
  start: number;
  end: number;
  items: TitleItem[];
  /** Token range of the name; absent for descriptions. */
  name: { start: number; end: number; text: string } | null;
  indefinite: boolean;
  plural: boolean;
};

const POSSESSIVE = new Set(["'s", '’s']);
const PAREN_OPEN = '(';
const PAREN_CLOSE = ')';
const MAX_ACRONYM_TOKENS = 4;
const POSTING_WORDS = new Set(['to', 'in', 'aupres', 'au', 'aux', 'en']);
// Words between a country and its office that leave both intact: "Thailand's new Prime Minister".
const MAX_OFFICE_ADJECTIVES = 3;
const OFFICE_ADJECTIVES = new Set([
  'inaugurated',
  'elected',
  're-elected',
  'reelected',
  'appointed',
  'sworn-in',
  'outgoing',
  'caretaker',
  'sortant',
  'sortante',
  'new',
  'newly',
  'incoming',
  'acting',
  'interim',
  'current',
  'visiting',
  'nouveau',
  'nouvel',
  'nouvelle',
  'actuel',
  'actuelle',
]);
const POST_OFFICE_ADJECTIVES = new Set([
  'sortant',
  'sortante',
  'elu',
  'elue',
  'designe',
  'designee',
  'interimaire',
  'outgoing',
  'elect',
]);
const MAX_COMPLEMENT_TOKENS = 14;

type Context = { tokens: readonly Token[]; notes: Annotations; french: boolean; text: string };

function textOf(ctx: Context, start: number, end: number): string {
  const first = ctx.tokens[start];
  const last = ctx.tokens[end - 1];
  return first && last ? ctx.text.slice(first.start, last.end) : '';
}

/** Skips "(CPC)" after a body name; returns the index after it. */
function skipAcronym(ctx: Context, at: number): number {
  if (ctx.tokens[at]?.text !== PAREN_OPEN) return at;
  for (let i = at + 1; i < ctx.tokens.length && i <= at + MAX_ACRONYM_TOKENS; i++) {
    if (ctx.tokens[i]?.text === PAREN_CLOSE) return i + 1;
  }
  return at;
}

function isOrgWord(token: Token | undefined, french: boolean): boolean {
  return token?.word === true && (token.cap || french) && orgWords.has(token.fold);
}

/** Pre-modifiers of a title: country/demonym (possibly with 's), a city, body words ("National Assembly"). */
function readModifiers(
  ctx: Context,
  at: number,
): { next: number; country: string | null; city: string | null; body: number } {
  let i = at;
  let country: string | null = null;
  let city: string | null = null;
  let body = -1;
  for (let guard = 0; guard < 6 && i < ctx.tokens.length; guard++) {
    const countrySpan = ctx.notes.countryAt[i];
    const citySpan = ctx.notes.cityAt[i];
    if (countrySpan && !ctx.notes.titleAt[i]) {
      country = countrySpan.code;
      i = countrySpan.end;
      // "U.S. President": the abbreviation's final stop.
      if (ctx.tokens[i]?.text === '.' && ctx.tokens[i - 1]?.text.includes('.')) i++;
      if (POSSESSIVE.has(ctx.tokens[i]?.text ?? '')) i++;
      continue;
    }
    if (citySpan && !ctx.notes.titleAt[i]) {
      city = citySpan.name;
      country ??= citySpan.countryCode;
      i = citySpan.end;
      continue;
    }
    if (!ctx.notes.titleAt[i] && isOrgWord(ctx.tokens[i], false)) {
      if (body < 0) body = i;
      i++;
      continue;
    }
    // "Uruguay's newly inaugurated president": a run of adjectives before the office.
    let adjectives = i;
    while (
      adjectives < i + MAX_OFFICE_ADJECTIVES &&
      OFFICE_ADJECTIVES.has(ctx.tokens[adjectives]?.fold ?? '')
    )
      adjectives++;
    if (adjectives > i && ctx.notes.titleAt[adjectives]) {
      i = adjectives;
      continue;
    }
    break;
  }
  return { next: i, country, city, body };
}

/** French offices are reported in English, with the body they head ("ministre … des Affaires étrangères"). */
function frenchTitle(title: string, foldedComplement: string): string {
  for (const [words, english] of frenchBodyTitles) {
    if (english.startsWith(title) && foldedComplement.includes(words)) return english;
  }
  return title;
}

function roleFromComplement(role: OfficeRole, complement: string): OfficeRole {
  if (role !== 'HEAD_OF_STATE' && role !== 'LEGISLATURE_HEAD' && role !== 'MINISTER') return role;
  for (const [words, refined] of complementRoles) if (complement.includes(words)) return refined;
  return role;
}

/**
 * "of the Council of Ministers of Peru", "du Parti", "de Singapour", "sud-coréen": what follows
 * a title. Returns the end of the complement, the country it names and the body text kept in the title.
 */
function readComplement(
  ctx: Context,
  at: number,
  posting: boolean,
): { next: number; country: string | null; bodyEnd: number } {
  let i = at;
  let country: string | null = null;
  let bodyEnd = at;
  // French post-posed demonym: "président chinois".
  // It may be followed by the office's body: "ministre chinois des Affaires étrangères".
  const demonym = ctx.notes.countryAt[i];
  if (demonym?.demonym && !ctx.tokens[i]?.cap) {
    country = demonym.code;
    i = demonym.end;
    bodyEnd = i;
  }
  for (let guard = 0; guard < 4; guard++) {
    const of = ctx.tokens[i];
    if (
      !of ||
      !(
        ofWords.has(of.fold) ||
        (of.fold === 'for' && !ctx.french) ||
        (posting && POSTING_WORDS.has(of.fold))
      )
    )
      break;
    let j = i + 1;
    while (
      ctx.tokens[j] &&
      (ctx.tokens[j]?.fold === 'the' ||
        ctx.tokens[j]?.fold === 'l' ||
        ctx.tokens[j]?.fold === 'la' ||
        ctx.tokens[j]?.fold === 'de')
    )
      j++;
    const countrySpan = ctx.notes.countryAt[j];
    // "Mayor of Paris", "la maire de Paris": a city closes the office and names its state.
    const citySpan = ctx.notes.cityAt[j];
    if (!countrySpan && citySpan && !posting) {
      country ??= citySpan.countryCode;
      i = citySpan.end;
      bodyEnd = i;
      continue;
    }
    if (countrySpan && !countrySpan.demonym) {
      // "Ambassador to China" names the posting; "ambassadeur du Japon" the state served.
      if (!POSTING_WORDS.has(of.fold)) country = countrySpan.code;
      i = skipAcronym(ctx, countrySpan.end);
      // "of Peru" right after the office names the state; after a body it belongs to the body's name.
      if (bodyEnd > at || posting) bodyEnd = i;
      continue;
    }
    // A body: capitalised words and connectors, ending on its last body word or acronym.
    let last = -1;
    let k = j;
    while (k < ctx.tokens.length && k - j < MAX_COMPLEMENT_TOKENS) {
      const token = ctx.tokens[k];
      // The next office starts the next person: "… Foreign Affairs X and Minister for …".
      if (!token?.word || ctx.notes.titleAt[k]) break;
      if (isOrgWord(token, ctx.french)) last = k;
      // Other capitalised words may sit inside a body's name ("for Europe and Foreign Affairs");
      // the body still has to end on a body word.
      else if (
        !(
          token.cap ||
          ofWords.has(token.fold) ||
          token.fold === 'the' ||
          token.fold === 'for' ||
          token.fold === 'and' ||
          token.fold === 'et' ||
          token.fold === 'l' ||
          token.fold === 'la'
        )
      )
        break;
      k++;
    }
    if (last < 0) break;
    i = skipAcronym(ctx, last + 1);
    bodyEnd = i;
    const trailing = ctx.notes.countryAt[i];
    if (trailing?.demonym && !ctx.tokens[i]?.cap) {
      country = trailing.code;
      i = trailing.end;
    }
  }
  return { next: i, country, bodyEnd };
}

function readItem(ctx: Context, at: number): { item: TitleItem; next: number } | null {
  const modifiers = readModifiers(ctx, at);
  const title = ctx.notes.titleAt[modifiers.next];
  if (!title) return null;
  const entry = title.entry;
  const posting = postingTitles.has(entry.title);
  const complement = readComplement(ctx, title.end, posting);
  const headStart = modifiers.body >= 0 ? modifiers.body : title.start;
  let text: string | null = null;
  if (!entry.generic) {
    if (ctx.french)
      text = frenchTitle(entry.title, foldName(textOf(ctx, title.end, complement.bodyEnd)));
    else {
      // "PM" is reported as "Prime Minister"; otherwise the office as the article states it.
      const stated = textOf(ctx, title.start, title.end);
      const head = ctx.tokens.slice(title.start, title.end).some((token) => token.upper)
        ? entry.title
        : stated;
      const body = modifiers.body >= 0 ? `${textOf(ctx, headStart, title.start)} ` : '';
      text =
        `${body}${head}${textOf(ctx, title.end - 1, Math.max(title.end, complement.bodyEnd)).slice(ctx.tokens[title.end - 1]?.text.length ?? 0)}`.replace(
          /\s*\([^)]*\)/g,
          '',
        );
      if (modifiers.city && entry.role === 'MAYOR') text = `${text} of ${modifiers.city}`;
    }
  }
  // French bodies refine the role through the English title they make ("ministre … des Affaires
  // étrangères" is "Minister of Foreign Affairs", a foreign minister).
  const complementText =
    `${textOf(ctx, title.end, complement.bodyEnd)} ${ctx.french ? (text ?? '') : ''}`.toLowerCase();
  const role = roleFromComplement(entry.role, complementText);
  const country = complement.country ?? modifiers.country;
  return {
    item: { title: text, role, generic: entry.generic ?? false, country },
    next: complement.next,
  };
}

/** "les présidents", "ministers": the last office word is plural ("président français" is not). */
function isPluralTitle(
  tokens: readonly Token[],
  notes: Annotations,
  from: number,
  to: number,
): boolean {
  let last: Token | undefined;
  for (let k = from; k < to; k++) {
    const span = notes.titleAt[k];
    if (span) last = tokens[span.end - 1];
  }
  return last !== undefined && /s$/.test(last.fold) && !/ss$/.test(last.fold);
}

/** Where the name starts after a courtesy title at `at` ("M.", "Mme", "Mr."), or `at` when there is none. */
function honorificEnd(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token?.cap || !honorifics.has(token.fold)) return at;
  return tokens[at + 1]?.text === '.' ? at + 2 : at + 1;
}

const BODY_CONTINUATIONS = new Set([
  'de',
  'du',
  'des',
  'd',
  'et',
  'and',
  'of',
  'for',
  'a',
  'au',
  'aux',
  'l',
  'la',
  'le',
  'les',
  'the',
]);
const MAX_BODY_TOKENS = 16;

/**
 * "le ministre mauritanien des Affaires étrangères, de la Coopération et des Mauritaniens de
 * l'extérieur, M. Mohamed Salem Ould Merzouk": where the name starts after a ministry's long name
 * (its parts joined by "et" or opened by "de"), closed by a comma before the name or its courtesy
 * title; -1 when `at` does not continue one.
 */
function nameAfterLongBody(tokens: readonly Token[], notes: Annotations, at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + MAX_BODY_TOKENS); k++) {
    const token = tokens[k];
    if (!token || notes.titleAt[k]) return -1;
    if (token.text !== ',' && token.word) continue;
    if (token.text !== ',') return -1;
    const after = honorificEnd(tokens, k + 1);
    if (after > k + 1) return isNameToken(tokens[after], notes, after) ? after : -1;
    // "la ministre sénégalaise de l'Intégration africaine et des Affaires étrangères, Yassine Fall".
    if (k > at && isNameToken(tokens[k + 1], notes, k + 1)) return k + 1;
    // Each further part of the body opens with a preposition or "and": "…, de la Coopération".
    if (!BODY_CONTINUATIONS.has(tokens[k + 1]?.fold ?? '')) return -1;
  }
  return -1;
}

/** Reads a titled phrase starting at token `at`, or null when no title starts there. */
export function readTitledPhrase(
  tokens: readonly Token[],
  notes: Annotations,
  at: number,
  french: boolean,
  text: string,
): TitledPhrase | null {
  const ctx: Context = { tokens, notes, french, text };
  let start = at;
  let isIndefinite = false;
  const before = tokens[at - 1];
  if (before && determiners.has(before.fold) && !before.cap)
    isIndefinite = indefinite.has(before.fold);
  const first = readItem(ctx, at);
  if (!first) return null;
  const items = [first.item];
  let next = first.next;
  // "General Secretary of the CPC and Chinese President Xi Jinping": one person, two offices.
  while (listJoins.has(tokens[next]?.fold ?? '')) {
    let j = next + 1;
    if (tokens[j] && determiners.has(tokens[j]?.fold ?? '') && !tokens[j]?.cap) j++;
    const more = readItem(ctx, j);
    if (!more) break;
    items.push(more.item);
    next = more.next;
  }
  let nameAt = next;
  // "Le chancelier allemand sortant, Olaf Scholz": an adjective after the office.
  while (POST_OFFICE_ADJECTIVES.has(tokens[nameAt]?.fold ?? '')) nameAt++;
  const afterComma = tokens[nameAt]?.text === ',' ? nameAt + 1 : nameAt;
  // "Le président de la République, M. Abdelmadjid Tebboune": a courtesy title before the name.
  const afterHonorific = honorificEnd(tokens, afterComma);
  if (afterHonorific > afterComma && isNameToken(tokens[afterHonorific], notes, afterHonorific))
    nameAt = afterHonorific;
  else if (afterComma > nameAt && isNameToken(tokens[afterComma], notes, afterComma))
    nameAt = afterComma;
  const name =
    readName(tokens, notes, nameAt, true) ??
    readName(tokens, notes, nameAfterLongBody(tokens, notes, next), true);
  if (!name) {
    // "le chancelier allemand et le Premier ministre polonais": with no name after them, chained
    // offices are several people described in a list, each its own phrase.
    const end = items.length > 1 ? first.next : next;
    return {
      start,
      end,
      items: items.slice(0, end === next ? items.length : 1),
      name: null,
      indefinite: isIndefinite,
      plural: isPluralTitle(tokens, notes, at, end),
    };
  }
  start = at;
  return {
    start,
    end: name.end,
    items,
    name: { ...name, text: textOf(ctx, name.start, name.end) },
    indefinite: isIndefinite,
    plural: false,
  };
}
