// The database side of the domain: the process's Prisma client, opening the database
// (embedded PostgreSQL or DATABASE_URL) and the migrations.
export type {
  Article,
  Country,
  Event,
  EventConflict,
  EventEvidence,
  EventParticipant,
  Evidence,
  Mention,
  Office,
  OfficeEvidence,
  Organization,
  Person,
  PersonEvidence,
  Place,
} from '../generated/prisma/client.ts';
export { Prisma, PrismaClient } from '../generated/prisma/client.ts';
export { createPrismaClient, prisma, queryRows } from './client.ts';
export { migrateDatabase } from './migrate.ts';
export { type OpenDatabase, openDatabase } from './open-database.ts';
export { checkMigrationDrift, createMigration, type DriftReport } from './schema-diff.ts';
export { connectionOfTransaction, type TransactionConnection } from './transaction-connection.ts';
