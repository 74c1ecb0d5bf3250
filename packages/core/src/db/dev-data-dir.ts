import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { logger } from '../logger.ts';
import { repoRoot } from './paths.ts';

const othersMaySearch = 0o001;

// As root, Postgres runs as user `postgres`, which must be able to walk down to its data
// directory: every existing folder above it must be searchable by others (a checkout under
// /root is not). The data directory itself is handed to `postgres` on initialisation.
function isReachableByPostgres(dataDir: string): boolean {
  if (process.getuid?.() !== 0) return true;
  for (let folder = dirname(dataDir); ; folder = dirname(folder)) {
    if (existsSync(folder) && (statSync(folder).mode & othersMaySearch) === 0) return false;
    if (dirname(folder) === folder) return true;
  }
}

/**
 * The data directory of the development server: `<repo>/.data/postgres` (git-ignored), or, when
 * user `postgres` cannot reach the repository, a folder under /var/tmp keyed by the repository
 * path, so each checkout keeps its own data across restarts.
 */
export async function resolveDevDataDir(root = repoRoot): Promise<string> {
  const inRepo = join(root, '.data', 'postgres');
  if (isReachableByPostgres(inRepo)) return inRepo;
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const parent = join('/var/tmp', `diplomacy-graph-${key}`);
  await mkdir(parent, { recursive: true, mode: 0o755 });
  const fallback = join(parent, 'postgres');
  logger.warn(
    { repoRoot: root, dataDir: fallback },
    `user postgres cannot reach ${inRepo} (a parent folder is closed to others); keeping the database in ${fallback} instead`,
  );
  return fallback;
}
