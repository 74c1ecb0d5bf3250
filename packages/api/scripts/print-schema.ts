// Writes schema.graphql from the code (the package's `generate` task); a test keeps them equal.
import { writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFilePath } from '../src/schema-file.ts';

writeFileSync(schemaFilePath, printSchemaFile());
