/**
 * A table, column or index name as a quoted SQL identifier: Prisma's names are mixed-case
 * ("EventParticipant"), which Postgres folds to lower case unless quoted.
 * @example quoteIdentifier('Person') // '"Person"'
 */
export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
