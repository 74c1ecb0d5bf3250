// What the global setup hands to the test files of a run (vitest's provide/inject).
export type TestServer = {
  /** URL of the maintenance database of the run's PostgreSQL server. */
  serverUrl: string;
  /** The migrated database each test database is copied from. */
  templateDatabase: string;
};

export const testServerKey = 'diplomacyGraphTestServer';

declare module 'vitest' {
  export interface ProvidedContext {
    [testServerKey]: TestServer;
  }
}
