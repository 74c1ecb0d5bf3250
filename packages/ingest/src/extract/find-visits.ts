// Visits: "paid an official visit to Peru", "his official visits to Chile and Peru", "Xi's visit to
// Việt Nam in December 2023", "Tô Lâm's China visit", "visite officielle au Pérou", "the visiting
// leader". Invitations to visit and planned visits are not visits.
import type { AnalyzedSentence, ArticleAnalysis } from './analyze-article.ts';
import type { DateMention } from './find-dates.ts';
import { isUnreal } from './find-meetings.ts';
import {
  invitationWords,
  relativePronouns,
  routeWords,
  travelWords,
  visitKindWords,
  visitVerbs,
  visitWords,
} from './lexicon/event-words.ts';
import { countryListAfter } from './list-grammar.ts';
import { countryOf, type Person } from './people-registry.ts';
import type { ExtractedVisit } from './types.ts';
import { CUE } from './word-cues.ts';

export type VisitDraft = {
  visitor: Person;
  country: string;
  kind: ExtractedVisit['kind'];
  date: DateMention | null;
  sentence: AnalyzedSentence;
};

const DESTINATION_WORDS = new Set(['to', 'in', 'au', 'aux', 'en', 'a', 'of']);
const OWNER_WORDS = new Set(['their', 'leur', 'leurs', 'his', 'her', 'son', 'sa', 'ses']);
const LOOKBACK = 5;
// "the visit to Japan by Chairman X", "la visite au Pérou du président X".
const VISITOR_MARKERS = new Set(['du', 'of', 'de', 'by', 'par']);
const AGENT_MARKERS = new Set(['by', 'par']);
const TRAVEL_LOOKBACK = 16;
const TRAVEL_REACH = 4;
const PLACE_JOINS = new Set(['and', 'et', ',', 'a', 'au', 'aux', 'en', 'in', 'to']);

/** Countries of the places listed from `at`: "Tokyo and Osaka", "à Paris et à Berlin", "Peru". */
function placesAfter(sentence: AnalyzedSentence, at: number): string[] {
  const codes: string[] = [];
  let i = at;
  while (i < sentence.tokens.length) {
    const country = sentence.notes.countryAt[i];
    const city = sentence.notes.cityAt[i];
    const code = country && !country.demonym ? country.code : city?.countryCode;
    if (code) {
      if (!codes.includes(code)) codes.push(code);
      i = (country && !country.demonym ? country.end : city?.end) ?? i + 1;
      continue;
    }
    const token = sentence.tokens[i];
    if (!token || !PLACE_JOINS.has(token.word ? token.fold : token.text)) break;
    i++;
  }
  return codes;
}

/** The places shortly after the verb at `verbAt` ("arrived in Tokyo", "took him to X"), before `limit`. */
function placesAfterVerb(sentence: AnalyzedSentence, verbAt: number, limit: number): string[] {
  for (let j = verbAt + 1; j <= verbAt + TRAVEL_REACH && j < limit; j++) {
    const places = placesAfter(sentence, j);
    if (places.length > 0) return places;
  }
  return [];
}

/** The places after a travel verb shortly before the visit word ("arrived in Tokyo for a visit"). */
function travelDestination(sentence: AnalyzedSentence, visitAt: number): string[] {
  for (let k = visitAt - 1; k >= Math.max(0, visitAt - TRAVEL_LOOKBACK); k--)
    if (travelWords.has(sentence.tokens[k]?.fold ?? ''))
      return placesAfterVerb(sentence, k, visitAt);
  return [];
}
const DATE_REACH = 8;
const ROUTE_REACH = 12;

/** The stops a route verb after the visit word lists: "a tour …, which took him to X and Y". */
function routeStops(sentence: AnalyzedSentence, visitAt: number): string[] {
  const tokens = sentence.tokens;
  for (let k = visitAt + 1; k < Math.min(tokens.length, visitAt + ROUTE_REACH); k++) {
    if (tokens[k]?.text === '.' || tokens[k]?.text === ';') return [];
    if (routeWords.has(tokens[k]?.fold ?? '')) return placesAfterVerb(sentence, k, tokens.length);
  }
  return [];
}

function visitorBefore(sentence: AnalyzedSentence, at: number): Person | null {
  // "Xi's (successful) visit", "Tô Lâm's China visit": a possessive just before.
  const possessive = sentence.refs
    .filter(
      (ref) =>
        ref.possessive && ref.end <= at && at - ref.end <= LOOKBACK && ref.kind !== 'pronoun',
    )
    .at(-1);
  if (possessive) return possessive.person;
  // "Yoon, who is on a state visit to Kazakhstan": the person the clause hangs on.
  for (let i = at - 1; i >= Math.max(0, at - LOOKBACK); i--) {
    if (!relativePronouns.has(sentence.tokens[i]?.fold ?? '')) continue;
    const antecedent = sentence.refs.filter((ref) => ref.end <= i && ref.kind !== 'pronoun').at(-1);
    if (antecedent && antecedent.end >= i - 1) return antecedent.person;
  }
  // "his/their official visit": the nearest person before it.
  for (let i = at - 1; i >= Math.max(0, at - LOOKBACK); i--) {
    if (OWNER_WORDS.has(sentence.tokens[i]?.fold ?? '')) {
      return (
        sentence.refs.filter((ref) => ref.end <= i && ref.kind !== 'pronoun').at(-1)?.person ??
        sentence.refs.find((ref) => ref.start === i)?.person ??
        null
      );
    }
  }
  return null;
}

function isUnrealVisit(sentence: AnalyzedSentence, at: number, french: boolean): boolean {
  for (let i = Math.max(0, at - 8); i < at; i++) {
    if (invitationWords.has(sentence.tokens[i]?.fold ?? '')) return true;
  }
  return isUnreal(sentence, at, at + 1, french);
}

export function findVisits(analysis: ArticleAnalysis): VisitDraft[] {
  const drafts: VisitDraft[] = [];
  for (const sentence of analysis.sentences) {
    if (!(sentence.cues & CUE.VISIT)) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const visiting = token?.fold === 'visiting' && !token.cap;
      const verb = token !== undefined && visitVerbs.has(token.fold);
      if (!token || !(visitWords.has(token.fold) || visiting || verb)) continue;
      if (isUnrealVisit(sentence, i, analysis.french)) continue;
      let kind: ExtractedVisit['kind'] = 'OTHER';
      for (let k = Math.max(0, i - 2); k <= i + 3 && k < tokens.length; k++)
        kind = visitKindWords.get(tokens[k]?.fold ?? '') ?? kind;
      // Destination: "to Chile and Peru", "au Pérou", or a country just before ("China visit").
      let j = i + 1;
      while (j < tokens.length && j <= i + 4 && !DESTINATION_WORDS.has(tokens[j]?.fold ?? '')) j++;
      let countries = j <= i + 4 ? countryListAfter(sentence, j + 1, 8) : [];
      // "his visit to Kyiv": a city names its country.
      const city = j <= i + 4 ? sentence.notes.cityAt[j + 1] : undefined;
      if (countries.length === 0 && city) countries = [city.countryCode];
      // "visited Japan", "toured Tokyo and Osaka": the object is the destination.
      if (countries.length === 0 && verb) countries = placesAfter(sentence, i + 1);
      // "arrivé jeudi en France pour une visite officielle": the travel verb names it.
      if (countries.length === 0) countries = travelDestination(sentence, i);
      if (countries.length === 0 && visitWords.has(token.fold)) countries = routeStops(sentence, i);
      const before = sentence.notes.countryAt.findLast(
        (span) => span !== undefined && span.end === i && !span.demonym,
      );
      if (before) countries = [before.code];
      if (
        countries.length === 0 &&
        analysis.hostCountry &&
        (visiting ||
          tokens[i - 1]?.fold === 'this' ||
          tokens[i - 1]?.fold === 'the' ||
          tokens[i - 1]?.fold === 'cette')
      ) {
        countries = [analysis.hostCountry];
      }
      if (countries.length === 0) continue;
      // "la visite officielle au Pérou du président Luong Cuong", "the visit to Japan by X": the
      // visitor after the destination; "by" names them even after another's possessive.
      const after = sentence.refs.find(
        (ref) =>
          ref.start > i &&
          ref.start <= j + 6 &&
          VISITOR_MARKERS.has(tokens[ref.start - 1]?.fold ?? '') &&
          // "at the invitation of Sheikh Ahmad": the host who invited.
          !invitationWords.has(tokens[ref.start - 2]?.fold ?? '') &&
          ref.kind !== 'pronoun',
      );
      // "the visit to Japan by X", not "X, who is on a visit to Kazakhstan, was received by Y".
      const agent =
        AGENT_MARKERS.has(tokens[(after?.start ?? 0) - 1]?.fold ?? '') &&
        !tokens.slice(i, after?.start ?? i).some((t) => t.text === ',');
      let visitor = agent ? (after?.person ?? null) : null;
      visitor ??= visitorBefore(sentence, before ? before.start : i);
      visitor ??= after?.person ?? null;
      if (visiting)
        visitor = sentence.refs.find((ref) => ref.start > i && ref.start <= i + 4)?.person ?? null;
      const existing = drafts.find((draft) => countries.includes(draft.country));
      visitor ??=
        sentence.refs.findLast((ref) => ref.start < i && ref.kind !== 'pronoun')?.person ??
        existing?.visitor ??
        sentence.refs[0]?.person ??
        analysis.protagonist;
      if (!visitor) continue;
      const date =
        sentence.dates.find((mention) => mention.start > i && mention.start - i <= DATE_REACH) ??
        null;
      for (const country of countries) {
        // A visitor whose state was only a guess may be from elsewhere: settleGuessedCountries decides.
        if (country === countryOf(visitor) && !visitor.countryGuessed) continue;
        drafts.push({ visitor, country, kind, date, sentence });
      }
    }
  }
  return drafts;
}
