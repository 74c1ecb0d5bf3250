// What a person's name looks like in running text: capitalised words that are not titles, bodies,
// countries, months or sentence openers, with particles ("bin", "van der") between them.
import { monthNumbers, weekdayNumbers } from '@diplomacy-graph/core';
import type { Annotations } from './annotate.ts';
import {
  capitalStopWords,
  honorificPairs,
  honorificSeconds,
  nameHonorifics,
  nameParticles,
} from './lexicon/grammar-words.ts';
import { orgWords } from './lexicon/org-words.ts';
import type { Token } from './tokenize.ts';

const MAX_NAME_TOKENS = 6;
const LOWER = /\p{Ll}/u;
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV)$/;

// "al-Sisi", "bin-Salman", "van-Dyke": a lower-case particle joined to a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ben|van|von|de|da|di|du|le|la)-\p{Lu}/u;
// "JD Vance", "AKP": initials count only inside a name, after a title.
const INITIALS = /^\p{Lu}{1,3}$/u;

// What a word may be in a name, as bits worked out once per distinct word (kept in its memo);
// where it stands (a title or a country there) is checked per token.
/** "al-Sisi": a name word wherever it stands. */
const PARTICLE_WORD = 1;
/** A capitalised word that names when no title or country starts at it. */
const NAME_WORD = 2;
/** A capitalised word that names right after a title ("JD", "Tô"), when no title or country starts at it. */
const LENIENT_NAME_WORD = 4;

function nameShapeOfWord(token: Token): number {
  // Most tokens have no hyphen: the pattern runs only on those that may match it.
  if (token.text.includes('-') && PARTICLE_NAME.test(token.text)) return PARTICLE_WORD;
  if (!token.cap) return 0;
  const lower = LOWER.test(token.text);
  const stop = capitalStopWords.has(token.fold);
  let shape = 0;
  // "JD Vance", and after a title "Tô" in "Tô Lâm" is a name even though "To" opens sentences.
  if (INITIALS.test(token.text) || (stop && lower)) shape |= LENIENT_NAME_WORD;
  // Acronyms ("APEC", "CPC") are bodies, not people; "Xi" or "Yoon" have lower-case letters.
  // "Sơn" is a name, "Son" may be the French possessive: stop words are matched without accents only.
  if (
    lower &&
    !(stop && token.text.toLowerCase() === token.fold) &&
    !orgWords.has(token.fold) &&
    !monthNumbers.has(token.fold) &&
    !weekdayNumbers.has(token.fold)
  )
    shape |= NAME_WORD;
  return shape;
}

export function isNameToken(
  token: Token | undefined,
  notes: Annotations,
  at: number,
  lenient = false,
): boolean {
  if (!token?.word) return false;
  token.memo.nameShape ??= nameShapeOfWord(token);
  const shape = token.memo.nameShape;
  if (shape & PARTICLE_WORD) return true;
  if (notes.titleAt[at] || notes.countryAt[at]) return false;
  return (shape & NAME_WORD) !== 0 || (lenient && (shape & LENIENT_NAME_WORD) !== 0);
}

// "Lula da Silva", "Alexander De Croo": particles, small or capitalised, between name words. A
// module function, not a closure: tsx names every closure it creates, which costs per call.
function isParticle(token: Token | undefined): boolean {
  return (
    token !== undefined && (!token.cap || token.text.length <= 3) && nameParticles.has(token.fold)
  );
}

/** Whether token `at` is the full stop of a one-letter initial just before it. */
function isInitialStop(tokens: readonly Token[], at: number): boolean {
  const initial = tokens[at - 1];
  return tokens[at]?.text === '.' && initial?.text.length === 1 && Boolean(initial.cap);
}

/** The name starting at token `at` (end exclusive), or null. */
export function readName(
  tokens: readonly Token[],
  notes: Annotations,
  at: number,
  afterTitle = false,
): { start: number; end: number } | null {
  const lenient =
    afterTitle &&
    (isNameToken(tokens[at + 1], notes, at + 1) ||
      (isInitialStop(tokens, at + 1) && isNameToken(tokens[at + 2], notes, at + 2)));
  if (!isNameToken(tokens[at], notes, at, lenient)) return null;
  let end = at + 1;
  while (end < tokens.length && end - at < MAX_NAME_TOKENS) {
    if (isNameToken(tokens[end], notes, end)) {
      end++;
      continue;
    }
    // "S. Jaishankar", "John F. Kennedy": an initial keeps its full stop inside a name.
    if (isInitialStop(tokens, end) && isNameToken(tokens[end + 1], notes, end + 1)) {
      end += 2;
      continue;
    }
    // Regnal numbers: "Charles III".
    if (ROMAN.test(tokens[end]?.text ?? '')) {
      end++;
      break;
    }
    // A particle counts only between two name words; two may follow each other ("von der").
    const particles = isParticle(tokens[end]) ? (isParticle(tokens[end + 1]) ? 2 : 1) : 0;
    if (particles > 0 && isNameToken(tokens[end + particles], notes, end + particles)) {
      end += particles + 1;
      continue;
    }
    break;
  }
  return { start: withoutHonorifics(tokens, at, end), end };
}

/**
 * "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Datuk Seri Anwar Ibrahim": courtesy titles that
 * open a name are no part of it (two sheikhs of one family would share "Sheikh" as a name word),
 * as long as two words are left ("Sheikh Hasina" keeps hers).
 */
function withoutHonorifics(tokens: readonly Token[], start: number, end: number): number {
  let at = start;
  while (end - at > 2) {
    const fold = tokens[at]?.fold ?? '';
    const next = tokens[at + 1]?.fold ?? '';
    if (nameHonorifics.has(fold)) at += 1;
    // "Tan Sri", "Datuk Seri": the second word only after the first.
    else if (honorificPairs.has(`${fold} ${next}`)) at += 2;
    else break;
    if (honorificSeconds.has(tokens[at]?.fold ?? '') && end - at > 2) at += 1;
  }
  return at;
}
