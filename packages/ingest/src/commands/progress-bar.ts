// A one-line progress bar with throughput on stderr, drawn only for a terminal (never in pipes,
// CI logs or --json runs, where it would be noise).
const WIDTH = 30;
const REDRAW_MS = 100;

export type ProgressBar = {
  update(label: string, done: number, total: number, unit?: string): void;
  finish(): void;
};

const silent: ProgressBar = { update: () => {}, finish: () => {} };

/**
 * @example const bar = createProgressBar(); bar.update('extract', 120, 10000); bar.finish();
 */
export function createProgressBar({
  stream = process.stderr,
  enabled = Boolean(stream.isTTY),
}: {
  stream?: NodeJS.WriteStream;
  enabled?: boolean;
} = {}): ProgressBar {
  if (!enabled) return silent;
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(label, done, total, unit = 'articles') {
      const now = performance.now();
      if (now - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = now;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * WIDTH);
      const rate = done / Math.max(0.001, (now - started) / 1000);
      stream.write(
        `\r${label.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${unit} ${rate.toFixed(0)} ${unit}/s\u001b[K`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
