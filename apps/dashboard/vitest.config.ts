import { defineConfig } from 'vitest/config';

// Unit tests beside the code, browser tests in tests/; all of them run in Node (the browser
// tests drive a real Chromium from there).
export default defineConfig({
  resolve: {
    // The browser tests load the API's source. graphql 16 ships ESM and CJS builds: Node gives
    // Pothos and Yoga the CJS one, so the API's files must get that one too (as in packages/api).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // A fresh Postgres for the run (core's harness) and a build of the dashboard to serve.
    globalSetup: ['./tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
