// People named with no office at all: "Emmanuel Macron, Olaf Scholz et Donald Tusk se sont
// réunis", "… accueillis par Emmanuel Macron". They take part in events; their office and state
// come later from descriptions ("le chancelier allemand") or not at all.
import type { Annotations } from './annotate.ts';
import { leaderGroupWords, meetingTriggers, pairNouns } from './lexicon/event-words.ts';
import { phraseKey } from './phrase-index.ts';
import { readName } from './read-name.ts';
import type { Token } from './tokenize.ts';
import { CUE, cuesOfTokens } from './word-cues.ts';

export type BareName = { name: string; start: number; end: number };

// Where a person's name stands: opening the sentence, in a list, or as the agent or partner
// ("par", "with"). After "at", "in", "the" a capitalised pair is a place or a body.
const PERSON_SLOT_BEFORE = new Set([
  ',',
  'and',
  'et',
  'by',
  'par',
  'with',
  'avec',
  // "que John Dramani Mahama a été accueilli", "the red carpet for X": a clause's subject, a beneficiary.
  'que',
  'qu',
  'that',
  'pour',
  'for',
  // "met X", "a reçu X": the object of a meeting verb.
  ...Object.entries(meetingTriggers)
    .filter(([, trigger]) => trigger.direct)
    .map(([phrase]) => phraseKey(phrase).split(' ').at(-1) ?? ''),
]);
const MIN_NAME_TOKENS = 2;
// "Southeast Asian leaders gathered", "European Union officials said": capitalised words before a
// group noun describe people, they do not name one.
const GROUP_NOUNS = new Set([
  ...leaderGroupWords,
  ...pairNouns,
  'officials',
  'delegation',
  'delegations',
  'diplomats',
  'responsables',
  'delegues',
]);

/**
 * Full names (two words or more) outside titled phrases, in a person's slot of a sentence that
 * tells of a meeting, visit, gathering, award or welcome. `covered` marks tokens of titled phrases.
 */
export function findBareNames(
  tokens: readonly Token[],
  notes: Annotations,
  covered: readonly boolean[],
  text: string,
): BareName[] {
  if (!(cuesOfTokens(tokens) & CUE.EVENT)) return [];
  const names: BareName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const before = tokens[i - 1];
    if (before && !PERSON_SLOT_BEFORE.has(before.word ? before.fold : before.text)) continue;
    const name = readName(tokens, notes, i);
    if (!name) continue;
    i = name.end - 1;
    if (name.end - name.start < MIN_NAME_TOKENS) continue;
    if (GROUP_NOUNS.has(tokens[name.end]?.fold ?? '')) continue;
    let inside = false;
    for (let k = name.start; k < name.end; k++) inside ||= Boolean(covered[k] || notes.cityAt[k]);
    const first = tokens[name.start];
    const last = tokens[name.end - 1];
    if (inside || !first || !last) continue;
    names.push({ name: text.slice(first.start, last.end), start: name.start, end: name.end });
  }
  return names;
}
