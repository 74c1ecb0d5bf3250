// Foreign keys checked once per constraint instead of once per row. Postgres checks a foreign key
// with a trigger per inserted row (an index probe plus a row lock on the parent); on a reseed's
// million rows that costs more than the inserts themselves. With session_replication_role =
// replica those triggers are skipped for the write, then one anti-join per constraint proves the
// same thing for all rows, still inside the transaction: a violation rolls everything back.
import type { Prisma } from '@diplomacy-graph/core/db';
import { quoteIdentifier } from './quote-identifier.ts';

type ForeignKey = {
  name: string;
  child: string;
  parent: string;
  childColumns: string[];
  parentColumns: string[];
};

async function listForeignKeys(
  tx: Prisma.TransactionClient,
  tables: readonly string[],
): Promise<ForeignKey[]> {
  const columnsOf = (keys: string, table: string) =>
    `array(SELECT a.attname::text FROM unnest(c.${keys}) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = c.${table} AND a.attnum = k.attnum ORDER BY k.position)`;
  return tx.$queryRawUnsafe<ForeignKey[]>(
    `SELECT c.conname::text AS "name", child.relname::text AS "child", parent.relname::text AS "parent",
            ${columnsOf('conkey', 'conrelid')} AS "childColumns",
            ${columnsOf('confkey', 'confrelid')} AS "parentColumns"
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
      WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
        AND (child.relname IN (SELECT json_array_elements_text($1::json))
             OR parent.relname IN (SELECT json_array_elements_text($1::json)))`,
    JSON.stringify(tables),
  );
}

/**
 * The foreign keys from or to `tables` that some row violates (MATCH SIMPLE: a NULL column is
 * exempt). Keys to them count too: with cascades off, a deleted parent must leave no orphan.
 */
async function findViolations(
  tx: Prisma.TransactionClient,
  tables: readonly string[],
): Promise<string[]> {
  const keys = await listForeignKeys(tx, tables);
  if (keys.length === 0) return [];
  const probes = keys.map((key) => {
    const present = key.childColumns.map((column) => `c.${quoteIdentifier(column)} IS NOT NULL`);
    const joined = key.childColumns.map(
      (column, i) =>
        `p.${quoteIdentifier(key.parentColumns[i] ?? '')} = c.${quoteIdentifier(column)}`,
    );
    return `SELECT ${`'${key.name.replaceAll("'", "''")}'`} AS "name" WHERE EXISTS (
      SELECT 1 FROM ${quoteIdentifier(key.child)} c WHERE ${present.join(' AND ')}
        AND NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(key.parent)} p WHERE ${joined.join(' AND ')}))`;
  });
  const rows = await tx.$queryRawUnsafe<{ name: string }[]>(probes.join('\nUNION ALL\n'));
  return rows.map((row) => row.name);
}

/**
 * Runs `write` with per-row foreign-key triggers off (so also without ON DELETE CASCADE: `write`
 * deletes children itself), then checks every foreign key from or to `tables` in bulk and throws
 * on a violation. Without the privilege to set
 * session_replication_role (a non-superuser DATABASE_URL), `write` runs with the ordinary
 * per-row checks.
 * @throws Error naming the violated constraints
 */
export async function writeWithSetBasedForeignKeys(
  tx: Prisma.TransactionClient,
  tables: readonly string[],
  write: () => Promise<void>,
): Promise<void> {
  const [privilege] = await tx.$queryRawUnsafe<{ allowed: boolean }[]>(
    `SELECT has_parameter_privilege('session_replication_role', 'SET') AS "allowed"`,
  );
  if (!privilege?.allowed) return write();
  await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
  await write();
  await tx.$executeRawUnsafe('SET LOCAL session_replication_role = origin');
  const violated = await findViolations(tx, tables);
  if (violated.length > 0) {
    throw new Error(`the written graph violates foreign keys: ${violated.join(', ')}`);
  }
}
