import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, SCHEMA_FILE } from '../src/graphql/print-schema.js';

describe('public contract', () => {
  it('the committed packages/schema/schema.graphql is what the API builds (run `npm run schema:emit -w @wuye/api`)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSchemaFile());
  });
});

describe('migrations', () => {
  it('the committed migrations create exactly the schema the entities describe', async () => {
    const { createTestApp } = await import('./harness.js');
    const app = await createTestApp();
    try {
      const diff = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await app.close();
    }
  });
});
