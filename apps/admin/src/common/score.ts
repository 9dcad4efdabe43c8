/**
 * Scores travel as whole hundredths of a point (9650 = 96.50), like money in fen: formatted by
 * string arithmetic, never through a float.
 */
export function formatHundredths(hundredths: number | null | undefined): string {
  if (hundredths == null) return '—';
  if (!Number.isSafeInteger(hundredths)) throw new RangeError(`Hundredths must be a whole number: ${String(hundredths)}`);
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(hundredths);
  return `${sign}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** Points with their sign: 5 → "+5", -5 → "-5" (commendations and deductions side by side). */
export const signedPoints = (points: number): string => (points > 0 ? `+${points}` : String(points));
