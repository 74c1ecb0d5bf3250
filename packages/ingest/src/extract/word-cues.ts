// The cue words the event rules look for, as bits: which lexicons a word belongs to is worked out
// once per distinct word (kept in the word's shared memo), and a sentence's bits are those of its
// words OR-ed together. A rule whose cue words a sentence lacks skips the sentence without reading
// its tokens; most sentences of a story (trade figures, background) hold no cue of most rules.
import { monthNumbers } from '@diplomacy-graph/core';
import {
  accompanyWords,
  attendanceCues,
  awardActive,
  awardPassive,
  awardReceipt,
  gatheringHeads,
  holdingVerbs,
  invitationWords,
  meetingTriggers,
  multilateralWords,
  signingWords,
  speakingVerbs,
  unnamedAttendanceCues,
  unrealCues,
  visitVerbs,
  visitWords,
  welcomeWords,
} from './lexicon/event-words.ts';
import { possessivePronouns, subjectPronouns } from './lexicon/grammar-words.ts';
import { phraseKey } from './phrase-index.ts';
import type { Token } from './tokenize.ts';

export const CUE = {
  /** "visit", "visite", "tour": a visit noun. */
  VISIT_NOUN: 1 << 0,
  /** A visit noun, a visit verb ("visited") or "visiting". */
  VISIT: 1 << 1,
  /** Award verbs: passive, active or receipt. */
  AWARD: 1 << 2,
  /** Invitation verbs (not the noun "invitation") and signing verbs. */
  STATEMENT: 1 << 3,
  /** The first word of a meeting trigger (by the word's head, as phrase matching starts). */
  MEETING: 1 << 4,
  MULTILATERAL: 1 << 5,
  /** "attended", "sidelines", "framework" … */
  ATTENDANCE: 1 << 6,
  /** The first word of an attendance cue without a gathering name ("in attendance"). */
  UNNAMED_ATTENDANCE: 1 << 7,
  /** Any word of a meeting, visit, gathering, award or welcome: a sentence where named people act. */
  EVENT: 1 << 8,
  /** A subject or possessive pronoun. */
  PRONOUN: 1 << 9,
  /** Planned, possible or remote: "will", "phone", "prochaine". */
  UNREAL: 1 << 10,
  /** A French simple future ("rencontrera"): unreal in French copy only. */
  FRENCH_FUTURE: 1 << 11,
  /** A form of "accompany": a companion serves the leader's state. */
  COMPANION: 1 << 12,
} as const;

const firstWordOf = (phrase: string) => phraseKey(phrase).split(' ')[0] ?? '';
const meetingFirstWords = new Set(Object.keys(meetingTriggers).map(firstWordOf));
const unnamedAttendanceFirstWords = new Set(unnamedAttendanceCues.map(firstWordOf));
const eventWords = new Set([
  ...Object.keys(meetingTriggers).flatMap((phrase) => phraseKey(phrase).split(' ')),
  ...attendanceCues,
  ...visitWords,
  ...gatheringHeads.keys(),
  ...awardActive,
  ...awardPassive,
  ...welcomeWords,
]);
const FRENCH_FUTURE = /^\p{L}{3,}(?:era|eront|ira|iront|dra|dront)$/u;

function cuesOfWord(token: Token): number {
  const { fold, head } = token;
  let cues = 0;
  if (visitWords.has(fold)) cues |= CUE.VISIT_NOUN | CUE.VISIT;
  if (visitVerbs.has(fold) || fold === 'visiting') cues |= CUE.VISIT;
  if (awardPassive.has(fold) || awardActive.has(fold) || awardReceipt.has(fold)) cues |= CUE.AWARD;
  if ((invitationWords.has(fold) && fold !== 'invitation') || signingWords.has(fold))
    cues |= CUE.STATEMENT;
  if (token.word && meetingFirstWords.has(head)) cues |= CUE.MEETING;
  if (multilateralWords.has(fold)) cues |= CUE.MULTILATERAL;
  if (attendanceCues.has(fold) || speakingVerbs.has(fold) || holdingVerbs.has(fold))
    cues |= CUE.ATTENDANCE;
  if (token.word && unnamedAttendanceFirstWords.has(head)) cues |= CUE.UNNAMED_ATTENDANCE;
  if (token.word && eventWords.has(fold)) cues |= CUE.EVENT;
  if (subjectPronouns.has(fold) || possessivePronouns.has(fold)) cues |= CUE.PRONOUN;
  // "in May 2018" is a month; "may meet" is a modal.
  if (unrealCues.has(fold) && !(token.cap && monthNumbers.has(fold))) cues |= CUE.UNREAL;
  // "rencontrera" is a future; "Narendra" a name.
  if (!token.cap && FRENCH_FUTURE.test(fold)) cues |= CUE.FRENCH_FUTURE;
  if (accompanyWords.has(fold)) cues |= CUE.COMPANION;
  return cues;
}

/** The cue bits of a token's word (see CUE). */
export function cuesOf(token: Token): number {
  token.memo.cues ??= cuesOfWord(token);
  return token.memo.cues;
}

/** The cue bits of any of the tokens. */
export function cuesOfTokens(tokens: readonly Token[]): number {
  let cues = 0;
  for (const token of tokens) cues |= cuesOf(token);
  return cues;
}
