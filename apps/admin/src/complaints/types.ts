import type { ComplaintClockFieldsFragment, ComplaintDetailFragment, ComplaintRowFragment } from '@wuye/schema';

export type ComplaintRow = ComplaintRowFragment;
export type ComplaintDetail = ComplaintDetailFragment;
export type ComplaintClock = ComplaintClockFieldsFragment;
