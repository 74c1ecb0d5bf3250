// `pnpm ingest PATH… [--json]`: adds or updates articles in the graph (see persist/rewrite-graph.ts).
import { parseArgs } from 'node:util';
import { resolveUserPath } from '../eval/user-paths.ts';
import { ingestPaths } from '../persist/graph-writes.ts';
import { runGraphCommand } from './graph-command.ts';

const USAGE = `Usage: pnpm ingest [--json] PATH…

Adds the articles of PATH… (files or folders) to the graph: an unchanged file is skipped, a changed
file (same name, new content) replaces its old facts. --json prints the summary as JSON.
`;

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  return runGraphCommand(values.json, (options) =>
    ingestPaths(positionals.map(resolveUserPath), options),
  );
}
