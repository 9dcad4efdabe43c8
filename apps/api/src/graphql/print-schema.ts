import { lexicographicSortSchema, printSchema } from 'graphql';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/schema/schema.graphql');

const HEADER = '# Generated from apps/api by `npm run schema:emit -w @wuye/api`. Do not edit by hand.\n\n';

/** Sorted so the committed file only changes when the contract does. */
export async function printSchemaFile(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
