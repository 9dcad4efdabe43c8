export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
export * from './generated/graphql.js';
