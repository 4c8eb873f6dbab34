// One structured log line per request: method, URL (redacted: request-log-redact.ts), status and response time, at a
// level set by the status.
// Written here rather than with pino-http: that builds a child logger and a request id for every request, a share of
// the app's CPU per search request the bench could see (docs/decisions/0025-the-app-per-request-work.md).
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { redactUrlForLog } from './request-log-redact';

declare module 'http' {
  interface IncomingMessage {
    /** The process logger, for handlers that need to log about this request (an unhandled error, a failed probe). */
    log?: Logger;
  }
}

/** Logs each request once it is answered ('request completed') or the client went away first ('request aborted'). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    req.log = logger;
    res.once('close', () => {
      const completed = res.writableFinished;
      const status = res.statusCode;
      // A client that leaves before the answer (a closed tab, a phone losing signal) is not the server's failure: info.
      const level = completed && status >= 500 ? 'error' : completed && status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const responseTime = Math.round((performance.now() - start) * 10) / 10; // ms
      logger[level](
        {
          req: { method: req.method, url: redactUrlForLog(req.originalUrl) },
          res: { statusCode: status },
          responseTime,
        },
        completed ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
