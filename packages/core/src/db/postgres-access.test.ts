import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPathToPostgres } from './postgres-access.ts';

const runsAsRoot = process.getuid?.() === 0;
let root = '';

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('openPathToPostgres', () => {
  it.runIf(runsAsRoot)(
    'grants search, not listing, on private folders above the path',
    async () => {
      root = await mkdtemp(join(tmpdir(), 'diplomacy-graph-private-'));
      await chmod(root, 0o700);
      const inner = join(root, 'checkout', 'node_modules');
      await mkdir(inner, { recursive: true, mode: 0o750 });

      openPathToPostgres(join(inner, 'initdb'));

      expect((await stat(root)).mode & 0o777).toBe(0o701);
      expect((await stat(inner)).mode & 0o777).toBe(0o751);
      expect((await stat(join(root, 'checkout'))).mode & 0o777).toBe(0o751);
    },
  );
});
