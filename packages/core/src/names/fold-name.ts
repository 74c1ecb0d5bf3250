// Name folding shared by extraction, resolution and scoring: one definition of "the same spelling".

const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter or digit separates tokens; apostrophes join ("O'Neill" → "oneill").
const APOSTROPHES = /['’ʼ`]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

// Extraction folds the same words over and over (every token, every lexicon probe): NFKD and
// five regex passes are paid once per distinct short string. Cleared when full so memory stays bounded.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;
const FOLD_CACHE_MAX_LENGTH = 80;

/**
 * Folds a name for comparison: NFKD, no diacritics (đ → d), lower case, punctuation dropped.
 * @example foldName('Lương Cường') // 'luong cuong'
 * @example foldName('Yoon Suk-yeol') // 'yoon suk yeol'
 */
export function foldName(name: string): string {
  if (name.length > FOLD_CACHE_MAX_LENGTH) return foldUncached(name);
  let folded = foldCache.get(name);
  if (folded === undefined) {
    folded = foldUncached(name);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(name, folded);
  }
  return folded;
}

// Plain ASCII has no decompositions, marks or special letters: most names and words skip those passes.
const NON_ASCII = /[^\p{ASCII}]/u;

function foldUncached(name: string): string {
  const letters = NON_ASCII.test(name)
    ? name
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .replace(/[đĐ]/g, 'd')
        .replace(/[øØ]/g, 'o')
        .replace(/[łŁ]/g, 'l')
    : name;
  return letters.toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

/** The folded tokens of a name, in order. */
export function nameTokens(name: string): string[] {
  const folded = foldName(name);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * An order-independent key: folded tokens sorted, so "Ishiba Shigeru" and "Shigeru Ishiba" share it.
 * @example nameKey('Ishiba Shigeru') === nameKey('Shigeru Ishiba') // true
 */
export function nameKey(name: string): string {
  return nameTokens(name).sort().join(' ');
}
