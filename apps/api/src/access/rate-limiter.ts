export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets in this process's memory: `perMinute` requests a minute per key, with bursts
 * up to `perMinute`. With several API processes each keeps its own buckets, so the effective
 * limit is `perMinute × processes` unless a proxy pins a client to one process.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private takes = 0;

  constructor(
    readonly perMinute: number,
    private readonly maxKeys = 100_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  get enabled(): boolean {
    return this.perMinute > 0;
  }

  take(key: string, now: number, cost = 1): RateDecision {
    if (!this.enabled) return { ok: true };
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    const ok = bucket.tokens >= cost;
    if (ok) bucket.tokens -= cost;
    // Re-inserted, so the map's order is least recently seen first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (++this.takes % 10_000 === 0 || this.buckets.size > this.maxKeys) this.prune(now);
    if (ok) return { ok: true };
    const waitMs = (Math.min(cost, this.perMinute) - bucket.tokens) / this.perMs;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /**
   * Full buckets carry no information: forget them. If that is not enough (a flood of distinct
   * callers), forget the least recently seen, so memory stays bounded either way.
   */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys * 0.9) break;
      this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
