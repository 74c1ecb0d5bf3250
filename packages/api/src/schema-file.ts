import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.ts';

/** Where the checked-in SDL lives. */
export const schemaFilePath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The SDL of the schema as code defines it, in the checked-in file's form. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
