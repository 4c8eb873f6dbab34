// An express-rate-limit store kept in the database (rate_limit_hit), so that every app instance on one database counts
// into one limit: with the default in-memory store, N instances allowed N times the limit (issue 16, decision 0058).
// Fixed windows, as express-rate-limit's own MemoryStore: the first hit opens a window of windowMs, the limit holds
// until it ends, then the next hit opens a new one. Addresses are stored only as a keyed hash (HMAC-SHA256 under a key
// derived from CURSOR_SECRET, which instances already share), and ended windows are swept away.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import type { Database } from '../db/schema';
import { countHit, currentWindow, forgetKey, sweepEndedWindows, takeBackHit } from './rate-limit-hits.queries';

/** What the store needs: the database, the secret that keys address hashes, and the app's clock. */
export interface DatabaseStoreOptions {
  db: Kysely<Database>;
  secret: string; // instances sharing a limit must share it (CURSOR_SECRET)
  now?: () => Date;
  sweepEveryMs?: number; // how often ended windows are deleted, at most; 60 s when absent
}

const DEFAULT_SWEEP_EVERY_MS = 60_000;

/** Makes one store per limiter (express-rate-limit refuses a store shared by two limiters), named by `limiter`. */
export type RateLimitStoreFactory = (limiter: string) => Store;

/** A factory of database stores sharing one database, secret and clock. */
export function databaseRateLimitStores(options: DatabaseStoreOptions): RateLimitStoreFactory {
  // One key for hashing addresses, derived so that the hashes say nothing about the cursor-signing secret.
  const hashKey = createHmac('sha256', options.secret).update('puente rate-limit address hash').digest();
  return (limiter) => new DatabaseRateLimitStore(options, hashKey, limiter);
}

/** express-rate-limit's Store over rate_limit_hit. */
export class DatabaseRateLimitStore implements Store {
  readonly localKeys = false; // a hit counted here counts for every instance
  readonly prefix: string;
  private windowMs = 60_000; // set by init from the limiter's options
  private nextSweepAt = 0;
  private readonly now: () => Date;

  constructor(
    private readonly options: DatabaseStoreOptions,
    private readonly hashKey: Buffer,
    limiter: string,
  ) {
    this.prefix = `${limiter}:`;
    this.now = options.now ?? (() => new Date());
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  /** The row's key: the limiter's name and the address's keyed hash (never the address). */
  rowKey(key: string): string {
    return this.prefix + createHmac('sha256', this.hashKey).update(key).digest('base64url');
  }

  async increment(key: string): Promise<IncrementResponse> {
    const now = this.now();
    await this.sweepNowAndThen(now);
    const count = await countHit(this.options.db, {
      key: this.rowKey(key),
      now,
      windowEndsAt: new Date(now.getTime() + this.windowMs),
    });
    return { totalHits: count.hits, resetTime: count.resetAt };
  }

  async decrement(key: string): Promise<void> {
    await takeBackHit(this.options.db, this.rowKey(key), this.now());
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const count = await currentWindow(this.options.db, this.rowKey(key), this.now());
    return count && { totalHits: count.hits, resetTime: count.resetAt };
  }

  async resetKey(key: string): Promise<void> {
    await forgetKey(this.options.db, this.rowKey(key));
  }

  // Ended windows (this limiter's and everyone's) are deleted at most once per sweepEveryMs per store, before a hit.
  private async sweepNowAndThen(now: Date): Promise<void> {
    if (now.getTime() < this.nextSweepAt) return;
    this.nextSweepAt = now.getTime() + (this.options.sweepEveryMs ?? DEFAULT_SWEEP_EVERY_MS);
    await sweepEndedWindows(this.options.db, now);
  }
}
