import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDevDataDir } from './dev-data-dir.ts';

const runsAsRoot = process.getuid?.() === 0;
const created: string[] = [];

async function makeCheckout(mode: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'diplomacy-graph-checkout-'));
  await chmod(root, mode);
  created.push(root);
  return root;
}

afterAll(async () => {
  for (const folder of created) await rm(folder, { recursive: true, force: true });
});

describe('resolveDevDataDir', () => {
  it('keeps the data in the checkout when user postgres can reach it', async () => {
    const root = await makeCheckout(0o755);
    expect(await resolveDevDataDir(root)).toBe(join(root, '.data', 'postgres'));
  });

  it('falls back to a folder of its own under /var/tmp when the checkout is closed to others (as root)', async () => {
    const root = await makeCheckout(0o700);
    const dataDir = await resolveDevDataDir(root);
    if (!runsAsRoot) {
      // Postgres then runs as ourselves and reaches any folder we can.
      expect(dataDir).toBe(join(root, '.data', 'postgres'));
      return;
    }
    expect(dataDir).toMatch(/^\/var\/tmp\/diplomacy-graph-[0-9a-f]{12}\/postgres$/);
    created.push(dirname(dataDir));
    expect((await stat(dirname(dataDir))).mode & 0o777).toBe(0o755);
    expect(await resolveDevDataDir(root)).toBe(dataDir); // the same folder on every start
  });
});
