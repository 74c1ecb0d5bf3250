// Which people a leader's names could match, found without comparing it to every person: every
// person a name matches (see resolve-people.ts) is found, and few others, because a 2+-word name
// is looked up by its two rarest words, not by common ones ("bin", "al", "mohammed").
import { memoize } from './memoize.ts';

/** A spelling of a name with its folded tokens ("yoon suk yeol") and their concatenation. */
export type NameForm = { text: string; tokens: string[]; joined: string };

/** What the index lists: `lastLookup` lets one lookup return each entry once without a Set. */
export type Indexed = { lastLookup: number };

/** The token and, for tokens long enough to be misspelt, the token with each letter left out. */
const spellingVariants = memoize((token: string): string[] => {
  if (token.length < 5) return [token];
  const variants = [token];
  for (let i = 0; i < token.length; i++) variants.push(token.slice(0, i) + token.slice(i + 1));
  return variants;
});

/** Whether two tokens have a spelling variant in common (always so when one edit apart). */
function variantsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const other = spellingVariants(b);
  return spellingVariants(a).some((variant) => other.includes(variant));
}

/**
 * Whether two names share a word and a spelling variant of another word (each at its own place).
 * Fuzzy and same-letters matches between a leader and a person count only then: the rule that
 * decided which pairs were compared at all when people were looked up by such pairs.
 */
export function sharesWordPair(a: NameForm, b: NameForm): boolean {
  const [x, y] = [a.tokens, b.tokens];
  for (let i = 0; i < x.length; i++) {
    for (let k = 0; k < y.length; k++) {
      if (x[i] !== y[k]) continue;
      for (let j = 0; j < x.length; j++) {
        if (j === i) continue;
        for (let l = 0; l < y.length; l++) {
          if (l !== k && variantsMeet(x[j] as string, y[l] as string)) return true;
        }
      }
    }
  }
  return false;
}

function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  // An entry listed twice in a row (two of its forms share the key) is listed once.
  else if (list[list.length - 1] !== entry) list.push(entry);
}

/** The key of two words of a name, whichever comes first. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * People by their names' spellings, pairs of words and words. Built knowing every form that will
 * be looked up or added, so that a name is looked up by its rarest words.
 */
export class PersonNameIndex<T extends Indexed> {
  readonly #byJoined = new Map<string, T[]>();
  /** Entries by each pair of words of their names (at two places of one name). */
  readonly #byPair = new Map<string, T[]>();
  /** Entries by the pair of rarest words of each of their names. */
  readonly #byRarestPair = new Map<string, T[]>();
  readonly #byToken = new Map<string, T[]>();
  /** How many forms use each word: the fewer, the more telling. */
  readonly #formsUsing = new Map<string, number>();
  /** Words of the vocabulary by each of their spelling variants. */
  readonly #tokensByVariant = new Map<string, string[]>();
  readonly #nearTokens = new Map<string, string[]>();
  readonly #rarestPair = new Map<NameForm, [string, string]>();
  #lookup = 0;

  constructor(forms: Iterable<NameForm>) {
    for (const form of new Set(forms)) {
      for (const token of new Set(form.tokens)) {
        const count = this.#formsUsing.get(token);
        if (count === undefined) {
          for (const variant of new Set(spellingVariants(token)))
            push(this.#tokensByVariant, variant, token);
        }
        this.#formsUsing.set(token, (count ?? 0) + 1);
      }
    }
  }

  /** Lists an entry under one of its forms. */
  add(entry: T, form: NameForm): void {
    const { tokens } = form;
    push(this.#byJoined, form.joined, entry);
    for (const token of tokens) push(this.#byToken, token, entry);
    if (tokens.length < 2) return;
    for (let i = 0; i < tokens.length; i++)
      for (let j = i + 1; j < tokens.length; j++)
        push(this.#byPair, pairKey(tokens[i] as string, tokens[j] as string), entry);
    push(this.#byRarestPair, pairKey(...this.#rarestPairOf(form)), entry);
  }

  /** The entries with one of these spellings, hyphens and spaces aside (its 2+-word forms). */
  spelledAlike(forms: readonly NameForm[]): T[] {
    const found = this.#begin();
    for (const form of forms) {
      if (form.tokens.length >= 2) this.#collect(found, this.#byJoined.get(form.joined));
    }
    return found;
  }

  /**
   * Every entry that a form of a leader can match, and some that it does not. For a 2+-word
   * leader: the same letters; one name inside the other (the shorter one's two rarest words are
   * in both); the same number of words, each within one edit (the leader's two rarest words are
   * near two of the entry's). For a leader known by one word only: that word near one of the
   * entry's.
   */
  candidates(forms: readonly NameForm[], maxTokens: number): T[] {
    const found = this.#begin();
    for (const form of forms) {
      const { tokens } = form;
      if (maxTokens < 2) {
        for (const near of this.#nearTokensOf(tokens[0] as string))
          this.#collect(found, this.#byToken.get(near));
        continue;
      }
      if (tokens.length < 2) continue;
      this.#collect(found, this.#byJoined.get(form.joined));
      const [first, second] = this.#rarestPairOf(form);
      for (const nearFirst of this.#nearTokensOf(first))
        for (const nearSecond of this.#nearTokensOf(second))
          this.#collect(found, this.#byPair.get(pairKey(nearFirst, nearSecond)));
      for (let i = 0; i < tokens.length; i++)
        for (let j = i + 1; j < tokens.length; j++)
          this.#collect(
            found,
            this.#byRarestPair.get(pairKey(tokens[i] as string, tokens[j] as string)),
          );
    }
    return found;
  }

  #begin(): T[] {
    this.#lookup++;
    return [];
  }

  #collect(found: T[], entries: readonly T[] | undefined): void {
    if (entries === undefined) return;
    for (const entry of entries) {
      if (entry.lastLookup === this.#lookup) continue;
      entry.lastLookup = this.#lookup;
      found.push(entry);
    }
  }

  /** The two rarest words of a 2+-word form, at two different places of it. */
  #rarestPairOf(form: NameForm): [string, string] {
    let pair = this.#rarestPair.get(form);
    if (pair === undefined) {
      const byRarity = [...form.tokens].sort((a, b) => this.#usesOf(a) - this.#usesOf(b));
      pair = [byRarity[0] as string, byRarity[1] as string];
      this.#rarestPair.set(form, pair);
    }
    return pair;
  }

  #usesOf(token: string): number {
    return this.#formsUsing.get(token) ?? 0;
  }

  /** The words of the vocabulary that share a spelling variant with `token` (itself included). */
  #nearTokensOf(token: string): string[] {
    let near = this.#nearTokens.get(token);
    if (near === undefined) {
      const found = new Set<string>();
      for (const variant of spellingVariants(token))
        for (const other of this.#tokensByVariant.get(variant) ?? []) found.add(other);
      near = [...found];
      this.#nearTokens.set(token, near);
    }
    return near;
  }
}
