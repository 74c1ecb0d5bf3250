// Entry point of `pnpm ingest | reseed | eval`: picks the command, which parses its own flags.
import { runCommand } from './commands/index.ts';

process.exitCode = await runCommand(process.argv.slice(2));
