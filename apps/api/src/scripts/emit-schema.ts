import { writeFileSync } from 'node:fs';
import { printSchemaFile, SCHEMA_FILE } from '../graphql/print-schema.js';

writeFileSync(SCHEMA_FILE, await printSchemaFile());
console.log(`wrote ${SCHEMA_FILE}`);
