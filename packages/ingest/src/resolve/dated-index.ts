// Clusters listed under lookup keys, found in the order they took each key, skipping those whose
// date cannot fit: a common word ("apec", "celac") lists hundreds of gatherings, most of them on
// other days.
import type { ExtractedDate } from '../extract/types.ts';
import { monthsOf } from './event-dates.ts';

/** What the index lists: `lastLookup` lets one lookup try each entry once without a Set. */
export type Indexed = { lastLookup: number };

type Listing<T> = {
  entries: T[];
  /** Positions in `entries` of the entries whose date fits any month (unknown, or very long). */
  anyMonth: number[];
  /** Positions in `entries` by the months their date touches. */
  byMonth: Map<number, number[]>;
};

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else list.push(position);
}

/** Entries by key, each with the date (its anchor) that decides which dates can join it. */
export class DatedIndex<T extends Indexed> {
  readonly #listings = new Map<string, Listing<T>>();
  #lookup = 0;

  /** Lists an entry under a key (once: the caller keeps track). */
  add(key: string, entry: T, anchor: ExtractedDate | null): void {
    let listing = this.#listings.get(key);
    if (listing === undefined) {
      listing = { entries: [], anyMonth: [], byMonth: new Map() };
      this.#listings.set(key, listing);
    }
    const position = listing.entries.push(entry) - 1;
    const months = anchor ? monthsOf(anchor) : null;
    if (months === null) listing.anyMonth.push(position);
    else for (const month of months) pushTo(listing.byMonth, month, position);
  }

  /**
   * The first entry that `fits`, trying the entries of each key in turn in the order they took it
   * and skipping those listed only under months that `date` does not touch (they cannot fit it).
   */
  firstFitting(
    keys: readonly string[],
    date: ExtractedDate | null,
    fits: (entry: T) => boolean,
  ): T | undefined {
    const lookup = ++this.#lookup;
    const months = date ? monthsOf(date) : null;
    for (const key of keys) {
      const listing = this.#listings.get(key);
      if (listing === undefined) continue;
      const positions = months === null ? null : positionsTouching(listing, months);
      const count = positions === null ? listing.entries.length : positions.length;
      for (let i = 0; i < count; i++) {
        const entry = listing.entries[positions === null ? i : (positions[i] as number)] as T;
        if (entry.lastLookup === lookup) continue;
        entry.lastLookup = lookup;
        if (fits(entry)) return entry;
      }
    }
    return undefined;
  }
}

/** The positions of the entries that may fit a date touching `months`, in ascending order. */
function positionsTouching<T>(listing: Listing<T>, months: readonly number[]): number[] {
  const positions = [...listing.anyMonth];
  for (const month of months) {
    const listed = listing.byMonth.get(month);
    if (listed) for (const position of listed) positions.push(position);
  }
  return positions.sort((a, b) => a - b);
}
