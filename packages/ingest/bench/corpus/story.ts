// What every paragraph of one article shares: who travels where, for what, and what has been said.
import type { ArticleBuilder, Person } from './article-builder.ts';
import { ROSTER, type RosterCountry } from './country-roster.ts';
import type { EventName } from './event-names.ts';

export type Story = {
  b: ArticleBuilder;
  /** The leader the article follows. */
  protagonist: Person;
  /** The country the protagonist is in, and its leader. */
  host: RosterCountry;
  hostLeader: Person;
  /** The multilateral gathering of the trip, if any, named in the article's language. */
  gathering: EventName | null;
  city: string;
  agency: string;
  year: number;
  /** People the protagonist has met so far (photo captions refer back to them). */
  met: Person[];
  /** Whether talks with the host leader have been written (a press conference follows them). */
  talksHeld: boolean;
  /** Templates already written: an article uses each at most once while others remain. */
  used: Set<Template>;
};

/**
 * The trip starts this many days before publication; every other event of the story falls in the
 * days after it (0 to 4 days before publication), so nothing happens before the arrival.
 */
export const ARRIVAL_DAYS_BEFORE = 5;

/** A paragraph of wire copy that records the facts it states; null when it does not fit the story. */
export type Template = (story: Story) => string | null;

/** A leader of a country other than the protagonist's and the host's. */
export function newForeignLeader(story: Story, leading = true): Person {
  const exclude = new Set([story.protagonist.country.code, story.host.code]);
  const country = story.b.random.pick(ROSTER.filter((c) => !exclude.has(c.code)));
  return story.b.newPerson(country, leading);
}

/** "A, B and C" / "A, B et C". */
export function listPhrase(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
