export * from './webhook-events.js';
export * from './webhook-endpoint.js';
export * from './webhook-messages.js';
export * from './webhook-retry.js';
export * from './webhook-signature.js';
