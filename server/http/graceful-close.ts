// Stopping an HTTP server without losing a request: why Node's server.close() alone is not enough, and the choice of
// this over http-terminator / stoppable / terminus, are in
// docs/decisions/0034-graceful-shutdown-and-request-timeouts.md.
import net from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What a graceful close did. */
export interface CloseOutcome {
  forced: number; // connections still open at the deadline, destroyed (their requests were lost)
}

/** Closes the server gracefully: see closeGracefully below. */
export interface GracefulCloser {
  closeGracefully(timeoutMs: number): Promise<CloseOutcome>;
}

/**
 * Watches `server`'s connections so that closeGracefully() can stop accepting, answer every request already written
 * to a socket (the last one on each connection with `Connection: close`), and close idle keep-alive connections only
 * when the keep-alive time the server advertised has run out. Install before the server accepts connections.
 */
export function trackForGracefulClose(server: Server): GracefulCloser {
  const sockets = new Set<net.Socket>();
  const latest = new Map<net.Socket, ServerResponse>(); // each connection's newest request's response
  let closing = false;

  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      latest.delete(socket);
    });
  });

  // Prepended, so it runs before the app's handler can answer synchronously.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const previous = latest.get(req.socket);
    latest.set(req.socket, res);
    res.once('finish', () => {
      if (latest.get(req.socket) === res) latest.delete(req.socket);
    });
    if (!closing) return;
    // A pipelined request behind this one: the earlier answer must keep the connection open for it.
    if (previous && !previous.headersSent) previous.removeHeader('connection');
    res.setHeader('Connection', 'close');
  });

  return {
    closeGracefully(timeoutMs) {
      closing = true;
      return new Promise<CloseOutcome>((resolve) => {
        let forced = 0;
        const deadline = setTimeout(() => {
          forced = sockets.size;
          for (const socket of sockets) socket.destroy();
        }, timeoutMs);
        // net.Server's close, not http.Server's: that one also destroys "idle" connections at once, and a connection
        // is idle to Node until it has parsed a request, even when the request's bytes are already waiting on it.
        net.Server.prototype.close.call(server, () => {
          clearTimeout(deadline);
          resolve({ forced });
        });
        for (const socket of sockets) {
          const response = latest.get(socket);
          if (response && !response.headersSent) response.setHeader('Connection', 'close');
          // Node closes a used keep-alive connection itself once its advertised time is up; one that never sent a
          // byte has no such timer, so it gets the same time to speak.
          else if (!response && socket.bytesRead === 0)
            socket.setTimeout(server.keepAliveTimeout, () => socket.destroy());
        }
      });
    },
  };
}
