import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console and API tests.
 *
 * No `typescript` plugin: since typescript-operations 6 the operations plugin emits the
 * enums and input types the operations use, and adding `typescript` declares them twice.
 * Enums are `const` objects plus a union type: usable as values (select choices) and safe
 * under `isolatedModules` (no `const enum`).
 */
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        enumType: 'const',
        useTypeImports: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
