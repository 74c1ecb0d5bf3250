// Where the repository and the shared evaluation material are, whatever folder a command runs from
// (pnpm runs package scripts inside the package, not where the user typed the command).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let folder = resolve(from);
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    folder = parent;
  }
  return folder;
}

/** The default gold folder: `../shared/eval/gold` next to the repository. */
export function defaultGoldFolder(repoRoot: string = findRepoRoot()): string {
  return resolve(repoRoot, '..', 'shared', 'eval', 'gold');
}

/** The articles `pnpm eval` extracts when given no report: the repository's `seeds/`. */
export function defaultSeedsFolder(repoRoot: string = findRepoRoot()): string {
  return join(repoRoot, 'seeds');
}
