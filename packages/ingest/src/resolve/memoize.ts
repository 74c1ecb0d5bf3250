// Names repeat across thousands of articles; folding them once per spelling keeps resolution
// linear. The cache is bounded so a long-running API process does not grow without limit.
const MAX_ENTRIES = 200_000;

/** Wraps a pure one-string function with a bounded cache. */
export function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
