// A closed-loop load generator: `concurrency` workers each run one operation after another.

export type LoadResult = {
  operations: number;
  failures: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
};

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** Runs `operation(i)` for `seconds` with `concurrency` in flight; `i` counts operations. */
export async function runLoad(
  operation: (index: number) => Promise<void>,
  { concurrency, seconds }: { concurrency: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const index = next++;
      const begun = performance.now();
      try {
        await operation(index);
        latencies.push(performance.now() - begun);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    operations: latencies.length,
    failures,
    seconds: elapsed,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}
