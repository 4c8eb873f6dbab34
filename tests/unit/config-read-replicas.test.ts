// DATABASE_READ_URL, REPLICA_MAX_LAG_MS, REPLICA_CHECK_INTERVAL_MS: which replicas take the public reads, and when not.
import { ConfigError, loadConfig } from '../../server/config';

const PRIMARY = 'postgres://app:secret@primary:5432/puente';

test('no replicas by default; 10 s of lag allowed, checked every second', () => {
  const config = loadConfig({ DATABASE_URL: PRIMARY });
  expect([config.readDatabaseUrls, config.replicaMaxLagMs, config.replicaCheckIntervalMs]).toEqual([[], 10_000, 1000]);
});

test('one URL or several separated by commas, spaces around them ignored', () => {
  expect(loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: 'postgres://r1/puente' }).readDatabaseUrls).toEqual([
    'postgres://r1/puente',
  ]);
  expect(
    loadConfig({
      DATABASE_URL: PRIMARY,
      DATABASE_READ_URL: 'postgres://app:s@r1:5432/puente, postgresql://app:s@r2:6432/puente',
      REPLICA_MAX_LAG_MS: '2500',
    }),
  ).toMatchObject({
    readDatabaseUrls: ['postgres://app:s@r1:5432/puente', 'postgresql://app:s@r2:6432/puente'],
    replicaMaxLagMs: 2500,
  });
});

test('a list with an empty or non-PostgreSQL entry is refused, naming the variable', () => {
  for (const value of ['postgres://r1/puente,', 'mysql://r1/puente', 'postgres://r1/puente,,postgres://r2/puente'])
    expect(() => loadConfig({ DATABASE_URL: PRIMARY, DATABASE_READ_URL: value })).toThrow(/DATABASE_READ_URL: must be/);
});

test('the embedded database has no replicas: DATABASE_READ_URL without DATABASE_URL is refused with what to do', () => {
  const attempt = () => loadConfig({ DATABASE_READ_URL: 'postgres://r1/puente' });
  expect(attempt).toThrow(ConfigError);
  expect(attempt).toThrow(/DATABASE_READ_URL: needs DATABASE_URL.*Set DATABASE_URL or unset DATABASE_READ_URL/);
});
