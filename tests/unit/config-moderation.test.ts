// TRUST_PROXY and the moderator sign-in settings: defaults, parsing, and refusals naming the variable.
import { ConfigError, loadConfig, parseTrustProxy } from '../../server/config';
import { DEFAULT_LOGIN_THROTTLE } from '../../server/moderation/moderator-login-throttle';
import { DEFAULT_SESSION_POLICY } from '../../server/moderation/session-tokens';

test('unset: no proxy is trusted, and the documented throttling and session defaults apply', () => {
  const config = loadConfig({});
  expect(config.trustProxy).toBe(false);
  expect(config.loginThrottle).toEqual(DEFAULT_LOGIN_THROTTLE);
  expect(config.moderatorSession).toEqual(DEFAULT_SESSION_POLICY);
});

test('TRUST_PROXY takes false, true, a hop count or a list of names, addresses and subnets', () => {
  expect(parseTrustProxy('false')).toBe(false);
  expect(parseTrustProxy('TRUE')).toBe(true);
  expect(parseTrustProxy('1')).toBe(1);
  expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8 ,fd00::/8,192.0.2.7' }).trustProxy).toBe(
    'loopback,10.0.0.0/8,fd00::/8,192.0.2.7',
  );
});

test('the throttling and session variables are read', () => {
  const config = loadConfig({
    LOGIN_THROTTLE_WINDOW_MINUTES: '30',
    LOGIN_SLOWDOWN_AFTER: '5',
    LOGIN_SLOWDOWN_MS: '0',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '20',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '100',
    MODERATOR_SESSION_HOURS: '4',
    MODERATOR_SESSION_IDLE_MINUTES: '20',
  });
  expect(config.loginThrottle).toEqual({
    ...DEFAULT_LOGIN_THROTTLE,
    windowMs: 1_800_000,
    slowdownAfter: 5,
    slowdownMs: 0,
    maxFailuresPerAccount: 20,
    maxFailuresPerAddress: 100,
  });
  expect(config.moderatorSession).toEqual({ lifetimeMs: 4 * 3_600_000, idleMs: 20 * 60_000 });
});

test('bad values stop the start, naming the variable', () => {
  for (const [name, value] of [
    ['TRUST_PROXY', 'my-proxy'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.0/8/1'],
    ['LOGIN_MAX_FAILURES_PER_ACCOUNT', '0'],
    ['LOGIN_SLOWDOWN_AFTER', 'three'],
    ['MODERATOR_SESSION_HOURS', '1.5'],
  ]) {
    expect(() => loadConfig({ [name!]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name!]: value })).toThrow(new RegExp(`${name}:`));
  }
});
