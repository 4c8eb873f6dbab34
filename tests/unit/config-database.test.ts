// DB_CONNECT_TIMEOUT_MS and DB_STATEMENT_TIMEOUT_MS: how long the app waits for PostgreSQL before answering 503.
import { ConfigError, loadConfig } from '../../server/config';

test('an empty environment waits 2 s for a connection and 5 s for a statement', () => {
  expect(loadConfig({}).dbTimeouts).toEqual({ connectMs: 2000, statementMs: 5000 });
});

test('values given are kept', () => {
  expect(loadConfig({ DB_CONNECT_TIMEOUT_MS: '750', DB_STATEMENT_TIMEOUT_MS: '30000' }).dbTimeouts).toEqual({
    connectMs: 750,
    statementMs: 30_000,
  });
});

test.each([
  ['DB_CONNECT_TIMEOUT_MS', 'soon'],
  ['DB_CONNECT_TIMEOUT_MS', '0'],
  ['DB_STATEMENT_TIMEOUT_MS', '2.5'],
  ['DB_STATEMENT_TIMEOUT_MS', '-1'],
])('%s=%j is a ConfigError naming it', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^\\s+${name}: `, 'm'));
});
