export * from './access/index.js';
export * from './money/index.js';
export * from './catalog/index.js';
export * from './calendar/index.js';
export * from './complaints/index.js';
export * from './orders/index.js';
export * from './notifications/index.js';
