// The read handle's driver (server/db/replica-routing-driver.ts) with stand-in drivers: which server a read goes to,
// and when a failed read runs again on the primary. The real servers are in tests/faults/read-replica.test.ts.
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { ReplicaRoutingDriver, type ReplicaRoute } from '../../../server/db/replica-routing-driver';

/** A driver whose connections answer with its name, or fail with `failWith` while it is set. */
function fakeDriver(name: string) {
  const state = { failConnectWith: undefined as unknown, failWith: undefined as unknown, ran: [] as string[] };
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      if (state.failWith) throw state.failWith;
      state.ran.push(query.sql);
      return { rows: [{ server: name } as R] };
    },
    streamQuery: () => {
      throw new Error('not used');
    },
  };
  const driver: Driver = {
    init: async () => undefined,
    acquireConnection: async () => {
      if (state.failConnectWith) throw state.failConnectWith;
      return connection;
    },
    beginTransaction: async (c) => void (await c.executeQuery(CompiledQuery.raw('begin'))),
    commitTransaction: async (c) => void (await c.executeQuery(CompiledQuery.raw('commit'))),
    rollbackTransaction: async () => undefined,
    releaseConnection: async () => undefined,
    destroy: async () => undefined,
  };
  return { driver, state };
}

function replicaRoute(name: string) {
  const fake = fakeDriver(name);
  const health = { up: true, markedDown: 0 };
  const route: ReplicaRoute = {
    driver: fake.driver,
    healthy: () => health.up,
    markDown: () => {
      health.up = false;
      health.markedDown++;
    },
  };
  return { route, fake, health };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5499'), { code: 'ECONNREFUSED' });
const terminated = new Error('Connection terminated unexpectedly');
const select = CompiledQuery.raw('select 1');

async function readOn(driver: ReplicaRoutingDriver): Promise<string> {
  const connection = await driver.acquireConnection();
  try {
    return ((await connection.executeQuery(select)).rows[0] as { server: string }).server;
  } finally {
    await driver.releaseConnection(connection);
  }
}

test('reads go round-robin over the healthy replicas, to the primary when none is', async () => {
  const primary = fakeDriver('primary');
  const [a, b] = [replicaRoute('a'), replicaRoute('b')];
  const driver = new ReplicaRoutingDriver(primary.driver, [a.route, b.route]);
  expect([await readOn(driver), await readOn(driver), await readOn(driver), await readOn(driver)]).toEqual([
    'a',
    'b',
    'a',
    'b',
  ]);
  b.health.up = false;
  expect([await readOn(driver), await readOn(driver)]).toEqual(['a', 'a']);
  a.health.up = false;
  expect(await readOn(driver)).toBe('primary');
});

test('a replica that refuses the connection is marked down and the read runs on the primary', async () => {
  const primary = fakeDriver('primary');
  const a = replicaRoute('a');
  a.fake.state.failConnectWith = refused;
  const driver = new ReplicaRoutingDriver(primary.driver, [a.route]);
  expect(await readOn(driver)).toBe('primary');
  expect(a.health.markedDown).toBe(1);
});

test('a statement the replica fails to answer runs again on the primary, once', async () => {
  const primary = fakeDriver('primary');
  const a = replicaRoute('a');
  a.fake.state.failWith = terminated;
  const driver = new ReplicaRoutingDriver(primary.driver, [a.route]);
  expect(await readOn(driver)).toBe('primary');
  expect(a.health.markedDown).toBe(1);
  expect(primary.state.ran).toEqual(['select 1']);
});

test('inside a transaction, or for a statement timeout or a query error, the error stands', async () => {
  for (const failure of [
    { err: terminated, inTransaction: true },
    { err: Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }) },
    { err: Object.assign(new Error('column "x" does not exist'), { code: '42703' }) },
  ]) {
    const primary = fakeDriver('primary');
    const a = replicaRoute('a');
    const driver = new ReplicaRoutingDriver(primary.driver, [a.route]);
    const connection = await driver.acquireConnection();
    if (failure.inTransaction) await driver.beginTransaction(connection, {});
    a.fake.state.failWith = failure.err;
    await expect(connection.executeQuery(select)).rejects.toBe(failure.err);
    expect(primary.state.ran).toEqual([]);
  }
});

test('a recovery conflict runs again on the primary without taking the replica out', async () => {
  const primary = fakeDriver('primary');
  const a = replicaRoute('a');
  a.fake.state.failWith = Object.assign(new Error('canceling statement due to conflict with recovery'), {
    code: '40001',
  });
  const driver = new ReplicaRoutingDriver(primary.driver, [a.route]);
  expect(await readOn(driver)).toBe('primary');
  expect(a.health.markedDown).toBe(0);
});
