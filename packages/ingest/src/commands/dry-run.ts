// `pnpm ingest --dry-run [--json] PATH…`: what extraction reads, without touching the database.
import { parseArgs } from 'node:util';
import { extractFiles } from '../extract/extract-files.ts';
import { formatSummary } from '../report/format-summary.ts';
import { toGoldReport } from '../report/to-gold-report.ts';

const USAGE = `Usage: pnpm ingest --dry-run [--json] PATH…

Extracts facts from article files or folders (.txt, .md, .html) and prints them; writes nothing.
  --json  print {"articles": [...]} in the gold format (../shared/eval/GOLD_FORMAT.md), with evidence
`;

export async function runDryRun(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const batch = await extractFiles(positionals);
  for (const failure of batch.failures)
    process.stderr.write(`${failure.path}: ${failure.code}: ${failure.message}\n`);
  for (const notice of batch.notices) process.stderr.write(`${notice.path}: ${notice.message}\n`);
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ articles: batch.articles.map(toGoldReport) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(formatSummary(batch.articles));
  }
  return batch.failures.length > 0 ? 1 : 0;
}
