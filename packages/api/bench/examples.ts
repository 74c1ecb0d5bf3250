// `pnpm --filter @diplomacy-graph/api bench:examples`: how fast each GraphiQL example query answers
// on the seeds (the target: under 50 ms), on the development database as `pnpm start`
// leaves it (seeded when empty, exactly as the server does at boot).
import { openDatabase } from '@diplomacy-graph/core/db';
import { exampleQueries } from '../src/example-queries.ts';
import { seedGraphIfEmpty } from '../src/ingest-pipeline.ts';
import { createApi } from '../src/yoga.ts';

const RUNS = 20;
const database = await openDatabase();
await seedGraphIfEmpty();
const api = createApi({ production: true });

async function ask(query: string): Promise<void> {
  const response = await api.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
}

process.stdout.write(
  `${'example query'.padEnd(30)}${'median ms'.padStart(10)}${'max ms'.padStart(10)}\n`,
);
for (const example of exampleQueries) {
  await ask(example.query);
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await ask(example.query);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(RUNS / 2)] ?? Number.NaN;
  const max = timings[RUNS - 1] ?? Number.NaN;
  process.stdout.write(
    `${example.title.padEnd(30)}${median.toFixed(1).padStart(10)}${max.toFixed(1).padStart(10)}\n`,
  );
}
await database.close();
