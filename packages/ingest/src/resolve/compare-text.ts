/**
 * Code-point order: unlike localeCompare it does not depend on the machine's locale, so sorted
 * output (and the ids derived from it) is the same everywhere, and it is much faster.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
