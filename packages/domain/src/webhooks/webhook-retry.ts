/**
 * When a delivery that failed is tried again (issue 10: "exponential backoff for about 24
 * hours, then the endpoint is marked failing"). Doubling from one minute, each wait capped at
 * four hours; the last attempt is made 24 hours after the first, then the delivery is given up.
 *
 *   failures: 1    2    3    4     5     6     7     8      9…
 *   wait:     1m   2m   4m   8m    16m   32m   64m   128m   240m …  (≈ 15 attempts in 24 h)
 */
export const WEBHOOK_RETRY = {
  firstWaitMs: 60_000,
  factor: 2,
  maxWaitMs: 4 * 3600_000,
  giveUpAfterMs: 24 * 3600_000,
} as const;

export type WebhookRetryPolicy = { readonly [K in keyof typeof WEBHOOK_RETRY]: number };

/** The wait after the n-th consecutive failure (n ≥ 1). */
export function webhookRetryWait(failures: number, policy: WebhookRetryPolicy = WEBHOOK_RETRY): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError(`failures must be a positive integer, got ${failures}`);
  // Capped before exponentiating large counts, so the arithmetic never overflows.
  const doublings = Math.min(failures - 1, 60);
  return Math.min(policy.firstWaitMs * policy.factor ** doublings, policy.maxWaitMs);
}

/**
 * After a failed attempt: when to try again, or null to give up. The window runs from the
 * first attempt; the final retry is pulled in to the window's end rather than skipped.
 */
export function nextWebhookAttempt(
  input: { firstAttemptAt: Date; failures: number; now: Date },
  policy: WebhookRetryPolicy = WEBHOOK_RETRY,
): Date | null {
  const deadline = input.firstAttemptAt.getTime() + policy.giveUpAfterMs;
  if (input.now.getTime() >= deadline) return null;
  const next = input.now.getTime() + webhookRetryWait(input.failures, policy);
  return new Date(Math.min(next, deadline));
}
