// Multilateral gatherings a person attended: "attended … the 31st APEC Economic Leaders' Meeting,
// the 2024 APEC CEO Summit and …", "on the sidelines of the APEC 2024 Leaders' Week", "a assisté à
// la 31e réunion des dirigeants … ; au Sommet …", "Farewell ceremony for X", "speaks at the press
// conference". Future gatherings ("will host APEC 2027") have no attendance cue and are left out.
import { tokensNearlyEqual } from '@diplomacy-graph/core';
import type { AnalyzedSentence, ArticleAnalysis } from './analyze-article.ts';
import { isUnreal } from './find-meetings.ts';
import {
  attendanceCues,
  attendeeIntroducers,
  betweenWords,
  ceremonyHeads,
  gatheringHeads,
  gatheringPrepositions,
  holdingVerbs,
  honoureeWords,
  hostWords,
  multilateralWords,
  nameStops,
  speakingVerbs,
  unnamedAttendanceCues,
  venueNouns,
  venuePrepositions,
} from './lexicon/event-words.ts';
import { determiners, nameJoiners } from './lexicon/grammar-words.ts';
import type { Person } from './people-registry.ts';
import { buildPhraseIndex, matchPhraseAt } from './phrase-index.ts';
import type { Token } from './tokenize.ts';
import type { ExtractedGathering } from './types.ts';
import { CUE } from './word-cues.ts';

export type GatheringDraft = {
  name: string;
  type: ExtractedGathering['type'];
  kind: ExtractedGathering['kind'];
  attendees: Person[];
  place: string | null;
  sentence: AnalyzedSentence;
  /** "Within the framework of X, … attended Y": X encloses Y. */
  frame: boolean;
};

const headWords = [...gatheringHeads.keys()];
const ITEM_SEPARATORS = new Set([',', ';']);
const ITEM_END = new Set(['.', '(', ')', '!', '?', ':']);
const CONNECTORS = new Set([...nameJoiners, 'with', 'for', 'on', 'entre', 'between', '-', '–']);
const FRENCH_ONLY_PREPOSITIONS = new Set(['a', 'au', 'aux', 'de', 'du']);
const OPENING_AT = new Set(['at', 'during', 'lors', 'a']);
const CEREMONY_AT = new Set(['at']);
const FRENCH_CEREMONY_AT = new Set(['a', 'au']);
const OCCASION_HEAD_REACH = 3;
const LIST_GAP = new Set([',', ';', 'and', 'et', 'as', 'well', 'the', 'le', 'la', 'les', 'l']);
const FRAME_WORDS = new Set(['framework', 'cadre']);
const TRAILING_FRENCH = new Set([
  'au',
  'aux',
  'a',
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'l',
  'cours',
  'lors',
]);
const MAX_ITEM_TOKENS = 22;
const CUE_REACH = 6;
// Meals given "in honour of" someone: the honoured guest attends.
const HONOUR_MEALS = new Set([
  'dinner',
  'diner',
  'banquet',
  'luncheon',
  'lunch',
  'dejeuner',
  'gala',
]);
const CLAUSE_LOOKBEHIND = 16;
const SIDELINE_WORDS = new Set(['sidelines', 'marge']);
const HOST_REACH = 4;

/** "M. Macron a offert un dîner en l'honneur de …", "X hosted a banquet for …": the host attends. */
function hostBefore(sentence: AnalyzedSentence, at: number): Person | null {
  for (let j = at - 1; j >= Math.max(0, at - HOST_REACH); j--) {
    if (!hostWords.has(sentence.tokens[j]?.fold ?? '')) continue;
    return (
      sentence.refs.filter((ref) => ref.end <= j && ref.kind !== 'pronoun').at(-1)?.person ?? null
    );
  }
  return null;
}
const unnamedCueIndex = buildPhraseIndex(unnamedAttendanceCues.map((cue) => [cue, true] as const));
const INTRODUCER_REACH = 3;

/**
 * "Biden, Modi and Meloni were among the leaders in attendance", "Quelque 150 invités y ont pris
 * part, dont la première ministre X": the people named before the cue, and after it those a
 * "including"/"dont" brings in, attend the gathering the story is at.
 */
function unnamedAttendance(sentence: AnalyzedSentence, french: boolean): Person[] {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const cue = matchPhraseAt(tokens, i, unnamedCueIndex);
    if (!cue) continue;
    // "took part in a CEOs forum": the gathering is named after all, and read as such.
    for (let j = cue.end; j < cue.end + 3; j++) if (readItem(tokens, j, french)) return [];
    const named = sentence.refs.filter((ref) => ref.kind !== 'pronoun');
    const before = named.filter((ref) => ref.end <= cue.start);
    const after = named.filter((ref) => {
      if (ref.start < cue.end) return false;
      const lead = tokens.slice(Math.max(cue.end, ref.start - INTRODUCER_REACH), ref.start);
      return lead.some((token) => attendeeIntroducers.has(token.fold));
    });
    return [...new Set([...before, ...after].map((ref) => ref.person))];
  }
  return [];
}

function namedPeople(sentence: AnalyzedSentence): Person[] {
  return [
    ...new Set(sentence.refs.filter((ref) => ref.kind !== 'pronoun').map((ref) => ref.person)),
  ];
}

function spelledHead(token: Token): string | null {
  if (!token.word || token.fold.length < 4) return null;
  if (gatheringHeads.has(token.fold)) return token.fold;
  if (token.fold.length < 6) return null;
  // Wire copy misspells ("dialouge"): one slip in a long head word still counts.
  return headWords.find((word) => word.length >= 6 && tokensNearlyEqual(word, token.fold)) ?? null;
}

/** The gathering head a word spells, judged once per distinct word (the fuzzy test is costly). */
function headOf(token: Token | undefined): string | null {
  if (!token) return null;
  if (token.memo.gatheringHead === undefined) token.memo.gatheringHead = spelledHead(token);
  return token.memo.gatheringHead;
}

/** "Farewell ceremony", "state banquet": a ceremony or a meal given in someone's honour. */
function isCeremonyHead(token: Token): boolean {
  const head = headOf(token);
  return head !== null && (ceremonyHeads.has(head) || HONOUR_MEALS.has(head));
}

function kindOf(
  head: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): Pick<GatheringDraft, 'type' | 'kind'> {
  const words = tokens.slice(from, to).map((token) => token.fold);
  if ((words.includes('press') || words.includes('news')) && head === 'conference')
    return { type: 'PRESS_CONFERENCE', kind: 'CONFERENCE' };
  if (words.includes('presse')) return { type: 'PRESS_CONFERENCE', kind: 'CONFERENCE' };
  if (ceremonyHeads.has(head))
    return { type: 'CEREMONY', kind: gatheringHeads.get(head) ?? 'OTHER' };
  return { type: 'GATHERING', kind: gatheringHeads.get(head) ?? 'OTHER' };
}

type Item = { start: number; end: number; head: string };

/**
 * One gathering name from token `at`: Title Case names end at their last capitalised word
 * ("APEC Leaders' Informal Dialogue with Guests"), lower-case ones ("working lunch - dialogue
 * between APEC leaders and the … Council") run to the clause end.
 */
function readItem(tokens: readonly Token[], at: number, french: boolean): Item | null {
  const opening = tokens[at];
  // A gathering name opens with an article, a capital or a number ("a working lunch", "the 31st …").
  if (
    !opening ||
    !(determiners.has(opening.fold) || opening.cap || /^\d/.test(opening.text) || headOf(opening))
  )
    return null;
  let start = at;
  while (tokens[start] && determiners.has(tokens[start]?.fold ?? '') && !tokens[start]?.upper)
    start++;
  let head: string | null = null;
  let headCap = false;
  let end = start;
  let lastStrong = start;
  let sawBetween = false;
  for (let i = start; i < tokens.length && i - start < MAX_ITEM_TOKENS; i++) {
    const token = tokens[i];
    if (!token) break;
    if (ITEM_END.has(token.text) || ITEM_SEPARATORS.has(token.text)) break;
    if (
      !token.word &&
      token.text !== '-' &&
      token.text !== '–' &&
      token.text !== '’' &&
      token.text !== "'"
    )
      break;
    const foundHead = headOf(token);
    if (token.word && (token.fold === 'and' || token.fold === 'et')) {
      const next = tokens[i + 1];
      // "the Summit and the Dialogue" are two items; "between A and the B Council" is one.
      if (!sawBetween || (next && !determiners.has(next.fold) && !next.cap)) break;
    }
    // "le Sommet pour l'action sur l'intelligence artificielle": a proper name runs on past "pour".
    const namedOn = french && headCap && token.fold === 'pour';
    if (token.word && nameStops.has(token.fold) && head && !namedOn) break;
    if (betweenWords.has(token.fold)) sawBetween = true;
    if (foundHead && !head) {
      head = foundHead;
      headCap = token.cap;
    }
    // English names: a lower-case word that is neither a connector nor a head ends the name
    // after its head ("gala dinner hosted by …"), and before it in a Title Case name ("Modi
    // attended …"). French names are not Title Case ("réunion des dirigeants économiques").
    const plainWord =
      token.word &&
      !token.cap &&
      !CONNECTORS.has(token.fold) &&
      !/^\d/.test(token.text) &&
      !foundHead;
    if (!french && plainWord && !sawBetween) {
      const titleCase = tokens[start]?.cap || /^\d/.test(tokens[start]?.text ?? '');
      if (head || titleCase) break;
    }
    end = i + 1;
    if (
      token.word &&
      (token.cap ||
        /^\d/.test(token.text) ||
        foundHead ||
        sawBetween ||
        !CONNECTORS.has(token.fold))
    )
      lastStrong = i + 1;
  }
  if (!head) return null;
  let last = Math.min(end, lastStrong);
  // "conférence de presse au cours de laquelle …": the relative's lead-in is no part of the name.
  while (french && last > start + 1 && TRAILING_FRENCH.has(tokens[last - 1]?.fold ?? '')) last--;
  // "the World Forum conference center" is a building; "the summit venue" is still the summit.
  const venue =
    venueNouns.has(tokens[last]?.fold ?? '') || venueNouns.has(tokens[last - 1]?.fold ?? '');
  if (venue && tokens[start]?.cap) return null;
  // "the meeting with Canadian PM Justin Trudeau" is a bilateral meeting, not a gathering.
  if (
    tokens.slice(start, last).some((token) => token.fold === 'with' || token.fold === 'avec') &&
    gatheringHeads.get(head) === 'MEETING'
  )
    return null;
  return { start, end: last, head };
}

/**
 * "a joint press conference with Ghana's President X", "un dîner avec X": the people the name
 * runs on to are there too, and not part of the name.
 */
function splitCompany(sentence: AnalyzedSentence, item: Item): { end: number; company: Person[] } {
  for (let k = item.start + 1; k < item.end; k++) {
    const fold = sentence.tokens[k]?.fold;
    if (fold !== 'with' && fold !== 'avec') continue;
    const company = sentence.refs
      .filter((ref) => ref.start > k && ref.start < item.end && ref.kind !== 'pronoun')
      .map((ref) => ref.person);
    if (company.length > 0) return { end: k, company };
  }
  return { end: item.end, company: [] };
}

/** A ceremony, a meal given for someone, or a press conference: occasions a sentence may place people at. */
function isOccasion(tokens: readonly Token[], item: Item): boolean {
  // The head opens the name ("at the joint press conference", "au dîner d'État"): "à l'Élysée le
  // président … pour un dîner" puts no one at a dinner.
  const opening = tokens.slice(item.start, item.start + OCCASION_HEAD_REACH);
  if (!opening.some((token) => headOf(token) === item.head)) return false;
  const { type } = kindOf(item.head, tokens, item.start, item.end);
  return type !== 'GATHERING' || HONOUR_MEALS.has(item.head);
}

/**
 * What a holding verb makes a gathering of: a press conference, a ceremony or a named gathering.
 * "held separate meetings with leaders of …", "a tenu une réunion avec …" are bilateral.
 */
function isHeldGathering(tokens: readonly Token[], item: Item | null): boolean {
  if (!item) return false;
  const { type } = kindOf(item.head, tokens, item.start, item.end);
  return type !== 'GATHERING' || Boolean(tokens[item.start]?.cap);
}

/** The gathering list after a cue: items split on "," ";" and "and"/"et" between names. */
function readItems(tokens: readonly Token[], at: number, french: boolean): Item[] {
  const items: Item[] = [];
  let i = at;
  while (i < tokens.length) {
    const item = readItem(tokens, i, french);
    if (!item) break;
    items.push(item);
    i = item.end;
    // Items are joined by "," ";" "and" — and in French by "; au …", "et à la …".
    while (
      i < tokens.length &&
      (ITEM_SEPARATORS.has(tokens[i]?.text ?? '') ||
        tokens[i]?.fold === 'and' ||
        tokens[i]?.fold === 'et' ||
        (french && i > item.end && FRENCH_ONLY_PREPOSITIONS.has(tokens[i]?.fold ?? '')))
    )
      i++;
    if (item.end === i && !(tokens[i]?.cap || determiners.has(tokens[i]?.fold ?? ''))) break;
  }
  return items;
}

function textOf(
  analysis: ArticleAnalysis,
  tokens: readonly Token[],
  start: number,
  end: number,
): string {
  return analysis.article.text
    .slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0)
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The gathering named by tokens `start`…`end` of the sentence, with who the sentence puts there. */
function gatheringDraft(
  analysis: ArticleAnalysis,
  sentence: AnalyzedSentence,
  span: { head: string; start: number; end: number },
  attendees: Iterable<Person>,
  place: string | null,
  frame = false,
): GatheringDraft {
  const { tokens } = sentence;
  return {
    name: textOf(analysis, tokens, span.start, span.end),
    ...kindOf(span.head, tokens, span.start, span.end),
    attendees: [...new Set(attendees)],
    place,
    sentence,
    frame,
  };
}

/**
 * Who the cue puts at the gathering: the owner of "X's attendance", else the nearest person before
 * the cue with everyone listed with them ("A, B and C attended the opening session").
 */
function attendeesOf(sentence: AnalyzedSentence, cue: number, analysis: ArticleAnalysis): Person[] {
  const before = sentence.refs.filter((ref) => ref.start < cue);
  const owner = before.filter((ref) => ref.possessive).at(-1);
  if (owner) return [owner.person];
  const named = before.filter((ref) => ref.kind !== 'pronoun');
  const nearest = named.at(-1) ?? before.at(-1);
  if (!nearest) {
    const after = sentence.refs.find((ref) => ref.start > cue)?.person ?? analysis.protagonist;
    return after ? [after] : [];
  }
  const list = [nearest.person];
  for (let k = named.indexOf(nearest) - 1; k >= 0; k--) {
    const ref = named[k];
    const next = named[k + 1];
    if (!ref || !next) break;
    const gap = sentence.tokens.slice(ref.end, next.start);
    if (gap.length > 3 || !gap.every((token) => LIST_GAP.has(token.fold || token.text))) break;
    if (!list.includes(ref.person)) list.unshift(ref.person);
  }
  return list;
}

export function findGatherings(analysis: ArticleAnalysis): GatheringDraft[] {
  const drafts: GatheringDraft[] = [];
  for (const sentence of analysis.sentences) {
    const tokens = sentence.tokens;
    const place = sentence.place ?? analysis.defaultPlace;
    const current = drafts.at(-1);
    if (current && sentence.cues & CUE.UNNAMED_ATTENDANCE) {
      const attendees = unnamedAttendance(sentence, analysis.french);
      if (attendees.length > 0) drafts.push({ ...current, attendees, sentence, frame: false });
    }
    if (
      !(sentence.cues & (CUE.ATTENDANCE | CUE.MULTILATERAL)) &&
      !OPENING_AT.has(tokens[0]?.fold ?? '') &&
      !tokens.some(isCeremonyHead)
    )
      continue;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token?.word) continue;
      // "At the joint press conference, Macron said …": the speaker was there.
      if (i === 0 && OPENING_AT.has(token.fold)) {
        const from = tokens[1]?.fold === 'de' || tokens[1]?.fold === 'of' ? 2 : 1;
        const item = readItem(tokens, from, analysis.french);
        const speaker =
          item && tokens[item.end]?.text === ','
            ? sentence.refs.find((ref) => ref.start > item.end && ref.kind !== 'pronoun')
            : undefined;
        if (item && speaker) {
          drafts.push(gatheringDraft(analysis, sentence, item, [speaker.person], place));
          i = item.end;
          continue;
        }
      }
      // "conferred on Mr. Modi at a state banquet hosted by Mr. Mahama", "exchanged at a signing
      // ceremony": whoever the sentence places at a ceremony, a meal or a press conference.
      if (
        i > 0 &&
        (analysis.french ? FRENCH_CEREMONY_AT : CEREMONY_AT).has(token.fold) &&
        !isUnreal(sentence, i, i + 1, analysis.french, CLAUSE_LOOKBEHIND)
      ) {
        const item = readItem(tokens, i + 1, analysis.french);
        if (item && isOccasion(tokens, item)) {
          const host = sentence.refs.find(
            (ref) =>
              ref.start > item.end &&
              ref.start <= item.end + HOST_REACH &&
              tokens.slice(item.end, ref.start).some((t) => t.fold === 'by' || t.fold === 'par'),
          );
          const attendees = attendeesOf(sentence, i, analysis);
          const people = host ? [...attendees, host.person] : attendees;
          drafts.push(gatheringDraft(analysis, sentence, item, people, place));
          i = item.end - 1;
          continue;
        }
      }
      const speaking = speakingVerbs.has(token.fold);
      const holding = holdingVerbs.has(token.fold);
      if (attendanceCues.has(token.fold) || speaking || holding) {
        // "is due to meet … on the sidelines of": the whole clause before the cue counts.
        if (isUnreal(sentence, i, i + 1, analysis.french, CLAUSE_LOOKBEHIND)) continue;
        // The gathering follows directly ("attended the opening ceremony of …"), past a day or a
        // place ("a présidé lundi soir une réception"), or past "at", "à la", "and delivered
        // speeches at" …
        let start = -1;
        for (let j = i + 1; start < 0 && j < tokens.length && j <= i + CUE_REACH; j++) {
          const fold = tokens[j]?.fold ?? '';
          if (tokens[j]?.text === '.' || tokens[j]?.text === ';') break;
          // "a ouvert lundi à Dakar le Forum …": the city is where, the name comes after it.
          // "au Grand Palais le Sommet …": a venue's capitalised words, then the name.
          const cityThenName = (at: number) => {
            let k = at;
            while (determiners.has(tokens[k]?.fold ?? '')) k++;
            if (sentence.notes.cityAt[k] !== undefined)
              return determiners.has(tokens[k + 1]?.fold ?? '');
            const venue = k;
            while (tokens[k]?.cap && tokens[k]?.word && !headOf(tokens[k])) k++;
            return k > venue && determiners.has(tokens[k]?.fold ?? '') && !tokens[k]?.cap;
          };
          if (cityThenName(j)) continue;
          // "said at a joint press conference"; "held a news conference", not "held talks at".
          if (speaking) {
            if (venuePrepositions.has(fold) && readItem(tokens, j + 1, analysis.french))
              start = j + 1;
            continue;
          }
          if (holding) {
            if (isHeldGathering(tokens, readItem(tokens, j, analysis.french))) start = j;
            continue;
          }
          if (readItem(tokens, j, analysis.french)) start = j;
          // "à", "au", "de" lead to the gathering in French; in English "a" is an article.
          else if (
            gatheringPrepositions.has(fold) &&
            (analysis.french || !FRENCH_ONLY_PREPOSITIONS.has(fold)) &&
            !cityThenName(j + 1) &&
            readItem(tokens, j + 1, analysis.french)
          )
            start = j + 1;
        }
        if (start < 0) continue;
        const items = readItems(tokens, start, analysis.french);
        // "On the sidelines of the summit, X met Y": everyone who met there was there.
        const attendees = SIDELINE_WORDS.has(token.fold)
          ? namedPeople(sentence)
          : attendeesOf(sentence, i, analysis);
        for (const [index, item] of items.entries()) {
          const { end, company } = splitCompany(sentence, item);
          // "Within the framework of X": X encloses what the sentence goes on to list.
          const frame =
            index === 0 &&
            (FRAME_WORDS.has(token.fold) || token.fold === 'sidelines' || token.fold === 'marge');
          const people = [...attendees, ...company];
          drafts.push(gatheringDraft(analysis, sentence, { ...item, end }, people, place, frame));
        }
        if (items.length > 0) i = (items.at(-1)?.end ?? i + 1) - 1;
        continue;
      }
      // "met Yoon and Kishida for a trilateral summit": everyone named attends.
      if (multilateralWords.has(token.fold)) {
        const headAt = tokens
          .slice(i + 1, i + 3)
          .findIndex((next) => headOf(next) !== null || next.fold === 'talks');
        if (headAt >= 0) {
          const end = i + 2 + headAt;
          const attendees = namedPeople(sentence);
          const head = headOf(tokens[end - 1]) ?? 'meeting';
          drafts.push(
            gatheringDraft(analysis, sentence, { head, start: i, end }, attendees, place),
          );
          i = end - 1;
          continue;
        }
      }
      // "Farewell ceremony for X", "réception en l'honneur de X".
      const head = headOf(token);
      if (head && isCeremonyHead(token)) {
        // "cérémonie d'accueil", "cérémonie de bienvenue", "dîner d'État"
        const complement =
          analysis.french &&
          ['d', 'de'].includes(tokens[i + 1]?.fold ?? '') &&
          tokens[i + 2]?.word &&
          (!tokens[i + 2]?.cap || tokens[i + 2]?.fold === 'etat');
        const last = complement ? i + 3 : i + 1;
        let k = last;
        while (k < tokens.length && k <= last + 2 && !honoureeWords.has(tokens[k]?.fold ?? '')) k++;
        if (k > last + 2) continue;
        const honoured = sentence.refs.find((ref) => ref.start > k && ref.start <= k + 3);
        let first = i;
        while (
          first > 0 &&
          i - first < 3 &&
          tokens[first - 1]?.word &&
          !determiners.has(tokens[first - 1]?.fold ?? '') &&
          !gatheringPrepositions.has(tokens[first - 1]?.fold ?? '')
        )
          first--;
        const host = hostBefore(sentence, first);
        // "ont offert un banquet d'État en l'honneur du couple royal": the host, though the
        // honoured guests are named by no one's name.
        if (!honoured && !host) continue;
        const attendees = [
          ...new Set([host, honoured?.person].filter((p) => p !== null && p !== undefined)),
        ];
        drafts.push(
          gatheringDraft(analysis, sentence, { head, start: first, end: last }, attendees, place),
        );
      }
    }
  }
  return drafts;
}
