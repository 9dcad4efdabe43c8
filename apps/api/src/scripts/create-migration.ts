import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { MIGRATIONS_SOURCE_DIR } from '../db/orm-config.js';
import { createLogger } from '../logger.js';

/**
 * Diffs the entities against the migrated database, writes the next migration into
 * src/db/migrations and regenerates its index. Run after `npm run build -w @wuye/api`.
 */
const config = loadConfig();
const db = await openDatabase({ ...config, seedDemo: false }, createLogger('warn'), { writeSnapshot: true });
try {
  const result = await db.orm.getMigrator().createMigration(MIGRATIONS_SOURCE_DIR, false, false, process.argv[2]);
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
  const files = readdirSync(MIGRATIONS_SOURCE_DIR)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .sort();
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  const index = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    '/** Every committed migration, in order. `npm run migration:create -w @wuye/api` regenerates this file. */',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ].join('\n');
  writeFileSync(join(MIGRATIONS_SOURCE_DIR, 'index.ts'), index);
} finally {
  await db.close();
}
