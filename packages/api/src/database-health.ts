import { prisma } from '@diplomacy-graph/core/db';

export type DatabaseHealth = {
  reachable: boolean;
  latencyMs: number;
  error: string | null;
};

// A probe that hangs must not hang /ready: a dead server can leave a connect() pending for long.
const PROBE_TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query now, and how fast. Never throws. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within 2 s')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return { reachable: true, latencyMs: elapsed(started), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { reachable: false, latencyMs: elapsed(started), error: message ?? 'unknown error' };
  } finally {
    clearTimeout(timer);
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
