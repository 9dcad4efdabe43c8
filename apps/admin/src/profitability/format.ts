import { formatBasisPoints } from '@wuye/domain';

/** 1250 → "12.50%", null (no revenue to divide by) → "—". */
export const formatRate = (bp: number | null | undefined): string => (bp == null ? '—' : formatBasisPoints(bp));
