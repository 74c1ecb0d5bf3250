// Paths typed by the user are relative to where they typed the command. pnpm runs package scripts
// inside the package folder and passes the original folder as INIT_CWD, so resolve against that.
import { resolve } from 'node:path';

/** Resolves a command-line path against the folder the user ran `pnpm …` from. */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
