export * from './access/index.js';
export * from './money/index.js';
export * from './catalog/index.js';
