import { runDryRun } from './dry-run.ts';
import { runEval } from './eval.ts';
import { runIngest } from './ingest.ts';
import { runReseed } from './reseed.ts';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  // `ingest --dry-run` only reports what extraction reads; it never opens the database.
  ingest: (args) => (args.includes('--dry-run') ? runDryRun(args) : runIngest(args)),
  reseed: runReseed,
  eval: runEval,
};

/** Runs one CLI command and returns the process exit code. */
export async function runCommand([name, ...args]: string[]): Promise<number> {
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(
      `Unknown command "${name ?? ''}". Use one of: ${Object.keys(commands).join(', ')}.\n`,
    );
    return 2;
  }
  return command(args);
}
