// The throttling decision, from counts alone: delays double from the threshold up to the maximum; caps refuse.
import {
  decideThrottle,
  DEFAULT_LOGIN_THROTTLE,
  retryAfterSeconds,
  slowdownFor,
} from '../../../server/moderation/moderator-login-throttle';

const policy = DEFAULT_LOGIN_THROTTLE;

test('no delay below the threshold, then 1 s, 2 s, 4 s, 8 s, capped at 10 s', () => {
  expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map((n) => slowdownFor(policy, n))).toEqual([
    0, 0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000,
  ]);
  expect(slowdownFor({ ...policy, slowdownMs: 0 }, 9)).toBe(0);
});

test('the account cap and the address cap each refuse; below both, the larger count sets the delay', () => {
  expect(decideThrottle(policy, { account: 10, address: 0 })).toEqual({ action: 'refuse', limitedBy: 'account' });
  expect(decideThrottle(policy, { account: 0, address: 30 })).toEqual({ action: 'refuse', limitedBy: 'address' });
  expect(decideThrottle(policy, { account: 9, address: 29 })).toEqual({ action: 'proceed', delayMs: 10_000 });
  expect(decideThrottle(policy, { account: 4, address: 1 })).toEqual({ action: 'proceed', delayMs: 2000 });
  expect(decideThrottle(policy, { account: 0, address: 0 })).toEqual({ action: 'proceed', delayMs: 0 });
});

test('Retry-After counts until the failure that makes the cap leaves the window, at least one second', () => {
  const now = new Date('2026-12-02T09:00:00Z');
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 5 * 60_000), now)).toBe(600);
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 5 * 60_000 - 500), now)).toBe(600); // rounded up
  // 599.2 s and 0.2 s left: rounding to the nearest second would say 599 and 0, rounding up says 600 and 1.
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 5 * 60_000 - 800), now)).toBe(600);
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 15 * 60_000 + 200), now)).toBe(1);
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 15 * 60_000 + 1200), now)).toBe(2);
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 15 * 60_000), now)).toBe(1); // aged out this instant
  expect(retryAfterSeconds(policy, new Date(now.getTime() - 20 * 60_000), now)).toBe(1);
});
