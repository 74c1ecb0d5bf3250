// Reads an article sentence by sentence: titled people, names, descriptions, pronouns, dates and
// places, all resolved to the article's people. Event rules work on this analysis.
import {
  findCity,
  isoDay,
  nameTokens,
  type OfficeRole,
  weekdayNumbers,
  weekdayOf,
} from '@diplomacy-graph/core';
import { agencyCountries } from '../load/agencies.ts';
import type { LoadedArticle } from '../load/types.ts';
import { type Annotations, annotate } from './annotate.ts';
import { describeUntitledPeople } from './describe-untitled-people.ts';
import { findBareNames } from './find-bare-names.ts';
import { articleYear, type DateContext, type DateMention, findDates } from './find-dates.ts';
import { findNationalityNames } from './find-nationality-names.ts';
import { readTitledPhrase, type TitledPhrase, type TitleItem } from './find-titled-people.ts';
import { visitWords } from './lexicon/event-words.ts';
import { possessivePronouns, subjectPronouns } from './lexicon/grammar-words.ts';
import {
  addForm,
  canonicalName,
  countryOf,
  createRegistry,
  findPerson,
  type PeopleRegistry,
  type Person,
  registerPerson,
} from './people-registry.ts';
import { readName } from './read-name.ts';
import { type Sentence, segmentSentences } from './segment-sentences.ts';
import { type Token, tokenize } from './tokenize.ts';
import type { EvidenceRef } from './types.ts';
import { CUE, cuesOfTokens } from './word-cues.ts';

export type PersonRef = {
  start: number;
  end: number;
  person: Person;
  kind: 'name' | 'description' | 'pronoun';
  /** Followed by "'s" or a possessive pronoun ("his visit"). */
  possessive: boolean;
  titled: boolean;
};

export type AnalyzedSentence = Sentence & {
  index: number;
  notes: Annotations;
  phrases: TitledPhrase[];
  /** The cue bits of its words (see CUE): rules skip sentences without their cues. */
  cues: number;
  refs: PersonRef[];
  dates: DateMention[];
  /** City named in the sentence ("in Lima", "at … Airport in Lima"), or last named before it in its paragraph. */
  place: string | null;
  evidence: EvidenceRef;
};

export type ArticleAnalysis = {
  article: LoadedArticle;
  french: boolean;
  sentences: AnalyzedSentence[];
  registry: PeopleRegistry;
  protagonist: Person | null;
  homeCountry: string | null;
  /** How often the article names each state (names and demonyms). */
  countryMentions: ReadonlyMap<string, number>;
  hostCountry: string | null;
  defaultPlace: string | null;
  dateContext: DateContext;
};

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'a', 'au', 'aux', 'en', 'to']);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
const OWNER_PRONOUNS = new Set(['his', 'her', 'sa', 'son']);

function findPhrases(
  tokens: readonly Token[],
  notes: Annotations,
  french: boolean,
  text: string,
): TitledPhrase[] {
  const phrases: TitledPhrase[] = [];
  // A phrase needs a title at or after its first token: none starts past the last title.
  let lastTitle = -1;
  for (let i = 0; i < tokens.length; i++) if (notes.titleAt[i]) lastTitle = i;
  for (let i = 0; i <= lastTitle; i++) {
    if (!(notes.titleAt[i] || notes.countryAt[i] || notes.cityAt[i] || tokens[i]?.cap)) continue;
    const phrase = readTitledPhrase(tokens, notes, i, french, text);
    if (!phrase) continue;
    phrases.push(phrase);
    i = phrase.end - 1;
  }
  return phrases;
}

function sentencePlace(tokens: readonly Token[], notes: Annotations): string | null {
  for (let i = 1; i < tokens.length; i++) {
    const city = notes.cityAt[i];
    if (city && PLACE_PREPOSITIONS.has(tokens[i - 1]?.fold ?? '')) return city.name;
  }
  return null;
}

/** Countries the article's visits go to ("visit to Peru", "visite officielle au Pérou"), with how often. */
function visitDestinations(sentences: readonly AnalyzedSentence[]): Map<string, number> {
  const codes = new Map<string, number>();
  const add = (code: string) => codes.set(code, (codes.get(code) ?? 0) + 1);
  for (const { tokens, notes, cues } of sentences) {
    if (!(cues & CUE.VISIT_NOUN)) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (!visitWords.has(tokens[i]?.fold ?? '')) continue;
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
        const place = notes.countryAt[j]?.code ?? notes.cityAt[j]?.countryCode;
        if (place && PLACE_PREPOSITIONS.has(tokens[j - 1]?.fold ?? '')) add(place);
      }
      const before = notes.countryAt[i - 1];
      if (before && !before.demonym) add(before.code);
    }
  }
  return codes;
}

function countMentions(sentences: readonly { notes: Annotations }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const span of sentence.notes.countryAt)
      if (span) counts.set(span.code, (counts.get(span.code) ?? 0) + 1);
  }
  return counts;
}

function mostCommon<T>(counts: Map<T, number>): T | null {
  let best: T | null = null;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function holdsOffice(person: Person, office: TitleItem): boolean {
  return (
    person.roles.includes(office.role) ||
    person.titles.some((title) => title.toLowerCase().includes((office.title ?? '').toLowerCase()))
  );
}

/**
 * "the first visit by an Indian Prime Minister to Ghana", "le président ghanéen a reçu …": an
 * office described with its state is held by the one holder of that office whose state was only
 * the article's default, unless the text already names someone of that state.
 */
function settleDescribedCountries(
  registry: PeopleRegistry,
  raw: readonly AnalyzedSentence[],
): void {
  for (const sentence of raw) {
    for (const phrase of sentence.phrases) {
      if (phrase.name || phrase.plural) continue;
      const office = phrase.items.find((item) => item.country && !item.generic);
      const country = office?.country;
      if (!office || !country) continue;
      // "le chef de la diplomatie française" after "le ministre français … Stéphane Séjourné".
      if (registry.people.some((person) => !person.countryGuessed && countryOf(person) === country))
        continue;
      const holders = registry.people.filter(
        (person) => person.titled && holdsOffice(person, office),
      );
      const guessed = holders.filter((person) => person.countryGuessed);
      const [holder] = guessed;
      if (guessed.length !== 1 || !holder || countryOf(holder) === country) continue;
      holder.countries = new Map([[country, 1]]);
      holder.countryGuessed = false;
    }
  }
}

/** "the Vietnamese leader", "the host leader", "le chef de l'État": the one leader it fits. */
function resolveDescription(
  phrase: TitledPhrase,
  analysis: Pick<ArticleAnalysis, 'registry' | 'protagonist' | 'hostCountry'>,
  hostWord: boolean,
): Person | null {
  if (phrase.indefinite || phrase.plural) return null;
  const country = hostWord
    ? analysis.hostCountry
    : (phrase.items.find((item) => item.country)?.country ?? null);
  const offices = phrase.items.filter((item) => !item.generic);
  // "the diplomat" narrows to envoys; "the leader" or "counterpart" to no office in particular.
  const hinted = phrase.items
    .filter((item) => item.generic && item.role !== 'OTHER')
    .map((item) => item.role);
  const leaders = analysis.registry.people.filter((person) => person.titled);
  const fits = leaders.filter((person) => {
    if (country && countryOf(person) !== country) return false;
    if (hinted.length > 0 && !hinted.some((role) => person.roles.includes(role))) return false;
    return offices.every((office) => holdsOffice(person, office));
  });
  if (fits.length === 1) return fits[0] ?? null;
  // "le chef de la diplomatie chinoise" in Xinhua copy: the one the text called Chinese, not
  // the foreign minister whose state was only the agency's default.
  const stated =
    country && offices.length > 0 ? fits.filter((person) => !person.countryGuessed) : [];
  if (stated.length === 1) return stated[0] ?? null;
  if (analysis.protagonist && fits.includes(analysis.protagonist)) return analysis.protagonist;
  return null;
}

/** Each sentence is built once, with what it says alone; resolveReferences adds its people and dates. */
function readSentences(article: LoadedArticle, french: boolean): AnalyzedSentence[] {
  const text = article.text;
  const raw: AnalyzedSentence[] = [];
  for (const unit of article.units) {
    // "In Hanoi on Thursday, Iwaya sat down with … Iwaya later met …": a paragraph's sentences
    // happen where it last said, until it names another city.
    let paragraphPlace: string | null = null;
    for (const { start, end, tokens, caption } of segmentSentences(
      tokenize(text, unit.start, unit.end),
      unit.kind === 'caption',
    )) {
      const notes = annotate(tokens);
      const place = sentencePlace(tokens, notes);
      if (unit.kind === 'body') paragraphPlace = place ?? paragraphPlace;
      raw.push({
        start,
        end,
        tokens,
        caption,
        index: raw.length,
        notes,
        phrases: findPhrases(tokens, notes, french, text),
        cues: cuesOfTokens(tokens),
        refs: [],
        dates: [],
        place: unit.kind === 'body' ? paragraphPlace : place,
        evidence: { start, end, quote: text.slice(start, end) },
      });
    }
  }
  return raw;
}

/**
 * "ABUJA, 11 janvier (Xinhua) --": wire copy dates itself by its dateline, in the story's year.
 * The year is a guess from the years the text states, so a weekday in the lead must agree with it
 * ("VIENTIANE, Oct 9 (Reuters) - … gathered on Wednesday": 2024, where a 2025 plan was named);
 * a neighbouring year that agrees wins, none leaves the story undated.
 */
function datelineDate(
  article: LoadedArticle,
  raw: readonly AnalyzedSentence[],
  year: number | null,
): string | null {
  const day = article.datelineDay;
  if (!day || year === null) return null;
  const body = article.units.find((unit) => unit.kind === 'body');
  const lead = raw.find((sentence) => sentence.start >= (body?.start ?? 0));
  const weekdays = new Set(
    (lead?.tokens ?? []).flatMap((token) => {
      const weekday = weekdayNumbers.get(token.fold);
      return weekday === undefined ? [] : [weekday];
    }),
  );
  for (const candidate of weekdays.size === 0 ? [year] : [year, year - 1, year + 1]) {
    const date = isoDay(candidate, day.month, day.day);
    if (date && (weekdays.size === 0 || weekdays.has(weekdayOf(date)))) return date;
  }
  return null;
}

/** Pass 1: people introduced by their titles, so later bare names and descriptions can resolve. */
function registerTitledPeople(registry: PeopleRegistry, raw: readonly AnalyzedSentence[]): void {
  for (const sentence of raw) {
    for (const [index, phrase] of sentence.phrases.entries()) {
      if (!phrase.name || phrase.plural) continue;
      const shared = sharedCountry(sentence, index) ?? ownersCountry(sentence, index);
      const offices = phrase.items.map((item) => ({
        title: item.title,
        role: item.role,
        country: item.country ?? shared,
      }));
      registerPerson(
        registry,
        phrase.name.text,
        [...offices, ...counterpartOffices(sentence.phrases, index)],
        true,
      );
    }
  }
}

/** "le Nigérian Bola Tinubu", "Hungary's Viktor Orbán": a state named with the person. */
function registerNationalityNames(
  registry: PeopleRegistry,
  raw: readonly AnalyzedSentence[],
  text: string,
): void {
  for (const sentence of raw) {
    for (const found of findNationalityNames(sentence.tokens, sentence.notes, text)) {
      const known = findPerson(registry, found.name);
      if (known) known.countries.set(found.country, (known.countries.get(found.country) ?? 0) + 1);
      // A full name only: a single capitalised word after "Russia's" may be a company.
      else if (nameTokens(found.name).length >= 2)
        registerPerson(
          registry,
          found.name,
          [{ title: null, role: 'OTHER', country: found.country }],
          true,
        );
    }
  }
}

/** People named with no office, who act in the story: known to the events, not (yet) leaders. */
function registerBareNames(
  registry: PeopleRegistry,
  raw: readonly AnalyzedSentence[],
  text: string,
): void {
  for (const sentence of raw) {
    const covered = new Array<boolean>(sentence.tokens.length).fill(false);
    for (const phrase of sentence.phrases) covered.fill(true, phrase.start, phrase.end);
    for (const bare of findBareNames(sentence.tokens, sentence.notes, covered, text))
      if (!findPerson(registry, bare.name)) registerPerson(registry, bare.name, [], false);
  }
}

/** Pass 2: every reference to a person, in reading order, so pronouns follow the story's focus. */
function resolveReferences(analysis: ArticleAnalysis, raw: readonly AnalyzedSentence[]): void {
  const { registry, dateContext, french } = analysis;
  let focus: Person | null = null;
  const refsBySentence: PersonRef[][] = raw.map((sentence) => collectNameRefs(sentence, analysis));
  for (const refs of refsBySentence) for (const ref of refs) ref.person.mentions++;
  analysis.protagonist =
    [...registry.people].filter((p) => p.titled).sort((a, b) => b.mentions - a.mentions)[0] ?? null;
  for (const sentence of raw) {
    const refs = addContextRefs(sentence, analysis, refsBySentence[sentence.index] ?? [], focus);
    const subject = refs.find((ref) => ref.kind !== 'pronoun' || ref.start === 0) ?? refs[0];
    if (subject) focus = subject.person;
    sentence.refs = refs;
    sentence.dates = findDates(sentence.tokens, dateContext, french);
    analysis.sentences.push(sentence);
  }
}

// The analysis in steps of their own: one function holding every loop ran as a single long
// optimized (on-stack replaced) body that V8 threw away again and again on a new object shape.
export function analyzeArticle(article: LoadedArticle): ArticleAnalysis {
  const french = article.language === 'fr';
  const registry = createRegistry();
  const raw = readSentences(article, french);
  registerTitledPeople(registry, raw);
  registerNationalityNames(registry, raw, article.text);
  registerBareNames(registry, raw, article.text);
  // Merge people registered separately before their full name appeared ("Cường" then "Lương Cường").
  mergeShortForms(registry);

  const countryMentions = countMentions(raw);
  const agencyCountry = article.sourceAgency
    ? (agencyCountries[article.sourceAgency] ?? null)
    : null;
  const datelineCountry = article.dateline
    ? (findCity(article.dateline)?.countryCode ?? null)
    : null;
  const destinations = visitDestinations(raw);
  // Offices without a stated country belong to the agency's state, else to the dateline's, else
  // to the state the story's visits go to: a visitor is introduced by nationality ("le souverain
  // britannique"), the host's own officials by their office alone ("la première ministre").
  const homeCountry =
    agencyCountry ?? datelineCountry ?? mostCommon(destinations) ?? mostCommon(countryMentions);
  for (const person of registry.people) {
    // People named without any office stay without a state until a description gives one.
    if (person.countries.size === 0 && person.titled && homeCountry) {
      person.countries.set(homeCountry, 0.5);
      person.countryGuessed = true;
    }
  }
  settleDescribedCountries(registry, raw);
  const datelineCity = article.dateline ? findCity(article.dateline) : undefined;
  const cityCounts = new Map<string, number>();
  for (const sentence of raw)
    for (const city of sentence.notes.cityAt)
      if (city) cityCounts.set(city.name, (cityCounts.get(city.name) ?? 0) + 1);
  const abroadCities = new Map(
    [...cityCounts].filter(([name]) => findCity(name)?.countryCode !== homeCountry),
  );
  // A dateline abroad puts the reporter where things happen. A dateline at home does too, unless
  // the story is about visits abroad ("HÀ NỘI — … his official visits to Chile and Peru").
  let defaultPlace: string | null = null;
  // With neither agency nor dateline, the home default is the state visited: things happen there.
  const homeVisited = !agencyCountry && !datelineCountry && destinations.has(homeCountry ?? '');
  if (datelineCity && datelineCity.countryCode !== homeCountry) defaultPlace = datelineCity.name;
  else if (!datelineCity) {
    const visitedCities = homeVisited
      ? new Map([...cityCounts].filter(([name]) => !abroadCities.has(name)))
      : new Map<string, number>();
    defaultPlace = mostCommon(visitedCities) ?? mostCommon(abroadCities);
  } else if (destinations.size === 0 || destinations.has(datelineCity.countryCode))
    defaultPlace = datelineCity.name;
  const hostCountry =
    datelineCity?.countryCode ??
    (defaultPlace ? (findCity(defaultPlace)?.countryCode ?? null) : null);
  const year = articleYear(
    article.published,
    raw.map((sentence) => sentence.tokens),
  );
  const dateContext: DateContext = {
    published: article.published ?? datelineDate(article, raw, year),
    year,
  };

  const analysis: ArticleAnalysis = {
    article,
    french,
    sentences: [],
    registry,
    protagonist: null,
    homeCountry,
    countryMentions,
    hostCountry,
    defaultPlace,
    dateContext,
  };
  resolveReferences(analysis, raw);
  return analysis;
}

/**
 * "Indonesian Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin": the country
 * before a pair of titled people joined by "and" serves both.
 */
function sharedCountry(
  sentence: { tokens: readonly Token[]; phrases: TitledPhrase[] },
  index: number,
): string | null {
  const phrase = sentence.phrases[index];
  const previous = sentence.phrases[index - 1];
  if (!phrase || !previous?.name || phrase.items.some((item) => item.country)) return null;
  const gap = sentence.tokens.slice(previous.end, phrase.start);
  if (gap.length !== 1 || !['and', 'et'].includes(gap[0]?.fold ?? '')) return null;
  return previous.items.find((item) => item.country)?.country ?? null;
}

/**
 * "Le président congolais Félix Tshisekedi s'était fait représenter par sa première ministre,
 * Judith Suminwa": an office owned by "his/her/sa/son" serves the state of the titled person
 * named before it in the sentence.
 */
function ownersCountry(
  sentence: { tokens: readonly Token[]; phrases: TitledPhrase[] },
  index: number,
): string | null {
  const phrase = sentence.phrases[index];
  if (!phrase || phrase.items.some((item) => item.country || item.generic)) return null;
  if (!OWNER_PRONOUNS.has(sentence.tokens[phrase.start - 1]?.fold ?? '')) return null;
  const owner = sentence.phrases
    .slice(0, index)
    .findLast((other) => other.name && other.items.some((item) => item.country));
  return owner?.items.find((item) => item.country)?.country ?? null;
}

/**
 * "French President Macron spoke with his Ukrainian counterpart Zelensky": a counterpart holds the
 * same office as the person named before, in their own country.
 */
function counterpartOffices(
  phrases: readonly TitledPhrase[],
  index: number,
): { title: string | null; role: OfficeRole; country: string | null }[] {
  const phrase = phrases[index];
  if (
    !phrase ||
    phrase.items.some((item) => !item.generic) ||
    !phrase.items.some((item) => item.title === null && item.role === 'OTHER')
  )
    return [];
  const previous = phrases
    .slice(0, index)
    .findLast((other) => other.name && other.items.some((item) => !item.generic));
  return (previous?.items ?? [])
    .filter((item) => !item.generic)
    .map((item) => ({ title: item.title, role: item.role, country: null }));
}

function mergeShortForms(registry: PeopleRegistry): void {
  for (const short of [...registry.people]) {
    const others = registry.people.filter((person) => person !== short);
    const into = findPerson(createRegistry(others), canonicalName(short));
    if (!into) continue;
    for (const form of short.forms) if (!into.forms.includes(form)) into.forms.push(form);
    for (const title of short.titles) if (!into.titles.includes(title)) into.titles.push(title);
    for (const role of short.roles) if (!into.roles.includes(role)) into.roles.push(role);
    for (const [code, n] of short.countries)
      into.countries.set(code, (into.countries.get(code) ?? 0) + n);
    into.titled ||= short.titled;
    registry.people.splice(registry.people.indexOf(short), 1);
    registry.lookups.clear();
  }
  registry.people.forEach((person, id) => {
    person.id = id;
  });
}

/** Followed by "'s" (a module function: tsx names every closure it creates, which costs per call). */
function isPossessiveAt(tokens: readonly Token[], end: number): boolean {
  return POSSESSIVE_MARKS.has(tokens[end]?.text ?? '');
}

/** People named in a sentence: titled names and bare names of known people. */
function collectNameRefs(sentence: AnalyzedSentence, analysis: ArticleAnalysis): PersonRef[] {
  const { tokens, notes, phrases } = sentence;
  const refs: PersonRef[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const phrase of phrases) {
    for (let i = phrase.start; i < phrase.end; i++) covered[i] = true;
    const person = phrase.name ? findPerson(analysis.registry, phrase.name.text) : null;
    if (person) {
      refs.push({
        start: phrase.start,
        end: phrase.end,
        person,
        kind: 'name',
        possessive: isPossessiveAt(tokens, phrase.end),
        titled: true,
      });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const name = readName(tokens, notes, i);
    if (!name) continue;
    const nameText = tokens
      .slice(name.start, name.end)
      .map((t) => t.text)
      .join(' ');
    const person = findPerson(analysis.registry, nameText);
    if (person) {
      addForm(analysis.registry, person, nameText);
      refs.push({
        start: name.start,
        end: name.end,
        person,
        kind: 'name',
        possessive: isPossessiveAt(tokens, name.end),
        titled: false,
      });
    }
    i = name.end - 1;
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Adds what only the story so far resolves: descriptions ("the host leader") and pronouns. */
function addContextRefs(
  sentence: AnalyzedSentence,
  analysis: ArticleAnalysis,
  nameRefs: PersonRef[],
  focus: Person | null,
): PersonRef[] {
  const { tokens, phrases } = sentence;
  const refs = [...nameRefs];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const ref of nameRefs) for (let i = ref.start; i < ref.end; i++) covered[i] = true;
  const unresolved: TitledPhrase[] = [];
  const described = new Map<TitledPhrase, Person>();
  for (const phrase of phrases) {
    if (phrase.name) continue;
    const hostWord = tokens.slice(phrase.start, phrase.end).some((token) => token.fold === 'host');
    const person = resolveDescription(phrase, analysis, hostWord);
    if (person) described.set(phrase, person);
    else unresolved.push(phrase);
  }
  // Untitled people named in the sentence before, or earlier in this one, may be the described
  // (most sentences leave no description unresolved).
  if (unresolved.length > 0) {
    const recent = [
      ...(analysis.sentences.at(-1)?.refs ?? []),
      ...nameRefs.filter((ref) => ref.start < (unresolved[0]?.start ?? 0)),
    ]
      .filter((ref) => ref.kind === 'name')
      .map((ref) => ref.person);
    for (const [phrase, person] of describeUntitledPeople(
      analysis.registry,
      tokens,
      unresolved,
      recent,
    ))
      described.set(phrase, person);
  }
  for (const phrase of phrases) {
    for (let i = phrase.start; i < phrase.end; i++) covered[i] = true;
    const person = described.get(phrase);
    if (person) {
      refs.push({
        start: phrase.start,
        end: phrase.end,
        person,
        kind: 'description',
        possessive: isPossessiveAt(tokens, phrase.end),
        titled: true,
      });
    }
  }
  refs.sort((a, b) => a.start - b.start);
  if (!(sentence.cues & CUE.PRONOUN)) return refs;
  const pronouns: PersonRef[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || covered[i]) continue;
    const isSubjectPronoun =
      subjectPronouns.has(token.fold) && (token.cap || tokens[i - 1]?.text === ',');
    const isPossessive =
      possessivePronouns.has(token.fold) &&
      token.fold !== 'their' &&
      token.fold !== 'leur' &&
      token.fold !== 'leurs';
    if (!isSubjectPronoun && !isPossessive) continue;
    const person = isPossessive
      ? (refs.filter((ref) => ref.start < i).at(-1)?.person ?? focus)
      : focus;
    if (person)
      pronouns.push({
        start: i,
        end: i + 1,
        person,
        kind: 'pronoun',
        possessive: isPossessive,
        titled: false,
      });
  }
  return [...refs, ...pronouns].sort((a, b) => a.start - b.start);
}
