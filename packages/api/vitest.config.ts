import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships ESM and CJS builds. Node (hence Pothos and Yoga, loaded unbundled) takes
    // the CJS one; Vite would hand our files the ESM one, and two copies of graphql refuse each
    // other's types. Point our files at the build Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // One PostgreSQL server per run; each test file copies a migrated template database.
    globalSetup: ['@diplomacy-graph/core/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
