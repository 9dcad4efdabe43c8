import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { AtLeast, AtMost } from './validation.js';

export enum SortOrder {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const MAX_TAKE = 100;
export const DEFAULT_TAKE = 25;

/** Offset paging with a capped page size; validated per request, so variables cannot lift the cap. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @AtLeast(0)
  @AtMost(1_000_000)
  skip: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_TAKE })
  @AtLeast(1)
  @AtMost(MAX_TAKE)
  take: number = DEFAULT_TAKE;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}
