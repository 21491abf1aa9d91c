// A token bucket: `burst` actions at once, then `perSecond` on average. Clocks are the server's
// (never the game's): a limit on how fast a client may talk, not a rule of the game.
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(private readonly burst: number, private readonly perSecond: number, private readonly now: () => number = Date.now) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty (the action is refused). */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Gives back a token taken for an action that did not happen after all. */
  giveBack(): void {
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }
}

/** One bucket per key (an address), forgotten after a quiet minute so the map stays small. */
export class KeyedRateLimit {
  private readonly buckets = new Map<string, { limit: RateLimit; seen: number }>();

  /** `forgetAfterMs`: how long a quiet bucket is kept once there are many (at least the time it takes to fill again). */
  constructor(private readonly burst: number, private readonly perSecond: number, private readonly now: () => number = Date.now, private readonly forgetAfterMs = 60_000) {}

  take(key: string): boolean {
    const now = this.now();
    if (this.buckets.size > 10_000) for (const [k, b] of this.buckets) if (now - b.seen > this.forgetAfterMs) this.buckets.delete(k);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { limit: new RateLimit(this.burst, this.perSecond, this.now), seen: now }));
    bucket.seen = now;
    return bucket.limit.take();
  }

  giveBack(key: string): void {
    this.buckets.get(key)?.limit.giveBack();
  }
}
