import { v7 } from 'uuid';

/** Time-ordered UUIDs keep b-tree inserts local and leave room to shard by company later. */
export const newId = (): string => v7();
