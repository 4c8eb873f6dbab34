// A replica's lag in time, from WAL positions: the primary's flushed position is sampled every check, and a replica
// is as far behind as the oldest sample it has not replayed yet. On an idle primary the position stands still, the
// replica replays up to it and the lag is 0, where pg_last_xact_replay_timestamp() would grow with the idle time.
// The figure is as fine as the check interval (one sample a check).

/** The primary's flushed WAL position at one instant. */
export interface WalSample {
  at: number; // Date.now() when the primary answered
  position: bigint;
}

/** The samples a monitor keeps: enough to see any lag up to `keepMs`, one per check. */
export class WalHistory {
  private readonly samples: WalSample[] = [];

  constructor(private readonly keepMs: number) {}

  /** Records the primary's position; drops samples older than keepMs, keeping one so a long lag still shows. */
  add(sample: WalSample): void {
    this.samples.push(sample);
    while (this.samples.length > 1 && sample.at - this.samples[1]!.at > this.keepMs) this.samples.shift();
  }

  /** How long the replica at `replayed` has been missing WAL the primary had; 0 when it has everything sampled. */
  lagMs(replayed: bigint, now: number): number {
    const missing = this.samples.find((s) => s.position > replayed);
    return missing ? Math.max(0, now - missing.at) : 0;
  }

  /** Whether any sample was taken: without one the lag is unknown. */
  get known(): boolean {
    return this.samples.length > 0;
  }
}
