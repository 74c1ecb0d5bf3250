// `pnpm reseed [PATH] [--json]`: rebuilds the graph from a folder, atomically for readers.
import { parseArgs } from 'node:util';
import { defaultSeedsFolder } from '../eval/repo-paths.ts';
import { resolveUserPath } from '../eval/user-paths.ts';
import { reseedFolder } from '../persist/graph-writes.ts';
import { runGraphCommand } from './graph-command.ts';

const USAGE = `Usage: pnpm reseed [--json] [PATH]

Rebuilds the graph from the articles of PATH (default: seeds/ at the repository root). The API keeps
serving the old graph until the new one is complete; an interrupted reseed changes nothing.
`;

export async function runReseed(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length > 1) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const folder = positionals[0] ? resolveUserPath(positionals[0]) : defaultSeedsFolder();
  return runGraphCommand(values.json, (options) => reseedFolder(folder, options));
}
