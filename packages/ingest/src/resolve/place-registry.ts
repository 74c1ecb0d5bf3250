import { findCity, foldName, type PlaceKind } from '@diplomacy-graph/core';
import type { PlaceRow } from './graph.ts';
import { stableId } from './stable-id.ts';

// A place name with one of these words is a venue inside a city, not the city itself.
const VENUE_WORDS =
  /\b(?:airport|aeroport|aeropuerto|palace|palais|hotel|centre|center|hall|house|building)\b/;

/** Collects each place once by its folded name; cities known to core get their country. */
export class PlaceRegistry {
  readonly #rows = new Map<string, PlaceRow>();
  /** Ids by name as written: every mention of a place asks, and a few names cover them all. */
  readonly #idByName = new Map<string, string | null>();

  /** The id of the place called `name`, registering it on first use. */
  idOf(name: string | null): string | null {
    if (!name) return null;
    let id = this.#idByName.get(name);
    if (id === undefined) {
      id = this.#register(name);
      this.#idByName.set(name, id);
    }
    return id;
  }

  #register(name: string): string | null {
    const folded = foldName(name);
    if (folded === '') return null;
    const city = findCity(name);
    const id = stableId('place', folded);
    if (!this.#rows.has(id)) {
      const kind: PlaceKind = VENUE_WORDS.test(folded) ? 'VENUE' : 'CITY';
      this.#rows.set(id, {
        id,
        name: city?.name ?? name,
        foldedName: folded,
        kind,
        countryCode: city?.countryCode ?? null,
        latitude: null,
        longitude: null,
      });
    }
    return id;
  }

  rows(): PlaceRow[] {
    return [...this.#rows.values()];
  }
}
