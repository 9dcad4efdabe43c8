/** Partner API key scopes. Each opens a fixed set of actions (see permissions.ts). */
export const API_SCOPES = [
  'catalog:read',
  'orders:read',
  'orders:write',
  'complaints:read',
  'complaints:write',
  'surveys:write',
  'reports:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
