/** Placeholder until this command lands: fails loudly rather than pretending. */
export async function runIngest(_args: string[]): Promise<number> {
  process.stderr.write('Not implemented yet: ingest\n');
  return 1;
}
