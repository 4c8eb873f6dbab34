// A request with no Host (HTTP/1.0 allows it) and an Origin with no host (file://) has nothing to compare: the
// cross-site check refuses it rather than finding '' equal to ''. Found by `npm run test:mutation` (decision 0067).
import net from 'node:net';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';
import type { DatabaseHandle } from '../../server/db/database';

let database: DatabaseHandle | undefined;
let server: TestServer | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db, { sleep: async () => {} });
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

// Writes the request as given, bytes and all (no client adds a Host), and reads the status line and body.
function hostlessPost(path: string, origin: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server!.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.end(
        `POST ${path} HTTP/1.0\r\nOrigin: ${origin}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
      );
    });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);
      resolve({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

test('no Host and an Origin without a host: refused as cross-site, before any credentials are read', async () => {
  const res = await hostlessPost('/api/v1/moderation/session', 'file://');
  expect(res.status).toBe(403);
  expect(JSON.parse(res.body).error.code).toBe('cross_site_request');
});

test('no Host and an ordinary Origin: refused too (nothing to match it with)', async () => {
  const res = await hostlessPost('/api/v1/moderation/session', 'http://127.0.0.1');
  expect(res.status).toBe(403);
  expect(JSON.parse(res.body).error.code).toBe('cross_site_request');
});
