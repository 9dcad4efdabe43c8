export * from './roles.js';
export * from './scopes.js';
export * from './permissions.js';
export * from './personal-data.js';
