/** What a partner app needs: typed operations (src/partner/operations.graphql) and the webhook contract. */
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
export * from './generated/partner.js';
export * from './partner/webhook-events.js';
