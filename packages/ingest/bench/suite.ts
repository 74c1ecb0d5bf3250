// What every benchmark reports: rows of one table, each possibly with a bound it must meet.

export type BenchRow = {
  bench: string;
  measure: string;
  value: string;
  /** The bound the measure must meet, in words ("≤ 10 s"), if any. */
  bound?: string;
  /** A hard bound: false fails the run. */
  ok?: boolean;
  /** A soft target (an aim, not a bound): reported, never fails the run. */
  met?: boolean;
};

export type BenchSuite = {
  name: string;
  run(): Promise<BenchRow[]>;
};

/** Seconds elapsed while `work` runs. */
export async function timeSeconds(work: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function statusOf(row: BenchRow): string {
  if (row.ok !== undefined) return row.ok ? 'ok' : 'FAIL';
  if (row.met !== undefined) return row.met ? 'met' : 'below aim';
  return '';
}

/** The rows as a compact aligned table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = { bench: 'bench', measure: 'measure', value: 'value', bound: 'bound', status: '' };
  const lines = [
    header,
    ...rows.map((row) => ({ ...row, bound: row.bound ?? '', status: statusOf(row) })),
  ];
  const width = (key: keyof typeof header) => Math.max(...lines.map((line) => line[key].length));
  const widths = {
    bench: width('bench'),
    measure: width('measure'),
    value: width('value'),
    bound: width('bound'),
  };
  return `${lines
    .map((line) =>
      [
        line.bench.padEnd(widths.bench),
        line.measure.padEnd(widths.measure),
        line.value.padEnd(widths.value),
        line.bound.padEnd(widths.bound),
        line.status,
      ]
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
