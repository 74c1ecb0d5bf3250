// Offices for people first named bare: "Emmanuel Macron, Olaf Scholz et Donald Tusk …" then "Le
// président français, le chancelier allemand et le Premier ministre polonais …" (in order), or
// "M. Tusk …" then "Le dirigeant polonais …". A description that fits no office-holder goes to
// the untitled person the story has just named, and makes them one.
import type { TitledPhrase } from './find-titled-people.ts';
import {
  canonicalName,
  type PeopleRegistry,
  type Person,
  registerPerson,
} from './people-registry.ts';
import type { Token } from './tokenize.ts';

const LIST_GAP = new Set([',', 'and', 'et']);

function statesCountry(phrase: TitledPhrase): boolean {
  return (
    !phrase.name &&
    !phrase.plural &&
    !phrase.indefinite &&
    phrase.items.some((item) => item.country)
  );
}

/** Whether the phrases follow one another joined only by "," and "and"/"et" (and articles). */
function formsList(tokens: readonly Token[], phrases: readonly TitledPhrase[]): boolean {
  for (let k = 1; k < phrases.length; k++) {
    const gap = tokens.slice(phrases[k - 1]?.end ?? 0, phrases[k]?.start ?? 0);
    const words = gap.filter((token) => !LIST_GAP.has(token.word ? token.fold : token.text));
    if (words.length > 1 || (words[0] && !['le', 'la', 'l', 'the'].includes(words[0].fold)))
      return false;
  }
  return true;
}

function giveOffices(registry: PeopleRegistry, person: Person, phrase: TitledPhrase): void {
  const offices = phrase.items.map((item) => ({
    title: item.generic ? null : item.title,
    role: item.role,
    country: item.country,
  }));
  registerPerson(registry, canonicalName(person), offices, true);
}

/**
 * Matches the unresolved descriptions of a sentence with the untitled people named just before
 * (`recent`, in reading order). Returns the person each description now designates.
 */
export function describeUntitledPeople(
  registry: PeopleRegistry,
  tokens: readonly Token[],
  descriptions: readonly TitledPhrase[],
  recent: readonly Person[],
): Map<TitledPhrase, Person> {
  const resolved = new Map<TitledPhrase, Person>();
  const withCountry = descriptions.filter(statesCountry);
  const untitled = [
    ...new Set(recent.filter((person) => !person.titled && person.countries.size === 0)),
  ];
  if (withCountry.length === 0 || untitled.length !== withCountry.length) return resolved;
  if (withCountry.length > 1 && !formsList(tokens, withCountry)) return resolved;
  withCountry.forEach((phrase, k) => {
    const person = untitled[k];
    if (!person) return;
    giveOffices(registry, person, phrase);
    resolved.set(phrase, person);
  });
  return resolved;
}
