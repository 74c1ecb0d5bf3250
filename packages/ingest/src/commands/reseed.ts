/** Placeholder until this command lands: fails loudly rather than pretending. */
export async function runReseed(_args: string[]): Promise<number> {
  process.stderr.write('Not implemented yet: reseed\n');
  return 1;
}
