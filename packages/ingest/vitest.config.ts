import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One embedded PostgreSQL per run, a migrated template copied per test file.
    globalSetup: ['@diplomacy-graph/core/testing/global-setup'],
    // Integration tests spawn the CLI and ingest a generated corpus.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
