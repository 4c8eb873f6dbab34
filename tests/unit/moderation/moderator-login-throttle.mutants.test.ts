// The throttle's guard for a policy that asks for no slowdown (mutants of `npm run test:mutation` no other test told
// apart, docs/decisions/0067-mutation-testing-with-stryker.md): zero or a negative slowdown holds no answer, whatever
// the cap and the count, rather than a zero or negative delay computed from it.
import fc from 'fast-check';
import { DEFAULT_LOGIN_THROTTLE, slowdownFor } from '../../../server/moderation/moderator-login-throttle';

test('a slowdown of zero or less holds no answer, whatever the cap and however many failures', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -10_000, max: 0 }),
      fc.integer({ min: -10_000, max: 10_000 }),
      fc.integer({ min: 0, max: 1_000 }),
      (slowdownMs, maxDelayMs, failures) => {
        expect(slowdownFor({ ...DEFAULT_LOGIN_THROTTLE, slowdownMs, maxDelayMs }, failures)).toBe(0);
      },
    ),
  );
  expect(slowdownFor({ ...DEFAULT_LOGIN_THROTTLE, slowdownMs: -1000 }, 5)).toBe(0);
  expect(slowdownFor({ ...DEFAULT_LOGIN_THROTTLE, slowdownMs: 0, maxDelayMs: -1 }, 5)).toBe(0);
});
