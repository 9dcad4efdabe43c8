import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
describe('generated operations', () => {
  it.each(['src/generated/graphql.ts', 'src/generated/partner.ts'])(
    '%s matches schema.graphql and its operations (run `npm run codegen -w @wuye/schema` if this fails)',
    async (committedPath) => {
      const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: packageRoot, silent: true }, false);
      const generated = outputs.find((o) => o.filename.endsWith(committedPath));
      expect(generated, `codegen produced no ${committedPath}`).toBeDefined();
      const committed = await readFile(new URL(`../${committedPath}`, import.meta.url), 'utf8');
      expect(committed).toBe(generated!.content);
    },
  );
});
