// Benchmarks write into databases of their own on the development server, made fresh for each
// measurement so one run never sees another's rows.
import { migrateDatabase, prisma } from '@diplomacy-graph/core/db';

/** Drops `name` on the server `prisma` is connected to, if it exists (open sessions included). */
export async function dropBenchDatabase(name: string): Promise<void> {
  await prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** (Re)creates the migrated, empty database `name` beside the one of `devUrl`; returns its URL. */
export async function freshBenchDatabase(devUrl: string, name: string): Promise<string> {
  await dropBenchDatabase(name);
  await prisma.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(devUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return url.toString();
}
