// Login throttling, the pure part: from recent failure counts, how long to hold the answer, or whether to refuse.

/** Thresholds, per account (the email typed) and per client address, over a sliding window. */
export interface LoginThrottlePolicy {
  windowMs: number; // failures older than this are forgotten
  slowdownAfter: number; // from this many failures on, each answer is held back
  slowdownMs: number; // the first held answer's delay; it doubles with each further failure
  maxDelayMs: number; // the longest an answer is held
  maxFailuresPerAccount: number; // at this many, sign-ins for the account are refused (429) until failures age out
  maxFailuresPerAddress: number; // the same for one client address, whatever account it tries
}

/** 15 minutes; slower from the 3rd failure (1 s, 2 s, 4 s, ... up to 10 s); refused at 10 per account, 30 per address. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  slowdownAfter: 3,
  slowdownMs: 1000,
  maxDelayMs: 10_000,
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 30,
};

/** Recent failures seen before this attempt. */
export interface RecentFailures {
  account: number;
  address: number;
}

/** What to do with an attempt: go ahead after `delayMs`, or refuse because a cap is reached. */
export type ThrottleDecision =
  { action: 'proceed'; delayMs: number } | { action: 'refuse'; limitedBy: 'account' | 'address' };

/** Decides from the failures counted before this attempt. */
export function decideThrottle(policy: LoginThrottlePolicy, before: RecentFailures): ThrottleDecision {
  if (before.account >= policy.maxFailuresPerAccount) return { action: 'refuse', limitedBy: 'account' };
  if (before.address >= policy.maxFailuresPerAddress) return { action: 'refuse', limitedBy: 'address' };
  return { action: 'proceed', delayMs: slowdownFor(policy, Math.max(before.account, before.address)) };
}

/** The delay after `failures` recent failures: none below the threshold, then doubling, capped. */
export function slowdownFor(policy: LoginThrottlePolicy, failures: number): number {
  const excess = failures - policy.slowdownAfter;
  if (excess < 0 || policy.slowdownMs <= 0) return 0;
  return Math.min(policy.maxDelayMs, policy.slowdownMs * 2 ** Math.min(excess, 30));
}

/** Whole seconds until the failure that makes the cap ages out of the window (at least 1): the Retry-After value. */
export function retryAfterSeconds(policy: LoginThrottlePolicy, oldestCountedFailure: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestCountedFailure.getTime() + policy.windowMs - now.getTime()) / 1000));
}
