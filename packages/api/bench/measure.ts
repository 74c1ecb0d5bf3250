// Measures the API (in process, through Yoga's fetch handler, so no HTTP client shares the two
// cores) against raw SQL through `pg` on the database of DATABASE_URL. Run by bench/run.ts.
import { openDatabase } from '@diplomacy-graph/core/db';
import pg from 'pg';
import { createApi } from '../src/yoga.ts';
import { type LoadResult, runLoad } from './load.ts';
import {
  countryRelation,
  type EventListParameter,
  eventList,
  type PersonParameter,
  personPage,
  type Scenario,
} from './scenarios.ts';

const CONCURRENCY = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Prisma's adapter and the floor get pools of the same size (pg's default).
const POOL_SIZE = 10;
// BENCH_ONLY="person page" measures only the scenarios whose names contain it (quick iterations).
const ONLY = process.env.BENCH_ONLY?.toLowerCase();

const database = await openDatabase();
const pool = new pg.Pool({ connectionString: database.url, max: POOL_SIZE });
const api = createApi({ production: true });

async function pickParameters() {
  const people = await pool.query<PersonParameter>(
    `SELECT p."canonicalName" AS name, p."nameKey" AS "nameKey" FROM "Person" p
     JOIN "EventParticipant" ep ON ep."personId" = p.id JOIN "Event" e ON e.id = ep."eventId"
     WHERE e.type IN ('BILATERAL_MEETING', 'TALKS')
     GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 20`,
  );
  const pairs = await pool.query<{ a: string; b: string }>(
    `SELECT pa."countryCode" AS a, pb."countryCode" AS b FROM "EventParticipant" x
     JOIN "EventParticipant" y ON y."eventId" = x."eventId" AND y."personId" > x."personId"
     JOIN "Person" pa ON pa.id = x."personId" JOIN "Person" pb ON pb.id = y."personId"
     WHERE pa."countryCode" <> pb."countryCode"
     GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 10`,
  );
  const countries = await pool.query<{ code: string }>(
    `SELECT p."countryCode" AS code FROM "Person" p WHERE p."countryCode" IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC LIMIT 10`,
  );
  const span = await pool.query<{ first: Date; last: Date }>(
    `SELECT min("dateStart") AS first, max("dateStart") AS last FROM "Event"`,
  );
  const first = span.rows[0]?.first ?? new Date('2024-01-01');
  const last = span.rows[0]?.last ?? new Date('2024-12-31');
  // Quarter-long windows across the corpus' dates.
  const windows: EventListParameter[] = countries.rows.map((row, index) => {
    const start = new Date(first.getTime() + ((last.getTime() - first.getTime()) * index) / 10);
    const end = new Date(start.getTime() + 91 * 86_400_000);
    return {
      country: row.code,
      from: start.toISOString().slice(0, 10),
      to: end.toISOString().slice(0, 10),
    };
  });
  return {
    people: people.rows,
    pairs: pairs.rows.map((row) => [row.a, row.b] as [string, string]),
    windows,
  };
}

async function askGraphQL(document: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await api.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

/** A load run with the CPU time this process spent per operation meanwhile. */
type Measured = LoadResult & { cpuPerOperation: number };

type Row = { scenario: string; graphql: Measured; raw: Measured };

// The process's CPU time per operation (the API's work, or the floor's driver work: the database
// runs in its own processes). On a machine shared with other work, throughput moves with the load
// while this stays put, so it shows where a change helped.
async function runMeasured(operation: (index: number) => Promise<void>): Promise<Measured> {
  const before = process.cpuUsage();
  const result = await runLoad(operation, { concurrency: CONCURRENCY, seconds: SECONDS });
  const spent = process.cpuUsage(before);
  const operations = Math.max(result.operations + result.failures, 1);
  return { ...result, cpuPerOperation: (spent.user + spent.system) / 1000 / operations };
}

async function measure<P>(scenario: Scenario<P>, parameters: P[]): Promise<Row> {
  if (parameters.length === 0) throw new Error(`no parameters for ${scenario.name}`);
  const at = (index: number) => parameters[index % parameters.length] as P;
  // Every parameter answers without errors before anything is timed.
  for (const parameter of parameters)
    await askGraphQL(scenario.graphql, scenario.variables(parameter));
  const graphqlOperation = async (index: number) => {
    await askGraphQL(scenario.graphql, scenario.variables(at(index)));
  };
  const rawOperation = async (index: number) => {
    await scenario.rawSql(pool, at(index));
  };
  await runLoad(graphqlOperation, { concurrency: CONCURRENCY, seconds: 2 });
  const graphql = await runMeasured(graphqlOperation);
  await runLoad(rawOperation, { concurrency: CONCURRENCY, seconds: 2 });
  const raw = await runMeasured(rawOperation);
  return { scenario: scenario.name, graphql, raw };
}

const counts = await pool.query(
  'SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Event")::int AS events, (SELECT count(*) FROM "Person")::int AS people',
);
const { articles, events, people } = counts.rows[0];
process.stdout.write(
  `\nAPI benchmark: ${articles} articles, ${events} events, ${people} people; concurrency ${CONCURRENCY}, ${SECONDS} s per run\n`,
);
const parameters = await pickParameters();
const selected = (scenario: { name: string }) => !ONLY || scenario.name.includes(ONLY);
const rows: Row[] = [];
if (selected(personPage)) rows.push(await measure(personPage, parameters.people));
if (selected(countryRelation)) rows.push(await measure(countryRelation, parameters.pairs));
if (selected(eventList)) rows.push(await measure(eventList, parameters.windows));

const fixed = (value: number, digits = 1) => value.toFixed(digits).padStart(8);
process.stdout.write(
  `\n${'query'.padEnd(22)}${'side'.padEnd(10)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}${'cpu ms'.padStart(8)}\n`,
);
for (const row of rows) {
  for (const [side, result] of [
    ['graphql', row.graphql],
    ['raw sql', row.raw],
  ] as const) {
    process.stdout.write(
      `${row.scenario.padEnd(22)}${side.padEnd(10)}${fixed(result.throughput)}${fixed(result.p50)}${fixed(result.p99)}${String(result.failures).padStart(8)}${fixed(result.cpuPerOperation)}\n`,
    );
  }
  const ratio = row.graphql.throughput / row.raw.throughput;
  process.stdout.write(
    `${row.scenario.padEnd(22)}${'ratio'.padEnd(10)}${`${(ratio * 100).toFixed(0)} %`.padStart(8)} of the raw-SQL floor\n\n`,
  );
}

await pool.end();
await database.close();
