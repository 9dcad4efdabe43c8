import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql and MikroORM read decorator metadata, which only SWC emits here.
const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Source files must share graphql's module instance with the externalised libraries
    // (type-graphql, Apollo), which Node loads from graphql's CommonJS entry.
    alias: { graphql: require.resolve('graphql') },
  },
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  test: {
    globalSetup: ['test/global-setup.ts'],
    // test/system: the database-fault and sustained-load runs (vitest.system.config.ts).
    exclude: ['test/system/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
