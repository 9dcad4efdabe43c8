import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWebhookAttempt, WEBHOOK_RETRY, webhookRetryWait } from './webhook-retry.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const first = new Date('2026-11-20T02:00:00.000Z');
const at = (ms: number) => new Date(first.getTime() + ms);

/** Every attempt a receiver that never answers would get, from the first one. */
function attemptsOfADeadReceiver(): Date[] {
  const attempts = [first];
  for (let failures = 1; ; failures++) {
    const next = nextWebhookAttempt({ firstAttemptAt: first, failures, now: attempts[attempts.length - 1]! });
    if (!next) return attempts;
    attempts.push(next);
  }
}

describe('the wait doubles from one minute, capped at four hours', () => {
  it.each([
    [1, 1 * MIN],
    [2, 2 * MIN],
    [3, 4 * MIN],
    [4, 8 * MIN],
    [5, 16 * MIN],
    [6, 32 * MIN],
    [7, 64 * MIN],
    [8, 128 * MIN],
    [9, 4 * HOUR],
    [10, 4 * HOUR],
    [500, 4 * HOUR],
  ])('after failure %i → wait %i ms', (failures, wait) => {
    expect(webhookRetryWait(failures)).toBe(wait);
  });

  it('a count below one is a programming error', () => {
    expect(() => webhookRetryWait(0)).toThrow(RangeError);
  });
});

describe('retries run for about 24 hours, then the delivery is given up', () => {
  it('a dead receiver is tried 14 times, the last exactly 24 hours after the first', () => {
    const attempts = attemptsOfADeadReceiver();
    expect(attempts).toHaveLength(14);
    expect(attempts.map((a) => (a.getTime() - first.getTime()) / MIN)).toEqual([
      0, 1, 3, 7, 15, 31, 63, 127, 255, 495, 735, 975, 1215, 1440,
    ]);
  });

  it('no retry once the window has run out', () => {
    expect(nextWebhookAttempt({ firstAttemptAt: first, failures: 14, now: at(24 * HOUR) })).toBeNull();
    expect(nextWebhookAttempt({ firstAttemptAt: first, failures: 3, now: at(25 * HOUR) })).toBeNull();
  });

  it('a late retry is pulled in to the end of the window, not skipped', () => {
    expect(nextWebhookAttempt({ firstAttemptAt: first, failures: 9, now: at(23 * HOUR) })).toEqual(at(24 * HOUR));
  });

  it('property: the next attempt is always later than now and never past the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: WEBHOOK_RETRY.giveUpAfterMs - 1 }), (failures, elapsed) => {
        const now = at(elapsed);
        const next = nextWebhookAttempt({ firstAttemptAt: first, failures, now });
        expect(next).not.toBeNull();
        expect(next!.getTime()).toBeGreaterThan(now.getTime());
        expect(next!.getTime()).toBeLessThanOrEqual(first.getTime() + WEBHOOK_RETRY.giveUpAfterMs);
      }),
    );
  });
});
