// Which errors mean "the database is away" (503, retry) and which are faults in a query (500, or a 4xx elsewhere).
import fc from 'fast-check';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../../server/db/connection-errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const sqlstateChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const sqlstateIn = (cls: string) =>
  fc.tuple(sqlstateChar, sqlstateChar, sqlstateChar).map((rest) => cls + rest.join(''));

test('every SQLSTATE of class 08 (connection exception) means unavailable', () => {
  fc.assert(fc.property(sqlstateIn('08'), (code) => isDatabaseUnavailable(pgError(code))));
});

test('data, constraint, syntax and transaction-rollback errors do not', () => {
  const classes = fc.constantFrom('22', '23', '42', '40', '25', '0A', 'XX');
  fc.assert(
    fc.property(
      classes.chain(sqlstateIn),
      (code) => !isDatabaseUnavailable(pgError(code, 'duplicate key value violates unique constraint')),
    ),
  );
});

test.each(['57P01', '57P02', '57P03', '53300', '57014', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'])(
  '%s means unavailable',
  (code) => {
    expect(isDatabaseUnavailable(pgError(code))).toBe(true);
  },
);

test.each([
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout expired',
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
])('node-postgres\'s "%s" means unavailable', (message) => {
  expect(isDatabaseUnavailable(new Error(message))).toBe(true);
});

test('a cause or an AggregateError (one attempt per address) is looked into; plain errors and non-errors are not unavailable', () => {
  expect(isDatabaseUnavailable(new Error('wrapped', { cause: pgError('ECONNREFUSED') }))).toBe(true);
  expect(isDatabaseUnavailable(new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')]))).toBe(true);
  expect(isDatabaseUnavailable(new DatabaseUnavailableError('no answer'))).toBe(true);
  expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
  expect(isDatabaseUnavailable(new TypeError('x is not a function'))).toBe(false);
  expect(isDatabaseUnavailable(undefined)).toBe(false);
  expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
});
