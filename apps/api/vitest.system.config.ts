import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * System tests against the compiled product (`npm run build` first), each with its own
 * PostgreSQL: `npm run test:faults` and `npm run test:load`. Not part of `npm test`: they take
 * minutes and measure the machine as much as the code.
 */
export default defineConfig({
  ...base,
  test: {
    include: ['test/system/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
});
