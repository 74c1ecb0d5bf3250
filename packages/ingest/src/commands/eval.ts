// `pnpm eval`: scores an extraction report against the gold folder (rules: ../shared/eval/GOLD_FORMAT.md).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ArticleFacts } from '../eval/article-facts.ts';
import { scoreCounts } from '../eval/counts.ts';
import { formatReportScore, OVERALL_DEFINITION } from '../eval/format-report-score.ts';
import { loadGoldFolder } from '../eval/load-gold.ts';
import { parseReport } from '../eval/parse-facts.ts';
import { defaultGoldFolder, defaultSeedsFolder } from '../eval/repo-paths.ts';
import { SCORED_BLOCKS } from '../eval/score-article.ts';
import { type ReportScore, scoreReport } from '../eval/score-report.ts';
import { resolveUserPath } from '../eval/user-paths.ts';
import { extractFiles } from '../extract/extract-files.ts';
import { toGoldReport } from '../report/to-gold-report.ts';

const USAGE = `Usage: pnpm eval [--report FILE] [--gold DIR] [--json] [--min-f1 N] [PATH…]

Scores extracted facts against gold annotations (precision, recall, F1 per block and overall).
  --report FILE  a saved report ({"articles": […]}, e.g. from pnpm ingest --dry-run --json seeds/);
                 "-" reads standard input. Without it, PATH… (default: seeds/) is extracted now.
  --gold DIR     the gold folder (default: ../shared/eval/gold beside the repository)
  --json         machine-readable output
  --min-f1 N     exit with code 1 when overall F1 is below N (for CI); low scores never fail otherwise
`;

async function readReport(file: string): Promise<ArticleFacts[]> {
  const text = file === '-' ? await readStdin() : await readFile(resolveUserPath(file), 'utf8');
  return parseReport(JSON.parse(text));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function extractNow(paths: string[]): Promise<ArticleFacts[]> {
  const { articles, failures } = await extractFiles(paths);
  // An unreadable file is scored as extracting nothing; say why, as `pnpm ingest` would.
  for (const failure of failures)
    process.stderr.write(`eval: ${failure.file}: ${failure.message}\n`);
  // Through the report shape `ingest --dry-run --json` prints, so both ways score the same facts.
  return parseReport({ articles: articles.map(toGoldReport) });
}

function toJson(score: ReportScore, gold: string, source: string) {
  const withScores = (counts: ReportScore['overall']) => ({ ...counts, ...scoreCounts(counts) });
  return {
    gold,
    source,
    definition: OVERALL_DEFINITION,
    overall: withScores(score.overall),
    blocks: Object.fromEntries(
      SCORED_BLOCKS.map((block) => [block, withScores(score.totals[block])]),
    ),
    missingFromReport: score.missingFromReport,
    withoutGold: score.withoutGold,
    articles: score.articles.map((article) => ({
      file: article.file,
      blocks: Object.fromEntries(
        SCORED_BLOCKS.map((block) => [block, withScores(article.counts[block])]),
      ),
      misses: article.misses,
      extras: article.extras,
    })),
  };
}

/** Runs `pnpm eval`; exit code 0 unless an input is unusable or `--min-f1` is not met. */
export async function runEval(args: string[]): Promise<number> {
  let options: ReturnType<typeof parseFlags>;
  try {
    options = parseFlags(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1)) {
    process.stderr.write(`--min-f1 must be a number between 0 and 1, got "${values['min-f1']}"\n`);
    return 2;
  }
  if (values.report !== undefined && positionals.length > 0) {
    process.stderr.write(`Give either --report or article paths, not both.\n\n${USAGE}`);
    return 2;
  }

  const goldFolder = values.gold === undefined ? defaultGoldFolder() : resolveUserPath(values.gold);
  const paths = positionals.length > 0 ? positionals.map(resolveUserPath) : [defaultSeedsFolder()];
  const source =
    values.report === '-'
      ? 'standard input'
      : (values.report ?? `extracted now from ${paths.join(', ')}`);
  let score: ReportScore;
  try {
    const gold = await loadGoldFolder(goldFolder);
    const report =
      values.report === undefined ? await extractNow(paths) : await readReport(values.report);
    score = scoreReport(report, gold);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 1;
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify(toJson(score, goldFolder, source), null, 2)}\n`);
  } else {
    process.stdout.write(`Gold: ${goldFolder}\nReport: ${source}\n\n${formatReportScore(score)}`);
  }
  const { f1 } = scoreCounts(score.overall);
  if (minF1 !== undefined && f1 < minF1) {
    process.stderr.write(`eval: overall F1 ${f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
    return 1;
  }
  return 0;
}

function parseFlags(args: string[]) {
  return parseArgs({
    // `pnpm eval -- --json` passes the "--" on: drop it rather than read every flag as a path.
    args: args[0] === '--' ? args.slice(1) : args,
    allowPositionals: true,
    options: {
      report: { type: 'string' },
      gold: { type: 'string' },
      json: { type: 'boolean', default: false },
      'min-f1': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
