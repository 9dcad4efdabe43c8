import type { AppraisalDimension, AppraisalScoreInput } from '@wuye/schema';

/** 9000 hundredths → "90" for the input (the manager scores whole points); null → "". */
export const scoreInput = (hundredths: number | null | undefined): string => (hundredths == null ? '' : String(Math.round(hundredths / 100)));

const WHOLE_POINTS = /^(100|[1-9]?\d)$/;

/**
 * The manager's scores as typed → the API's whole points 0–100 (blank clears a score), and the
 * dimensions whose text is not such a number.
 */
export function scoresFrom(texts: Partial<Record<AppraisalDimension, string>>): { scores: AppraisalScoreInput[]; invalid: AppraisalDimension[] } {
  const scores: AppraisalScoreInput[] = [];
  const invalid: AppraisalDimension[] = [];
  for (const [dimension, text] of Object.entries(texts) as Array<[AppraisalDimension, string]>) {
    const trimmed = text.trim();
    if (trimmed === '') scores.push({ dimension, score: null });
    else if (WHOLE_POINTS.test(trimmed)) scores.push({ dimension, score: Number(trimmed) });
    else invalid.push(dimension);
  }
  return { scores, invalid };
}
