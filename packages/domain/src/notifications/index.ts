export * from './notification-kinds.js';
export * from './order-notifications.js';
