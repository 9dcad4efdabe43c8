import type { DepositAccountDetailFragment, DepositAccountRowFragment } from '@wuye/schema';

export type DepositAccountRow = DepositAccountRowFragment;
export type DepositAccountDetail = DepositAccountDetailFragment;
export type DepositMove = 'topUp' | 'refund';
