import { defineConfig } from 'vitest/config';

// Quiet logs in tests unless asked for; set here, before the global setup and the workers
// (which inherit the environment) load the logger.
process.env.LOG_LEVEL ??= 'warn';

export default defineConfig({
  test: {
    // One PostgreSQL server and one migrated template database per run.
    globalSetup: ['./src/testing/global-setup.ts'],
  },
});
