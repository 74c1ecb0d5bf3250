import pg from 'pg';

/** The bench's own database on the development server: never the graph a developer works with. */
export const BENCH_DATABASE = 'diplomacy_graph_bench';

/** `url` pointing at the bench database instead. */
export function benchUrlFrom(devUrl: string): string {
  const url = new URL(devUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Creates the bench database if missing; returns how many articles it holds. */
export async function prepareBenchDatabase(devUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: devUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      BENCH_DATABASE,
    ]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const bench = new pg.Client({ connectionString: benchUrlFrom(devUrl) });
  await bench.connect();
  try {
    const table = await bench.query(`SELECT to_regclass('"Article"') AS name`);
    if (!table.rows[0]?.name) return 0;
    const { rows } = await bench.query('SELECT count(*)::int AS n FROM "Article"');
    return rows[0]?.n ?? 0;
  } finally {
    await bench.end();
  }
}
