// Which gatherings a name can designate (see gatheringNamesMatch), found by its heads ("summit")
// and rarest words: a common word ("airport") is shared by hundreds of gatherings, a rare one by few.
import type { EventNameKey } from './event-name.ts';

function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/**
 * Entries by the heads and words of their names (names that match have the same heads). Built
 * knowing every name that will be added or looked up, so that each is looked up by its rarest word.
 */
export class GatheringNameIndex<T> {
  /** Entries by heads and each content word of their names. */
  readonly #byWord = new Map<string, T[]>();
  /** Entries by heads and the rarest content word of each of their 2+-word names. */
  readonly #byRarestWord = new Map<string, T[]>();
  /** Entries by the heads of their names that have no content word ("the summit"). */
  readonly #byHeadsAlone = new Map<string, T[]>();
  readonly #namesUsing = new Map<string, number>();
  readonly #headsOf = new Map<EventNameKey, string>();

  constructor(keys: Iterable<EventNameKey>) {
    for (const key of keys) {
      for (const word of key.content)
        this.#namesUsing.set(word, (this.#namesUsing.get(word) ?? 0) + 1);
    }
  }

  /** Lists an entry under one of its names. */
  add(entry: T, key: EventNameKey): void {
    const heads = this.#headsKeyOf(key);
    if (key.content.length === 0) {
      push(this.#byHeadsAlone, heads, entry);
      return;
    }
    for (const word of key.content) push(this.#byWord, heads + word, entry);
    if (key.content.length >= 2) push(this.#byRarestWord, heads + this.#rarestWordOf(key), entry);
  }

  /**
   * Every entry with a name that matches one of `keys`, and some others: names that match have the
   * same words (so the entry has the key's rarest word), or the shorter one's words are all in the
   * longer one (so one of them has the other's rarest word), or the same heads and no words.
   */
  candidates(keys: readonly EventNameKey[]): Set<T> {
    const found = new Set<T>();
    const collect = (entries: readonly T[] | undefined) => {
      for (const entry of entries ?? []) found.add(entry);
    };
    for (const key of keys) {
      const heads = this.#headsKeyOf(key);
      if (key.content.length === 0) {
        collect(this.#byHeadsAlone.get(heads));
        continue;
      }
      collect(this.#byWord.get(heads + this.#rarestWordOf(key)));
      for (const word of key.content) collect(this.#byRarestWord.get(heads + word));
    }
    return found;
  }

  /** The heads of a name as a key prefix (heads are sorted and distinct). */
  #headsKeyOf(key: EventNameKey): string {
    let heads = this.#headsOf.get(key);
    if (heads === undefined) {
      heads = `${key.heads.join(' ')}\u0001`;
      this.#headsOf.set(key, heads);
    }
    return heads;
  }

  #rarestWordOf(key: EventNameKey): string {
    let rarest = key.content[0] as string;
    for (const word of key.content) {
      if (this.#usesOf(word) < this.#usesOf(rarest)) rarest = word;
    }
    return rarest;
  }

  #usesOf(word: string): number {
    return this.#namesUsing.get(word) ?? 0;
  }
}
