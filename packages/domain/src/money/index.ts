export * from './fen.js';
export * from './basis-points.js';
export * from './yuan.js';
export * from './money-messages.js';
