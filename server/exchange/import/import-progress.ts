// A progress bar while an import stores a long file, on a terminal only: piped or logged output gets no bar (its
// redraws would be noise in a file), and a short file is done before a bar would be worth drawing.
import { SingleBar } from 'cli-progress';
import type { MessageLocale } from '../../http/validate';

/** Below this many rows to store, no bar. */
export const PROGRESS_MIN_ROWS = 200;

/** Draws the bar on `stream` as rows are stored; `stop` clears the line. */
export interface ImportProgress {
  update: (stored: number, total: number) => void;
  stop: () => void;
}

/** A bar on `stream` when it is a terminal; otherwise one that draws nothing. */
export function importProgress(stream: NodeJS.WriteStream, locale: MessageLocale): ImportProgress {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const label = locale === 'es' ? 'Guardando' : 'Storing';
  const bar = new SingleBar({
    stream,
    format: `${label} {bar} {value}/{total} ({percentage}%)`,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update: (stored, total) => {
      if (total < PROGRESS_MIN_ROWS) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(stored);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
