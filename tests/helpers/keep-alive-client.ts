// HTTP/1.1 over raw keep-alive sockets, keeping count of what was written and what was answered: a request written
// to a socket must be answered; a connection the server closes before a request is written loses nothing.
import net from 'node:net';

/** One parsed response. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>; // lower-case names
  body: string;
}

/** What one connection saw. */
export interface ConnectionTally {
  written: number; // requests written to the socket
  answered: number; // complete responses read
  unanswered: number; // written, then the connection ended or failed before its response was complete
  refused: number; // connects refused (the listener was closed): nothing was written
  lastConnectionHeader: string | undefined; // the Connection header of the last response before the server closed
  closedByServerWhileIdle: number; // the server closed the socket when no request was outstanding
}

/** Parses as many complete responses as `buffer` holds; returns them and the unparsed rest. */
export function parseResponses(buffer: Buffer): { responses: RawResponse[]; rest: Buffer } {
  const responses: RawResponse[] = [];
  let rest = buffer;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const [statusLine = '', ...lines] = rest.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    let offset = headEnd + 4;
    let body: Buffer;
    if (headers['transfer-encoding'] === 'chunked') {
      const chunks: Buffer[] = [];
      for (;;) {
        const lineEnd = rest.indexOf('\r\n', offset);
        if (lineEnd < 0) return { responses, rest };
        const size = parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
        if (rest.length < lineEnd + 2 + size + 2) return { responses, rest };
        chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
        offset = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      body = Buffer.concat(chunks);
    } else {
      const length = Number(headers['content-length'] ?? 0);
      if (rest.length < offset + length) break;
      body = rest.subarray(offset, offset + length);
      offset += length;
    }
    responses.push({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') });
    rest = rest.subarray(offset);
  }
  return { responses, rest };
}

/** The bytes of a GET request. */
export const getRequest = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

/**
 * A client that sends `request` on one keep-alive connection, the next as soon as the last is answered, and opens a new
 * connection whenever the server closes one, until a connect is refused or `stop()` is called.
 */
export function runKeepAliveLoop(
  port: number,
  request: string,
): { tally: ConnectionTally; done: Promise<ConnectionTally>; stop: () => void } {
  const tally: ConnectionTally = {
    written: 0,
    answered: 0,
    unanswered: 0,
    refused: 0,
    lastConnectionHeader: undefined,
    closedByServerWhileIdle: 0,
  };
  let stopped = false;
  const oneConnection = () =>
    new Promise<'closed' | 'refused' | 'stopped'>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let buffer: Buffer = Buffer.alloc(0);
      let outstanding = 0;
      let connected = false;
      let lastConnectionHeader: string | undefined;
      const send = () => {
        if (stopped) {
          socket.end();
          return;
        }
        outstanding += 1;
        tally.written += 1;
        socket.write(request);
      };
      socket.once('connect', () => {
        connected = true;
        send();
      });
      socket.on('data', (chunk: Buffer) => {
        const parsed = parseResponses(Buffer.concat([buffer, chunk]));
        buffer = parsed.rest;
        for (const response of parsed.responses) {
          outstanding -= 1;
          tally.answered += 1;
          lastConnectionHeader = tally.lastConnectionHeader = response.headers.connection;
          if (lastConnectionHeader === 'close') return; // the server closes next; write nothing more
          send();
        }
      });
      socket.on('error', () => {}); // the outcome is judged on 'close'
      socket.on('close', () => {
        if (!connected) return resolve('refused');
        if (outstanding > 0) tally.unanswered += outstanding;
        else if (lastConnectionHeader !== 'close') tally.closedByServerWhileIdle += 1;
        resolve(stopped ? 'stopped' : 'closed');
      });
    });
  const done = (async () => {
    for (;;) {
      const outcome = await oneConnection();
      if (outcome === 'refused') tally.refused += 1;
      if (outcome !== 'closed') return tally;
    }
  })();
  return { tally, done, stop: () => (stopped = true) };
}
