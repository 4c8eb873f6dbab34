// The real app on a free port, for real HTTP requests.
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { createApp, type AppOptions } from '../../server/app';
import { createLogger } from '../../server/logger';
import type { Database } from '../../server/db/schema';

/** A running app and a small client for it. */
export interface TestServer {
  baseUrl: string;
  /** GET a path; the body is parsed as JSON when it is JSON. */
  get(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; text: string; body: any }>;
  close(): Promise<void>;
}

/** What a test may set on the app: its clock, and the moderation settings (trust proxy, throttling, session, sleep). */
export type TestServerOptions = Partial<Omit<AppOptions, 'db' | 'logger'>>;

/** Abuse limits no test reaches unless it means to: for tests that send many submissions or reports from one address. */
export const ROOMY_ABUSE_LIMITS = {
  submissions: { limit: 1000, windowMs: 3_600_000 },
  reports: { limit: 1000, windowMs: 3_600_000 },
};

/** Starts the app on 127.0.0.1 and an ephemeral port. */
export async function startTestServer(db: Kysely<Database>, options: TestServerOptions = {}): Promise<TestServer> {
  const app = createApp({
    ...options,
    db,
    logger: createLogger('silent'),
    cursorSecret: options.cursorSecret ?? 'test-cursor-secret-0123456789',
  });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    async get(path, headers = {}) {
      const res = await fetch(baseUrl + path, { headers });
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      return { status: res.status, headers: res.headers, text, body: /json/.test(type) ? JSON.parse(text) : undefined };
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
