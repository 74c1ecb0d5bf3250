// Bilateral meetings and talks: "met with A, B and C", "held talks with …", "In his meeting with X,
// Y …", "Meeting X, Y …", "during their talks", "separate meetings with leaders of China, the US…".
// Not meetings: planned or possible ones, phone or video calls, anything in an invitation.
import type { AnalyzedSentence, ArticleAnalysis, PersonRef } from './analyze-article.ts';
import {
  awardHeads,
  leaderGroupWords,
  meetingTriggers,
  pairNouns,
  pairWords,
  thenWords,
  withWords,
} from './lexicon/event-words.ts';
import { subjectPronouns } from './lexicon/grammar-words.ts';
import { countryListAfter, peopleListAfter } from './list-grammar.ts';
import { countryOf, type Person } from './people-registry.ts';
import { buildPhraseIndex, matchPhraseAt, phraseKey } from './phrase-index.ts';
import type { ExtractedMeeting } from './types.ts';
import { CUE, cuesOf } from './word-cues.ts';

export type MeetingDraft = {
  subject: Person;
  other: Person;
  kind: ExtractedMeeting['kind'];
  sentence: AnalyzedSentence;
};

const triggerIndex = buildPhraseIndex(Object.entries(meetingTriggers));
const triggerWords = new Set(
  Object.keys(meetingTriggers).flatMap((phrase) => phraseKey(phrase).split(' ')),
);
const UNREAL_LOOKBEHIND = 7;
// "s'est entretenu jeudi au téléphone", "la veille par téléphone": a day may stand between.
const UNREAL_LOOKAHEAD = 4;
// "s'est entretenu ce mercredi à Banjul avec", "un tête-à-tête d'une quarantaine de minutes avec":
// a day, a place or a length may come before "with".
const WITH_REACH = 7;
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that']);
// In French "a" is the auxiliary of "a rencontré", not an article.
const FRENCH_NOUN_MARKERS = new Set(['la', 'le', 'une', 'un', 'cette', 'ce', 'l']);
// "a reçu mercredi à l'Élysée le chancelier …": a day and a place may come first.
const DIRECT_REACH = 6;
const PREPOSITION_ENDS = new Set(['to', 'on', 'with', 'avec', 'au', 'aupres']);
const THEN_REACH = 3;
// "to meet", "pour rencontrer", "afin de rencontrer": a purpose, not a meeting.
const INFINITIVE = new Set(['to', 'pour', 'afin']);

/** Planned, possible or remote: "will meet", "to meet", "phone talks", "rencontrera". */
export function isUnreal(
  sentence: AnalyzedSentence,
  start: number,
  end: number,
  french: boolean,
  lookbehind = UNREAL_LOOKBEHIND,
): boolean {
  const tokens = sentence.tokens;
  if (INFINITIVE.has(tokens[start - 1]?.fold ?? '')) return true;
  if (tokens[start - 1]?.fold === 'de' && INFINITIVE.has(tokens[start - 2]?.fold ?? ''))
    return true;
  const cues = french ? CUE.UNREAL | CUE.FRENCH_FUTURE : CUE.UNREAL;
  for (
    let i = Math.max(0, start - lookbehind);
    i < Math.min(tokens.length, end + UNREAL_LOOKAHEAD);
    i++
  ) {
    const token = tokens[i];
    if (token && cuesOf(token) & cues) return true;
  }
  return false;
}

function joinedPairBefore(sentence: AnalyzedSentence, trigger: number): [Person, Person] | null {
  const before = sentence.refs.filter((ref) => ref.start < trigger && ref.kind !== 'pronoun');
  for (let k = before.length - 1; k > 0; k--) {
    const a = before[k - 1];
    const b = before[k];
    if (!a || !b || a.person === b.person) continue;
    const gap = sentence.tokens.slice(a.end, b.start);
    if (gap.length <= 3 && gap.some((token) => token.fold === 'and' || token.fold === 'et'))
      return [a.person, b.person];
  }
  return null;
}

/** "The two leaders held talks": the two people, and only two, named in the sentence before. */
function pairNamedBefore(
  analysis: ArticleAnalysis,
  sentence: AnalyzedSentence,
  trigger: number,
): [Person, Person] | null {
  const tokens = sentence.tokens;
  const lead = tokens.slice(Math.max(0, trigger - 6), trigger);
  const at = lead.findIndex(
    (token, k) => pairWords.has(token.fold) && pairNouns.has(lead[k + 1]?.fold ?? ''),
  );
  if (at < 0) return null;
  const previous = analysis.sentences[sentence.index - 1];
  const people = [
    ...new Set(
      (previous?.refs ?? []).filter((ref) => ref.kind !== 'pronoun').map((ref) => ref.person),
    ),
  ];
  return people.length === 2 && people[0] && people[1] ? [people[0], people[1]] : null;
}

/** People of a later "then with"/"puis avec" in the clause: the same subject met them too. */
function laterWithObjects(
  sentence: AnalyzedSentence,
  from: number,
  known: readonly PersonRef[],
): PersonRef[] {
  const tokens = sentence.tokens;
  for (let i = from; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    if (text === '.' || text === ';') break;
    if (!withWords.has(tokens[i]?.fold ?? '')) continue;
    const lead = tokens.slice(Math.max(from, i - THEN_REACH), i);
    if (!lead.some((token) => thenWords.has(token.fold))) continue;
    return peopleListAfter(sentence, i + 1, triggerWords).filter(
      (ref) => !known.some((other) => other.person === ref.person),
    );
  }
  return [];
}

/** "received the award from President X" is no meeting with X. */
function leadMentionsAward(sentence: AnalyzedSentence, from: number, to: number): boolean {
  return sentence.tokens
    .slice(from, to)
    .some((token) => awardHeads.has(token.fold) || token.fold === 'from');
}

function subjectOf(
  sentence: AnalyzedSentence,
  objects: readonly PersonRef[],
  trigger: number,
  earlierObjects: ReadonlySet<Person> = new Set(),
): Person | null {
  const others = sentence.refs.filter(
    (ref) =>
      !objects.some((object) => object.person === ref.person) && !earlierObjects.has(ref.person),
  );
  const named = others.filter((ref) => ref.kind !== 'pronoun');
  const before = named.filter((ref) => ref.start < trigger);
  // "he met Carney, held talks with Ishiba": a subject pronoun before the verb beats a name
  // after it; "In his discussion with Biden, President Cường …" names its owner after.
  const pronounBefore = others.find(
    (ref) => ref.start < trigger && subjectPronouns.has(sentence.tokens[ref.start]?.fold ?? ''),
  );
  return (before[0] ?? pronounBefore ?? named[0] ?? others[0])?.person ?? null;
}

function groupCountries(sentence: AnalyzedSentence, from: number): string[] {
  for (let i = from; i < Math.min(sentence.tokens.length, from + 4); i++) {
    if (!leaderGroupWords.has(sentence.tokens[i]?.fold ?? '')) continue;
    return countryListAfter(sentence, i + 1);
  }
  return [];
}

export function findMeetings(analysis: ArticleAnalysis): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  for (const sentence of analysis.sentences) {
    const tokens = sentence.tokens;
    // "held talks with A, met with B": B's list shares the subject of A's, not A.
    // "met Yoon and Kishida for a trilateral summit" is one gathering, not two meetings.
    if (!(sentence.cues & CUE.MEETING) || sentence.cues & CUE.MULTILATERAL) continue;
    const earlierObjects = new Set<Person>();
    for (let i = 0; i < tokens.length; i++) {
      const match = matchPhraseAt(tokens, i, triggerIndex);
      if (!match) continue;
      i = match.end - 1;
      if (isUnreal(sentence, match.start, match.end, analysis.french)) continue;
      // "meetings with", "separate meetings with", "rencontres bilatérales avec".
      let from = match.end;
      let withAt = tokens
        .slice(match.end, match.end + WITH_REACH)
        .findIndex((token) => withWords.has(token.fold));
      // "a rencontré M. Modi, avec qui il a évoqué …": the object came first.
      if (sentence.refs.some((ref) => ref.start >= match.end && ref.start < match.end + withAt))
        withAt = -1;
      if (withAt >= 0) from = match.end + withAt + 1;
      const hasWith = withAt >= 0;
      // "hôte de la rencontre, le président …": after an article the trigger is a noun and
      // takes its people only through "with"/"avec".
      // "a courtesy call to X" ends on its preposition: the object follows whatever came before.
      const endsOnPreposition = PREPOSITION_ENDS.has(tokens[match.end - 1]?.fold ?? '');
      const direct =
        match.value.direct &&
        (endsOnPreposition ||
          !(analysis.french ? FRENCH_NOUN_MARKERS : NOUN_MARKERS).has(
            tokens[match.start - 1]?.fold ?? '',
          ));
      const objects =
        hasWith || direct
          ? peopleListAfter(sentence, from, triggerWords, hasWith ? undefined : DIRECT_REACH)
          : [];
      // "X and his counterpart Y … during their talks", "X and Y last met in Paris": the pair
      // joined by "and" before the trigger.
      if (objects.length === 0 && !hasWith) {
        const pair =
          joinedPairBefore(sentence, match.start) ??
          pairNamedBefore(analysis, sentence, match.start);
        if (pair)
          drafts.push({ subject: pair[0], other: pair[1], kind: match.value.kind, sentence });
        continue;
      }
      // "The two leaders held talks on trade": "on" opened no list of people.
      const namedPair =
        objects.length === 0 ? pairNamedBefore(analysis, sentence, match.start) : null;
      if (namedPair) {
        drafts.push({
          subject: namedPair[0],
          other: namedPair[1],
          kind: match.value.kind,
          sentence,
        });
        continue;
      }
      if (objects.length === 0 && hasWith) {
        const codes = groupCountries(sentence, from);
        const subject = subjectOf(sentence, [], match.start);
        if (subject && codes.length > 0) {
          for (const person of analysis.registry.people) {
            const code = countryOf(person);
            if (
              person !== subject &&
              person.titled &&
              code &&
              codes.includes(code) &&
              code !== countryOf(subject)
            ) {
              drafts.push({ subject, other: person, kind: match.value.kind, sentence });
            }
          }
        }
        continue;
      }
      if (!hasWith && objects[0] && leadMentionsAward(sentence, from, objects[0].start)) continue;
      // "… avec M. Trudeau de la guerre au Proche-Orient, puis avec le président sénégalais X".
      const lastObject = objects.at(-1);
      if (lastObject) objects.push(...laterWithObjects(sentence, lastObject.end, objects));
      const subject =
        subjectOf(sentence, objects, match.start, earlierObjects) ?? analysis.protagonist;
      if (!subject) continue;
      for (const object of objects) {
        earlierObjects.add(object.person);
        if (object.person !== subject)
          drafts.push({ subject, other: object.person, kind: match.value.kind, sentence });
      }
    }
  }
  return drafts;
}
