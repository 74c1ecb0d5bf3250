// The human-readable form of a ReportScore: a table of blocks, then what each article missed or added.
import { type Counts, scoreCounts } from './counts.ts';
import {
  DETAIL_BLOCKS,
  FACT_BLOCKS,
  type Finding,
  poolFactBlocks,
  SCORED_BLOCKS,
  type ScoredBlock,
} from './score-article.ts';
import type { ReportScore } from './score-report.ts';

const LABELS: Record<ScoredBlock, string> = {
  leaders: 'leaders',
  titles: '  titles',
  meetings: 'meetings',
  meetingDates: '  meeting dates',
  visits: 'visits',
  gatherings: 'gatherings',
  attendees: '  attendees',
  awards: 'awards',
};

export const OVERALL_DEFINITION =
  `overall = micro-average over the ${FACT_BLOCKS.length} fact blocks (${FACT_BLOCKS.join(', ')}): ` +
  'their TP, FP and FN are summed, then P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R). ' +
  `Indented rows (${Object.keys(DETAIL_BLOCKS).join(', ')}) are scored separately and not in overall.`;

function row(label: string, counts: Counts): string {
  const { precision, recall, f1 } = scoreCounts(counts);
  return [
    label.padEnd(16),
    String(counts.truePositives).padStart(5),
    String(counts.falsePositives).padStart(5),
    String(counts.falseNegatives).padStart(5),
    precision.toFixed(3).padStart(10),
    recall.toFixed(3).padStart(8),
    f1.toFixed(3).padStart(7),
  ].join('');
}

function findingLines(kind: 'missed' | 'extra', findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `  ${kind.padEnd(7)} ${LABELS[finding.block].trim().padEnd(14)} ${finding.fact}`,
  );
}

/** The table and the per-article misses and extras, as printed by `pnpm eval`. */
export function formatReportScore(score: ReportScore): string {
  const lines = [
    `${'block'.padEnd(16)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}`,
    ...SCORED_BLOCKS.map((block) => row(LABELS[block], score.totals[block])),
    row('overall', score.overall),
    '',
    OVERALL_DEFINITION,
  ];
  if (score.missingFromReport.length > 0) {
    lines.push('', `Not in the report (scored as empty): ${score.missingFromReport.join(', ')}`);
  }
  if (score.withoutGold.length > 0) {
    lines.push('', `No gold file (not scored): ${score.withoutGold.join(', ')}`);
  }
  for (const article of score.articles) {
    const pooled = poolFactBlocks(article.counts);
    lines.push(
      '',
      `${article.file}  F1 ${scoreCounts(pooled).f1.toFixed(3)}  (TP ${pooled.truePositives}, FP ${pooled.falsePositives}, FN ${pooled.falseNegatives})`,
      ...findingLines('missed', article.misses),
      ...findingLines('extra', article.extras),
    );
  }
  return `${lines.join('\n')}\n`;
}
