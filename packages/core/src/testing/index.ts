// Test helpers for every package: a fresh migrated database per test file.
// Wire '@diplomacy-graph/core/testing/global-setup' as vitest's globalSetup (see vitest.config.ts).
export { createTestDatabase, type TestDatabase } from './test-database.ts';
