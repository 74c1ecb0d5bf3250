/** Placeholder until this command lands: fails loudly rather than pretending. */
export async function runEval(_args: string[]): Promise<number> {
  process.stderr.write('Not implemented yet: eval\n');
  return 1;
}
