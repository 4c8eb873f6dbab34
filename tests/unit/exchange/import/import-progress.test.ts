// The progress bar: drawn on a terminal for a long file, never when the output is not a terminal or the file is short.
import { Writable } from 'node:stream';
import { importProgress, PROGRESS_MIN_ROWS } from '../../../../server/exchange/import/import-progress';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, written: () => text };
}

test('on a terminal, a long import draws the bar with its counts, in the chosen language', () => {
  const { stream, written } = fakeStream(true);
  const progress = importProgress(stream, 'es');
  progress.update(500, 1000);
  progress.update(1000, 1000);
  progress.stop();
  expect(written()).toContain('Guardando');
  expect(written()).toContain('1000/1000');
});

test('not on a terminal, or for a short file, nothing is drawn', () => {
  const piped = fakeStream(false);
  const long = importProgress(piped.stream, 'en');
  long.update(500, 1000);
  long.stop();
  const short = fakeStream(true);
  const few = importProgress(short.stream, 'en');
  few.update(10, PROGRESS_MIN_ROWS - 1);
  few.stop();
  expect(piped.written() + short.written()).toBe('');
});
