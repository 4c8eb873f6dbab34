// Steady traffic against a running server for fault tests: concurrent searches and a submission a second, with every
// answer's status, error code, Retry-After and timing kept so that a test can judge each one afterwards.
import { aSubmission } from './submission-fixtures';

/** One request and how it ended: an HTTP status, 'hung' (no answer within hangMs) or 'network' (no HTTP answer). */
export interface Outcome {
  kind: 'search' | 'submission';
  startedAt: number; // Date.now() when sent
  endedAt: number;
  status: number | 'hung' | 'network';
  code?: string; // error.code of an error answer
  retryAfter?: string | null;
  listingId?: string; // a submission's, when it answered 201
}

/** Load in progress. */
export interface Load {
  outcomes: Outcome[];
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<Outcome[]>;
}

/** Options for startLoad. */
export interface LoadOptions {
  searchers: number; // concurrent search loops
  submissionEveryMs?: number; // one submission per this many ms; none when absent
  hangMs?: number; // a request with no answer by then counts as 'hung'; 15 s when absent
  locale?: string; // Accept-Language of every request
}

/** Starts the load at once. */
export function startLoad(baseUrl: string, options: LoadOptions): Load {
  const outcomes: Outcome[] = [];
  let running = true;
  const hangMs = options.hangMs ?? 15_000;
  const headers: Record<string, string> = options.locale ? { 'accept-language': options.locale } : {};
  let n = 0;

  async function send(kind: Outcome['kind'], path: string, init: RequestInit = {}): Promise<void> {
    const startedAt = Date.now();
    const outcome: Outcome = { kind, startedAt, endedAt: startedAt, status: 'network' };
    try {
      const res = await fetch(baseUrl + path, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(hangMs),
      });
      const text = await res.text();
      const body = /json/.test(res.headers.get('content-type') ?? '')
        ? (JSON.parse(text) as { error?: { code?: string }; listingId?: string })
        : undefined;
      Object.assign(outcome, {
        status: res.status,
        code: body?.error?.code,
        retryAfter: res.headers.get('retry-after'),
        listingId: body?.listingId,
      });
    } catch (err) {
      outcome.status = (err as Error).name === 'TimeoutError' ? 'hung' : 'network';
    }
    outcome.endedAt = Date.now();
    outcomes.push(outcome);
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const searcher = async (i: number) => {
    while (running) {
      // Points around El Paso, a little apart, so that the searches are not all one statement's cached answer.
      const lat = (31.7 + (i % 10) * 0.01).toFixed(4);
      await send('search', `/api/v1/listings?near=${lat},-106.48&radiusKm=50`);
      await pause(10);
    }
  };
  const submitter = async (everyMs: number) => {
    while (running) {
      const started = Date.now();
      const body = aSubmission({ name: `Load shelter ${++n} ${started}` });
      await send('submission', '/api/v1/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await pause(Math.max(0, started + everyMs - Date.now()));
    }
  };
  const loops = Array.from({ length: options.searchers }, (_, i) => searcher(i));
  if (options.submissionEveryMs) loops.push(submitter(options.submissionEveryMs));
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** A short account of outcomes for a failure message: counts by kind and status/code. */
export function summarise(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const key = `${o.kind} ${o.status}${o.code ? ` ${o.code}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, v]) => `${k}: ${v}`).join(', ');
}
