import { divideRoundHalfAwayFromZero, type BasisPoints } from '../money/basis-points.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ItemMonthPnl, PnlItemIdentity, PnlStatus } from './item-pnl.js';
import { addMonths, compareMonths, isMonthKey, monthsBetween, type MonthKey } from './month-key.js';
import type { ProfitabilityMessageKey } from './profitability-messages.js';

/** The statuses a project manager must review and decide on (issue 6, "Loss-making review"). */
export const REVIEW_STATUSES: readonly PnlStatus[] = ['loss', 'thin'];

export function isUnderReview(status: PnlStatus): boolean {
  return REVIEW_STATUSES.includes(status);
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * "Worst first", a total order:
 * 1. loss before thin (any other status after both);
 * 2. the lower margin in fen (the bigger loss in money) first;
 * 3. the lower margin % first; no rate (a cost with no revenue at all) counts
 *    as the lowest, since no price covers any of it;
 * 4. item name, then item id, project id and month, in code-unit order (not
 *    pinyin: independent of the runtime's locale data; the console may re-sort).
 */
export function compareReviewOrder(a: ItemMonthPnl, b: ItemMonthPnl): number {
  const rank = (s: PnlStatus) => (s === 'loss' ? 0 : s === 'thin' ? 1 : 2);
  const rate = (bp: BasisPoints | null) => (bp === null ? Number.NEGATIVE_INFINITY : bp);
  return (
    rank(a.status) - rank(b.status) ||
    a.margin - b.margin ||
    Math.sign(rate(a.marginBasisPoints) - rate(b.marginBasisPoints)) ||
    text(a.itemName, b.itemName) ||
    text(a.itemId, b.itemId) ||
    text(a.projectId, b.projectId) ||
    compareMonths(a.month, b.month)
  );
}

/**
 * The review list: the loss and thin item-months among `pnls` (optionally of
 * one project and one month), worst first by compareReviewOrder.
 */
export function reviewList(
  pnls: readonly ItemMonthPnl[],
  filter: { readonly projectId?: string; readonly month?: MonthKey } = {},
): ItemMonthPnl[] {
  return pnls
    .filter(
      (p) =>
        isUnderReview(p.status) &&
        (filter.projectId === undefined || p.projectId === filter.projectId) &&
        (filter.month === undefined || p.month === filter.month),
    )
    .sort(compareReviewOrder);
}

// ---------------------------------------------------------------- escalation

/** An item that stays loss-making this many months in a row without a decision goes to the GM. */
export const DEFAULT_LOSS_ESCALATION_MONTHS = 3;

export interface MonthStatus {
  readonly month: MonthKey;
  readonly status: PnlStatus;
}

/** Consecutive loss months ending with `throughMonth` (0 if that month is not a loss); a month missing from the history breaks the run. */
export function lossStreak(history: readonly MonthStatus[], throughMonth: MonthKey): number {
  const loss = new Set(history.filter((h) => h.status === 'loss').map((h) => h.month));
  let streak = 0;
  while (loss.has(addMonths(throughMonth, -streak))) streak++;
  return streak;
}

export type LossEscalation =
  | { readonly escalate: false; readonly streak: number }
  | {
      readonly escalate: true;
      readonly streak: number;
      /** First month of the undecided run: one escalation per run, so the API can key its notification on it. */
      readonly undecidedSince: MonthKey;
      /** `${projectId}:${itemId}:${undecidedSince}`: re-running the check never notifies twice. */
      readonly key: string;
      readonly messageKey: ProfitabilityMessageKey;
      readonly params: MessageParams;
    };

/**
 * Escalate when the item has been a loss in each of the last `months` months
 * up to `throughMonth` and no decision was recorded in any of them. The run
 * is counted from the later of the streak's first month and the month after
 * the latest decision: a decision taken in month 4 of a loss streak silences
 * the escalation until months 5–7 are losses too. Pass the month of the latest
 * decision that was not rejected (a rejected proposal decides nothing).
 */
export function lossEscalation({
  item,
  history,
  throughMonth,
  lastDecisionMonth,
  months = DEFAULT_LOSS_ESCALATION_MONTHS,
}: {
  readonly item: Pick<PnlItemIdentity, 'projectId' | 'itemId' | 'itemName'>;
  readonly history: readonly MonthStatus[];
  readonly throughMonth: MonthKey;
  readonly lastDecisionMonth: MonthKey | null;
  readonly months?: number;
}): LossEscalation {
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError('months must be a whole number ≥ 1');
  if (!isMonthKey(throughMonth)) throw new RangeError(`Not a month: ${String(throughMonth)}`);
  const streak = lossStreak(history, throughMonth);
  if (streak === 0) return { escalate: false, streak };
  const streakStart = addMonths(throughMonth, 1 - streak);
  const afterDecision = lastDecisionMonth === null ? streakStart : addMonths(lastDecisionMonth, 1);
  const undecidedSince = compareMonths(afterDecision, streakStart) > 0 ? afterDecision : streakStart;
  const undecided = monthsBetween(undecidedSince, throughMonth) + 1;
  if (undecided < months) return { escalate: false, streak };
  return {
    escalate: true,
    streak,
    undecidedSince,
    key: `${item.projectId}:${item.itemId}:${undecidedSince}`,
    messageKey: 'profitability.escalation.lossStreak',
    params: { item: item.itemName, months: undecided },
  };
}

// ------------------------------------------------------------ volume progress

export interface VolumeProgress {
  readonly targetOrdersPerMonth: number;
  readonly orders: number;
  /** orders ÷ target in basis points, rounded half away from zero (10000 = on target). */
  readonly basisPoints: BasisPoints;
  readonly met: boolean;
}

/** Progress of a "grow volume" decision in one month: the month's orders against the target. */
export function volumeProgress({ targetOrdersPerMonth, orders }: { readonly targetOrdersPerMonth: number; readonly orders: number }): VolumeProgress {
  if (!Number.isSafeInteger(targetOrdersPerMonth) || targetOrdersPerMonth < 1) throw new RangeError('target must be a whole number ≥ 1');
  if (!Number.isSafeInteger(orders) || orders < 0) throw new RangeError('orders must be a whole number ≥ 0');
  const basisPoints = Number(divideRoundHalfAwayFromZero(BigInt(orders) * 10_000n, BigInt(targetOrdersPerMonth)));
  return { targetOrdersPerMonth, orders, basisPoints, met: orders >= targetOrdersPerMonth };
}
