// Lists of people and countries after a trigger: "with A, B and C", "avec le président X ; le
// Premier ministre Y", "leaders of China, the US and Russia".
import type { AnalyzedSentence, PersonRef } from './analyze-article.ts';
import { listFillers, nameJoiners } from './lexicon/grammar-words.ts';
import { isAbbreviation } from './segment-sentences.ts';

// Words that may stand between the countries of "leaders of China, the US and the high-ranking …".
const COUNTRY_LIST_FILLERS = new Set([...nameJoiners, 'hauts', 'high', 'ranking', 'top', 'senior']);

const CLAUSE_BREAKS = new Set(['.', '!', '?']);
const LIST_SEPARATORS = new Set([',', ';', ':', '…', '.', '-', '–']);
/** How far after a trigger the first person of its list may come ("meetings with leaders of APEC economies, including …"). */
const MAX_LEAD_TOKENS = 16;

function gapAllowsList(
  sentence: AnalyzedSentence,
  from: number,
  to: number,
  extraWords: ReadonlySet<string>,
): { ok: boolean; joined: boolean } {
  let joined = false;
  for (let i = from; i < to; i++) {
    const token = sentence.tokens[i];
    if (!token) continue;
    if (token.fold === 'and' || token.fold === 'et') joined = true;
    if (!token.word) {
      if (!LIST_SEPARATORS.has(token.text)) return { ok: false, joined };
      continue;
    }
    if (!(listFillers.has(token.fold) || extraWords.has(token.fold))) return { ok: false, joined };
  }
  return { ok: true, joined };
}

/**
 * The people listed from token `from` on: the first within a short lead, then each one joined by
 * list punctuation or "and", titled ones even without "and" (a bare name after a comma is usually
 * the next clause's subject: "Meeting PM Lawrence Wong, Cường suggested…").
 */
export function peopleListAfter(
  sentence: AnalyzedSentence,
  from: number,
  triggerWords: ReadonlySet<string>,
  maxLead = MAX_LEAD_TOKENS,
): PersonRef[] {
  const refs = sentence.refs.filter((ref) => ref.start >= from && ref.kind !== 'pronoun');
  const first = refs[0];
  if (!first || first.start - from > maxLead) return [];
  for (let i = from; i < first.start; i++) {
    const text = sentence.tokens[i]?.text ?? '';
    const afterAbbreviation = text === '.' && isAbbreviation(sentence.tokens[i - 1]);
    if ((CLAUSE_BREAKS.has(text) && !afterAbbreviation) || text === ';') return [];
  }
  const list = [first];
  let previous = first;
  for (const ref of refs.slice(1)) {
    const gap = gapAllowsList(sentence, previous.end, ref.start, triggerWords);
    // Without "and", a titled person continues the list only if the list goes on after them:
    // in "with US President Joe Biden, President Cường stated…" Cường is the next clause's subject.
    const after = sentence.tokens[ref.end];
    const continues =
      after === undefined ||
      (!after.word && LIST_SEPARATORS.has(after.text)) ||
      after.fold === 'and' ||
      after.fold === 'et';
    if (!gap.ok || !(gap.joined || (ref.titled && continues))) break;
    list.push(ref);
    previous = ref;
  }
  return list;
}

/** Countries listed from token `from` ("of China, the US, Malaysia and Russia", "péruviens"). */
export function countryListAfter(
  sentence: AnalyzedSentence,
  from: number,
  maxTokens = 24,
): string[] {
  const codes: string[] = [];
  let i = from;
  const limit = Math.min(sentence.tokens.length, from + maxTokens);
  while (i < limit) {
    const span = sentence.notes.countryAt[i];
    if (span) {
      if (!codes.includes(span.code)) codes.push(span.code);
      i = span.end;
      continue;
    }
    const token = sentence.tokens[i];
    if (!token) break;
    const filler = token.word
      ? COUNTRY_LIST_FILLERS.has(token.fold)
      : LIST_SEPARATORS.has(token.text) && token.text !== '.';
    if (!filler) break;
    i++;
  }
  return codes;
}
