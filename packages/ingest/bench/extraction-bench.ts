// Extraction on one core: throughput over the generated corpus, quality against its gold, and the
// time taken by adversarial documents.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scoreCounts } from '../src/eval/counts.ts';
import { parseGoldArticle, parseReport } from '../src/eval/parse-facts.ts';
import { FACT_BLOCKS } from '../src/eval/score-article.ts';
import { scoreReport } from '../src/eval/score-report.ts';
import type { ArticleExtraction } from '../src/extract/types.ts';
import { ADVERSARIAL_CASES } from './adversarial-text.ts';
import { type CorpusOptions, generateCorpus } from './corpus.ts';
import { type BenchRow, type BenchSuite, timeSeconds } from './suite.ts';

/** Text in, facts out: load (normalize, language, dateline) and extract one article. */
export type ExtractText = (file: string, text: string) => ArticleExtraction;

const WARM_UP_ARTICLES = 200;
const AIM_ARTICLES_PER_SECOND = 1_000;

const formatCount = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Articles/s and MB/s over the whole corpus in this one process (no workers), after a warm-up so
 * the JIT has compiled the hot paths; then F1 of the first `qualitySample` articles against the
 * generator's gold annotations.
 */
export function extractionSuite(
  extract: ExtractText,
  corpus: Required<CorpusOptions>,
  qualitySample: number,
): BenchSuite {
  return {
    name: 'extraction',
    async run() {
      const articles = generateCorpus(corpus);
      const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
      for (const article of articles.slice(0, WARM_UP_ARTICLES))
        extract(article.file, article.text);
      let failures = 0;
      const seconds = await timeSeconds(() => {
        for (const article of articles) {
          try {
            extract(article.file, article.text);
          } catch {
            failures++;
          }
        }
      });
      const perSecond = articles.length / seconds;

      const sample = articles.slice(0, qualitySample);
      const report = parseReport({ articles: sample.map((a) => extract(a.file, a.text)) });
      const score = scoreReport(
        report,
        sample.map((a) => parseGoldArticle(a.gold)),
      );
      const label = 'extraction (1 core)';
      const quality = `generated gold (${formatCount(sample.length)} articles)`;
      return [
        {
          bench: label,
          measure: 'corpus',
          value: `${formatCount(articles.length)} articles, ${(bytes / 1e6).toFixed(1)} MB, seed ${corpus.seed}`,
        },
        { bench: label, measure: 'time', value: `${seconds.toFixed(2)} s` },
        {
          bench: label,
          measure: 'articles/s',
          value: formatCount(perSecond),
          bound: `aim ≥ ${formatCount(AIM_ARTICLES_PER_SECOND)}`,
          met: perSecond >= AIM_ARTICLES_PER_SECOND,
        },
        { bench: label, measure: 'MB/s', value: (bytes / 1e6 / seconds).toFixed(2) },
        {
          bench: label,
          measure: 'articles that threw',
          value: formatCount(failures),
          ok: failures === 0,
        },
        ...FACT_BLOCKS.map((block) => ({
          bench: quality,
          measure: `${block} F1`,
          value: scoreCounts(score.totals[block]).f1.toFixed(3),
        })),
        { bench: quality, measure: 'overall F1', value: scoreCounts(score.overall).f1.toFixed(3) },
      ];
    },
  };
}

/** What one adversarial run in a child process reported, or null when it had to be killed. */
type CaseResult = { seconds: number; outcome: string } | null;

// A hang in synchronous code cannot be interrupted in-process: each document runs in a child
// (same Node flags, so tsx stays loaded), which is killed once it is far past the bound.
function runCaseInChild(
  name: string,
  bytes: number,
  killAfterSeconds: number,
): Promise<CaseResult> {
  const script = fileURLToPath(new URL('./adversarial-case.ts', import.meta.url));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, script, name, String(bytes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterSeconds * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(output) as CaseResult);
      } catch {
        resolve(null);
      }
    });
  });
}

/**
 * Each adversarial document must be read (or refused with a reason) within `boundSeconds`, timed
 * inside its own process; one still running at three times the bound is killed and fails.
 */
export function adversarialSuite(bytes: number, boundSeconds: number): BenchSuite {
  return {
    name: 'adversarial',
    async run() {
      const label = `adversarial (${(bytes / 1e6).toFixed(0)} MB each)`;
      const rows: BenchRow[] = [];
      // One after another, so each document has the core to itself.
      for (const name of ADVERSARIAL_CASES) {
        const result = await runCaseInChild(name, bytes, boundSeconds * 3);
        rows.push({
          bench: label,
          measure: name,
          value: result
            ? `${result.seconds.toFixed(2)} s (${result.outcome})`
            : `killed after ${boundSeconds * 3} s`,
          bound: `≤ ${boundSeconds} s`,
          ok: result !== null && result.seconds <= boundSeconds,
        });
      }
      return rows;
    },
  };
}
