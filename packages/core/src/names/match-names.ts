// The gold-format rule for "the same person": shared by the resolver and the scorer.
import { nameTokens } from './fold-name.ts';

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  const pool = [...haystack];
  for (const needle of needles) {
    const index = pool.indexOf(needle);
    if (index < 0) return false;
    pool.splice(index, 1);
  }
  return true;
}

/**
 * Whether a predicted name designates the person known by one of `forms` (a name and its aliases):
 * equal folded tokens in any order, or one side containing all tokens of the other when that side
 * has two or more tokens ("Dina Boluarte" ~ "Dina Ercilia Boluarte Zegarra").
 * @example namesMatch('Ishiba Shigeru', ['Shigeru Ishiba']) // true
 */
export function namesMatch(name: string, forms: readonly string[]): boolean {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  return forms.some((form) => {
    const other = nameTokens(form);
    if (other.length === 0) return false;
    if (tokens.length === other.length && containsAll(tokens, other)) return true;
    if (other.length >= 2 && containsAll(tokens, other)) return true;
    return tokens.length >= 2 && containsAll(other, tokens);
  });
}
