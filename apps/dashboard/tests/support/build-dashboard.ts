import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the browser tests' server finds the dashboard: the same dist `vite build` writes. */
export const dashboardRoot = fileURLToPath(new URL('../..', import.meta.url));
export const dashboardDist = fileURLToPath(new URL('../../dist', import.meta.url));

// Vitest global setup: the browser tests always drive a build of the code under test, never a
// stale dist left by an earlier run. A build takes about two seconds.
export default async function setup(): Promise<void> {
  await build({
    root: dashboardRoot,
    configFile: `${dashboardRoot}/vite.config.ts`,
    logLevel: 'warn',
  });
}
