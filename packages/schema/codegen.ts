import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console and API tests, and for partner apps.
 *
 * No `typescript` plugin: since typescript-operations 6 the operations plugin emits the
 * enums and input types the operations use, and adding `typescript` declares them twice.
 * Enums are `const` objects plus a union type: usable as values (select choices) and safe
 * under `isolatedModules` (no `const enum`).
 */
const output = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', SafeInt: 'number' },
    enumType: 'const',
    useTypeImports: true,
    dedupeFragments: true,
  },
};

/** The console's operations, and apart from them the partner apps' (`@wuye/schema/partner`). */
const config: CodegenConfig = {
  schema: './schema.graphql',
  generates: {
    'src/generated/graphql.ts': { ...output, documents: ['src/operations/**/*.graphql'] },
    'src/generated/partner.ts': { ...output, documents: ['src/partner/**/*.graphql'] },
  },
};

export default config;
