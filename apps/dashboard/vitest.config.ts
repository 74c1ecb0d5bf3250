import { defineConfig } from 'vitest/config';

// Unit tests beside the code, browser tests in tests/; all of them run in Node (the browser
// tests drive a real Chromium from there).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
