// Honours conferred on a person: "X was honoured with AWARD by Y", "Y presented X with AWARD",
// "Y presented AWARD to X", "X s'est vu décerner AWARD, remise par Y", "Y a remis AWARD à X".

import { weekdayNumbers } from '@diplomacy-graph/core';
import type { AnalyzedSentence, ArticleAnalysis, PersonRef } from './analyze-article.ts';
import {
  awardActive,
  awardHeads,
  awardPassive,
  awardReceipt,
  awardStops,
  presenterWords,
  recipientWords,
  relativePronouns,
} from './lexicon/event-words.ts';
import { determiners } from './lexicon/grammar-words.ts';
import type { Person } from './people-registry.ts';
import type { Token } from './tokenize.ts';
import { CUE } from './word-cues.ts';

export type AwardDraft = {
  award: string;
  recipient: Person;
  presenter: Person | null;
  sentence: AnalyzedSentence;
};

const PASSIVE_MARKERS = new Set(['was', 'were', 'been', 'is', 'vu', 'ete']);
// "was on Wednesday (July 2, 2025) conferred": a day may stand between the auxiliary and the verb.
const DAY_WORDS = new Set(['on', 'le', 'this', 'ce', 'yesterday', 'today', 'hier']);
// "a élevé X à la dignité de grand-croix", "a décoré X de l'ordre": what joins a recipient to the award.
const RANK_NOUNS = new Set(['dignite', 'grade', 'rang']);
// "…, the West African nation's national honour, by President X": an apposition may come first.
const PRESENTER_REACH = 12;
const MAX_AWARD_TOKENS = 16;
const PERSON_REACH = 7;
// "a remis vendredi 14 mars à Hanoï l'Ordre de l'Amitié": a day or a place may come first.
const AWARD_LEAD = 8;
const AWARD_END = new Set([',', '.', ';', '(', ')']);
const RECIPIENT_REACH = 6;
// "who has been awarded", "qui a été décoré": the pronoun sits a few words before the verb.
const RELATIVE_REACH = 4;

/** The award phrase from token `at`: up to "by", "to", a comma…, and only if it names an honour. */
function readAward(
  tokens: readonly Token[],
  at: number,
  analysis: ArticleAnalysis,
): { start: number; end: number; text: string } | null {
  let start = at;
  while (
    tokens[start] &&
    (tokens[start]?.fold === 'with' ||
      tokens[start]?.fold === 'de' ||
      (determiners.has(tokens[start]?.fold ?? '') && !tokens[start]?.cap))
  )
    start++;
  let end = start;
  let named = false;
  for (let i = start; i < tokens.length && i - start < MAX_AWARD_TOKENS; i++) {
    const token = tokens[i];
    if (!token || AWARD_END.has(token.text)) break;
    if (
      token.word &&
      awardStops.has(token.fold) &&
      !(token.fold === 'a' && token.cap) &&
      i > start
    ) {
      // "key to the city" keeps its "to"; "Order … to the State President" does not.
      if (!(token.fold === 'to' && tokens[i + 2]?.fold === 'city')) break;
    }
    if (token.word && token.fold === 'in' && tokens[i + 1]?.fold === 'recognition') break;
    // "… d'honneur des mains du président X": the presenter's hands end the award.
    if (token.word && tokens[i + 1]?.fold === 'mains' && i > start) break;
    if (awardHeads.has(token.fold)) named = true;
    end = i + 1;
  }
  if (!named || end <= start) return null;
  const text = analysis.article.text
    .slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0)
    .replace(/[“”"]|^['‘’]|['‘’]$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { start, end, text };
}

/** Whether the verb at `at` follows a passive auxiliary, maybe across a day ("was on Monday (…) conferred"). */
function followsPassiveMarker(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.text === ')') {
    while (k > 0 && tokens[k]?.text !== '(') k--;
    k--;
  }
  while (k > 0 && at - k <= AWARD_LEAD) {
    const token = tokens[k];
    if (!token?.word || !(DAY_WORDS.has(token.fold) || weekdayNumbers.has(token.fold))) break;
    k--;
  }
  return PASSIVE_MARKERS.has(tokens[k]?.fold ?? '');
}

/** Where the award starts after a recipient named as the verb's object ("with", "de", "à la dignité de"), or -1. */
function awardAfterRecipient(tokens: readonly Token[], at: number): number {
  const first = tokens[at]?.fold;
  if (first === 'with' || first === 'de' || first === 'd') return at + 1;
  if (first !== 'a' && first !== 'au') return -1;
  const noun = tokens[at + 1]?.fold === 'la' ? at + 2 : at + 1;
  return RANK_NOUNS.has(tokens[noun]?.fold ?? '') && tokens[noun + 1]?.fold === 'de'
    ? noun + 2
    : -1;
}

/**
 * Who a passive honour or a receipt is about: the person a "who"/"qui" clause hangs on ("received
 * Ambassador X, who was awarded …"), else the sentence's first named person.
 */
function recipientBefore(
  sentence: AnalyzedSentence,
  before: readonly PersonRef[],
  trigger: number,
): PersonRef | undefined {
  const tokens = sentence.tokens;
  for (let k = trigger - 1; k >= Math.max(0, trigger - RELATIVE_REACH); k--) {
    if (!relativePronouns.has(tokens[k]?.fold ?? '')) continue;
    return before.filter((ref) => ref.end <= k && ref.kind !== 'pronoun').at(-1);
  }
  return before.find((ref) => ref.kind !== 'pronoun') ?? before[0];
}

function refAfterWord(
  sentence: AnalyzedSentence,
  from: number,
  words: ReadonlySet<string>,
  reach = 6,
): PersonRef | null {
  for (let i = from; i < Math.min(sentence.tokens.length, from + reach); i++) {
    if (!words.has(sentence.tokens[i]?.fold ?? '')) continue;
    // "on Vũ's predecessor, former ambassador X": the honoured is X, not Vũ.
    const ref = sentence.refs.find(
      (r) => r.start > i && r.start <= i + PERSON_REACH && !r.possessive,
    );
    if (ref) return ref;
  }
  return null;
}

export function findAwards(analysis: ArticleAnalysis): AwardDraft[] {
  const drafts: AwardDraft[] = [];
  for (const sentence of analysis.sentences) {
    if (!(sentence.cues & CUE.AWARD)) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const fold = tokens[i]?.fold ?? '';
      const receipt = awardReceipt.has(fold);
      if (!awardPassive.has(fold) && !awardActive.has(fold) && !receipt) continue;
      const before = sentence.refs.filter((ref) => ref.end <= i);
      const passive = (awardPassive.has(fold) && followsPassiveMarker(tokens, i)) || receipt;
      if (passive) {
        const award = readAward(tokens, i + 1, analysis);
        const recipient = recipientBefore(sentence, before, i);
        if (!award || !recipient) continue;
        const presenter = refAfterWord(sentence, award.end, presenterWords, PRESENTER_REACH);
        drafts.push({
          award: award.text,
          recipient: recipient.person,
          presenter: presenter?.person ?? null,
          sentence,
        });
        i = award.end - 1;
        continue;
      }
      if (!awardActive.has(fold)) continue;
      const presenter = before.at(-1) ?? null;
      // "presented Cuong with the key", or "presented the Grand Cross … to the State President".
      const direct = sentence.refs.find(
        (ref) =>
          ref.start === i + 1 ||
          (ref.start === i + 2 && determiners.has(tokens[i + 1]?.fold ?? '')),
      );
      const awardStart = direct ? awardAfterRecipient(tokens, direct.end) : -1;
      if (direct && awardStart >= 0) {
        const award = readAward(tokens, awardStart, analysis);
        if (award)
          drafts.push({
            award: award.text,
            recipient: direct.person,
            presenter: presenter?.person ?? null,
            sentence,
          });
        continue;
      }
      let award: ReturnType<typeof readAward> = null;
      for (let j = i + 1; !award && j <= i + AWARD_LEAD && j < tokens.length; j++) {
        if (tokens[j]?.text === '.' || tokens[j]?.text === ';') break;
        award = readAward(tokens, j, analysis);
      }
      if (!award) continue;
      // "conferred the Royal Order of X, Grand Cross, on …": a grade may come before "on".
      const recipient = refAfterWord(sentence, award.end, recipientWords, RECIPIENT_REACH);
      if (recipient && recipient.person !== presenter?.person) {
        drafts.push({
          award: award.text,
          recipient: recipient.person,
          presenter: presenter?.person ?? null,
          sentence,
        });
      }
    }
  }
  return drafts;
}
