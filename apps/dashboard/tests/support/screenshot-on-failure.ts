import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunnerTask } from 'vitest';

/** After a failed test, saves what the browser showed to the temp folder and says where. */
export async function screenshotOnFailure(page: Page, task: RunnerTask): Promise<void> {
  if (task.result?.state !== 'fail') return;
  const file = join(tmpdir(), `dashboard-failure-${task.name.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.error(`screenshot of the failed page: ${file}`);
}
