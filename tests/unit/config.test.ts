// The environment is parsed once; a bad value stops the start with a ConfigError naming the variable.
import { ConfigError, DEFAULT_ABUSE_LIMITS, DEFAULT_TILE_CONFIG, loadConfig } from '../../server/config';
import { DEFAULT_LOGIN_THROTTLE } from '../../server/moderation/moderator-login-throttle';
import { DEFAULT_SESSION_POLICY } from '../../server/moderation/session-tokens';
import { DEFAULT_HTTP_CACHE_POLICY } from '../../server/http/cache-headers';

/** The ConfigError loadConfig throws for `env`, or a failure when it does not throw one. */
function configErrorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

test('an empty environment gives the documented defaults', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    port: 3000,
    host: '0.0.0.0',
    databaseUrl: undefined,
    dataDir: './data',
    logLevel: 'info',
    seedOnStart: 'demo',
    dbPoolSize: 10,
    shutdownTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
  });
  expect(config.cursorSecret).toMatch(/^[0-9a-f]{64}$/);
  expect(loadConfig({}).cursorSecret).not.toBe(config.cursorSecret); // random per process start
});

test('an empty variable counts as unset (PORT= falls back to 3000, not port 0)', () => {
  const config = loadConfig({ PORT: '', DATABASE_URL: ' ', LOG_LEVEL: '' });
  expect(config.port).toBe(3000);
  expect(config.databaseUrl).toBeUndefined();
  expect(config.logLevel).toBe('info');
});

test('values given are parsed and kept', () => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '127.0.0.1',
    DATABASE_URL: 'postgres://puente:secret@db:5432/puente',
    DATA_DIR: '/var/lib/puente',
    LOG_LEVEL: 'warn',
    CURSOR_SECRET: 'a-shared-secret-of-some-length',
    SEED_ON_START: 'none',
    DB_POOL_SIZE: '25',
    SHUTDOWN_TIMEOUT_MS: '500',
    REQUEST_TIMEOUT_MS: '2000',
  });
  expect(config).toEqual({
    port: 8080,
    host: '127.0.0.1',
    databaseUrl: 'postgres://puente:secret@db:5432/puente',
    readDatabaseUrls: [], // tests/unit/config-read-replicas.test.ts covers DATABASE_READ_URL and REPLICA_*
    replicaMaxLagMs: 10_000,
    replicaCheckIntervalMs: 1000,
    dataDir: '/var/lib/puente',
    logLevel: 'warn',
    cursorSecret: 'a-shared-secret-of-some-length',
    seedOnStart: 'none',
    dbPoolSize: 25,
    dbTimeouts: { connectMs: 2000, statementMs: 5000 }, // tests/unit/config-database.test.ts covers DB_*_TIMEOUT_MS
    shutdownTimeoutMs: 500,
    requestTimeoutMs: 2000,
    tiles: DEFAULT_TILE_CONFIG, // tests/unit/config-tiles.test.ts covers TILE_URL
    trustProxy: false,
    loginThrottle: DEFAULT_LOGIN_THROTTLE,
    moderatorSession: DEFAULT_SESSION_POLICY,
    abuseLimits: DEFAULT_ABUSE_LIMITS,
    instance: { name: null, contact: null }, // tests/unit/config-instance.test.ts covers INSTANCE_NAME and INSTANCE_CONTACT
    httpCache: DEFAULT_HTTP_CACHE_POLICY, // tests/unit/http/cache-headers.test.ts covers CACHE_*_SECONDS
  });
  expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/puente' }).databaseUrl).toBe(
    'postgresql://localhost/puente',
  );
  expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined(); // set but empty: embedded PGlite
});

test('SUBMISSIONS_PER_HOUR and REPORTS_PER_HOUR set the per-address limits; a non-number is a ConfigError naming it', () => {
  expect(loadConfig({ SUBMISSIONS_PER_HOUR: '20', REPORTS_PER_HOUR: '7' }).abuseLimits).toEqual({
    submissions: { limit: 20, windowMs: 3_600_000 },
    reports: { limit: 7, windowMs: 3_600_000 },
  });
  expect(configErrorFor({ SUBMISSIONS_PER_HOUR: 'lots' }).message).toMatch(/^\s+SUBMISSIONS_PER_HOUR: /m);
  expect(configErrorFor({ REPORTS_PER_HOUR: '0' }).message).toMatch(/^\s+REPORTS_PER_HOUR: /m);
});

test.each(['abc', '65536', '-1', '80.5', '3000abc'])('PORT=%j is a ConfigError naming PORT', (port) => {
  const error = configErrorFor({ PORT: port });
  expect(error.message).toMatch(/^\s+PORT: /m);
  expect(error.message).not.toMatch(/DATABASE_URL/);
});

test.each([
  'mysql://localhost/puente',
  'localhost:5432',
  'postgres://',
  'postgres://host with spaces/db',
  'http://example.com',
])('DATABASE_URL=%j is a ConfigError naming DATABASE_URL', (url) => {
  const error = configErrorFor({ DATABASE_URL: url });
  expect(error.message).toMatch(/^\s+DATABASE_URL: /m);
  expect(error.message).not.toMatch(/PORT/);
});

test('every bad variable is named at once', () => {
  const error = configErrorFor({
    PORT: 'abc',
    DATABASE_URL: 'mysql://x',
    LOG_LEVEL: 'loud',
    CURSOR_SECRET: 'short',
    SEED_ON_START: 'all',
    DB_POOL_SIZE: '0',
  });
  for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'CURSOR_SECRET', 'SEED_ON_START', 'DB_POOL_SIZE']) {
    expect(error.message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  }
});
