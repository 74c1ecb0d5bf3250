// The people of one article: every spelling of a person gathers on one entry
// ("Luong Cuong", "Cường", "President Cường"; "Boluart" for "Boluarte").
import { nameTokens, type OfficeRole, tokensNearlyEqual } from '@diplomacy-graph/core';
import type { EvidenceRef } from './types.ts';

export type Person = {
  id: number;
  forms: string[];
  /** Folded tokens of each form, kept beside `forms` so lookups do not fold again. */
  formTokens: string[][];
  titles: string[];
  roles: OfficeRole[];
  /** Countries stated with the person's titles, with how often. */
  countries: Map<string, number>;
  /** True once a title (or "counterpart") introduced the person: an office-holder. */
  titled: boolean;
  /** The state is the article's default (agency, dateline), not one the text gave the person. */
  countryGuessed: boolean;
  mentions: number;
  evidence: EvidenceRef[];
};

export type PeopleRegistry = {
  people: Person[];
  /** Answers of findPerson; a new spelling forgets those it may change (see forgetLookupsFitting). */
  lookups: Map<string, Person | null>;
  /**
   * Folded tokens of each name looked up: they never change, so this outlives `lookups`. A small
   * map per article answers faster than the process-wide fold cache.
   */
  nameTokens: Map<string, string[]>;
};

export function createRegistry(people: Person[] = []): PeopleRegistry {
  return { people, lookups: new Map(), nameTokens: new Map() };
}

/** Adds a spelling to a person (and forgets the cached lookups it may change). */
export function addForm(registry: PeopleRegistry, person: Person, form: string): void {
  if (person.forms.includes(form)) return;
  person.forms.push(form);
  forgetLookupsFitting(registry, form);
}

function tokensOf(person: Person): string[][] {
  // Spellings are only ever added: only the new ones are folded.
  for (let k = person.formTokens.length; k < person.forms.length; k++)
    person.formTokens.push(nameTokens(person.forms[k] ?? ''));
  return person.formTokens;
}

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.every((needle) => haystack.includes(needle));
}

function nearlyContainsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.every((needle) => haystack.some((token) => tokensNearlyEqual(token, needle)));
}

/** Whether a spelling's tokens designate the name's under `test`, one inside the other. */
function fits(
  test: typeof containsAll,
  form: readonly string[],
  tokens: readonly string[],
): boolean {
  return test(form, tokens) || (tokens.length > 1 && test(tokens, form));
}

/**
 * A new spelling changes the answer for a name only if it fits the name (its person may become a
 * fit, or the exact fit); every other answer stands. The near test accepts whatever the exact one
 * does. Forgetting only those keeps most answers of an article across the spellings it adds.
 */
function forgetLookupsFitting(registry: PeopleRegistry, form: string): void {
  const formTokens = tokensOfName(registry, form);
  for (const name of registry.lookups.keys())
    if (fits(nearlyContainsAll, formTokens, tokensOfName(registry, name)))
      registry.lookups.delete(name);
}

/**
 * The one person `name` designates: same tokens in any order, all tokens of one inside the other,
 * or the same with one-letter slips in long tokens. Null when none or several fit.
 */
export function findPerson(registry: PeopleRegistry, name: string): Person | null {
  const cached = registry.lookups.get(name);
  if (cached !== undefined) return cached;
  const found = matchPerson(registry, name);
  registry.lookups.set(name, found);
  return found;
}

function tokensOfName(registry: PeopleRegistry, name: string): string[] {
  let tokens = registry.nameTokens.get(name);
  if (tokens === undefined) {
    tokens = nameTokens(name);
    registry.nameTokens.set(name, tokens);
  }
  return tokens;
}

function matchPerson(registry: PeopleRegistry, name: string): Person | null {
  const tokens = tokensOfName(registry, name);
  if (tokens.length === 0) return null;
  for (const test of [containsAll, nearlyContainsAll]) {
    const fitting = registry.people.filter((person) =>
      tokensOf(person).some((form) => fits(test, form, tokens)),
    );
    if (fitting.length === 1) return fitting[0] ?? null;
    if (fitting.length > 1) {
      // "Lương Cường" and "Cường" may both be registered before they merge: the exact form wins.
      const exact = fitting.filter((person) =>
        tokensOf(person).some((form) => form.length === tokens.length && containsAll(form, tokens)),
      );
      return exact.length === 1 ? (exact[0] ?? null) : null;
    }
  }
  return null;
}

/** Records a name with its offices; returns the (possibly merged) person. */
export function registerPerson(
  registry: PeopleRegistry,
  name: string,
  offices: { title: string | null; role: OfficeRole; country: string | null }[],
  titled: boolean,
): Person {
  let person = findPerson(registry, name);
  if (!person) {
    person = {
      id: registry.people.length,
      forms: [],
      formTokens: [],
      titles: [],
      roles: [],
      countries: new Map(),
      titled: false,
      countryGuessed: false,
      mentions: 0,
      evidence: [],
    };
    // No lookup changes before the person has a spelling: addForm forgets those it changes.
    registry.people.push(person);
  }
  addForm(registry, person, name);
  person.titled ||= titled;
  for (const office of offices) {
    if (office.title && !person.titles.includes(office.title)) person.titles.push(office.title);
    if (office.title && !person.roles.includes(office.role)) person.roles.push(office.role);
    if (office.country)
      person.countries.set(office.country, (person.countries.get(office.country) ?? 0) + 1);
  }
  return person;
}

/** How full a spelling is: most tokens, then most diacritics (native spelling). */
function canonicalScore(form: string): number {
  return nameTokens(form).length * 1000 + (form.normalize('NFD').length - form.length);
}

/** The fullest spelling: most tokens, then most diacritics (native spelling). */
// Canonical names by person, remembered with the number of spellings they were chosen from.
const canonicalNames = new WeakMap<Person, { forms: number; name: string }>();

export function canonicalName(person: Person): string {
  const known = canonicalNames.get(person);
  if (known && known.forms === person.forms.length) return known.name;
  const name = [...person.forms].sort((a, b) => canonicalScore(b) - canonicalScore(a))[0] ?? '';
  canonicalNames.set(person, { forms: person.forms.length, name });
  return name;
}

export function countryOf(person: Person): string | null {
  let best: string | null = null;
  let count = 0;
  for (const [code, n] of person.countries) {
    if (n > count) {
      best = code;
      count = n;
    }
  }
  return best;
}

/** Titles without those contained in a longer one ("President" inside "State President"). */
export function distinctTitles(titles: readonly string[]): string[] {
  const folded = titles.map((title) => nameTokens(title));
  return titles.filter((_, i) => {
    const mine = folded[i] ?? [];
    return !folded.some(
      (other, j) => j !== i && other.length > mine.length && containsAll(other, mine),
    );
  });
}
