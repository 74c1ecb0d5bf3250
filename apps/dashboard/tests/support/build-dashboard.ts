import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** Where the browser tests' server finds the dashboard: the same dist `vite build` writes. */
export const dashboardRoot = fileURLToPath(new URL('../..', import.meta.url));
export const dashboardDist = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * Builds the dashboard, so the browser tests drive the code under test, never a stale dist.
 * In its own process because Vite and the React plugin read NODE_ENV, which vitest sets to
 * "test": readers get the production build, so the tests do too.
 */
export async function buildDashboard(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)), 'build'],
    { cwd: dashboardRoot, env: { ...process.env, NODE_ENV: 'production' } },
  );
}
