/** Placeholder until this command lands: fails loudly rather than pretending. */
export async function runDryRun(_args: string[]): Promise<number> {
  process.stderr.write('Not implemented yet: dry-run\n');
  return 1;
}
