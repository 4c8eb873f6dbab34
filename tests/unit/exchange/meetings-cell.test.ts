// The meetings cell of the Puente CSV (server/exchange/meetings-cell.ts): whatever meetings a task force has, the cell
// the export writes reads back as the same meetings, separators and escapes inside the values included.
import fc from 'fast-check';
import { z } from 'zod';
import { TaskForceMeeting } from '@contract/meetings';
import { readMeetingsCell, writeMeetingsCell } from '../../../server/exchange/meetings-cell';
import { recordFromCells } from '../../../server/exchange/flat-listing-record';

const Meetings = z.array(TaskForceMeeting);
const time = fc
  .record({ h: fc.integer({ min: 0, max: 22 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
// Text as people write it, with the cell's own separators and escapes in it; trimmed, as the contract keeps it.
const piece = fc.constantFrom('a', 'Room 1', ';', '|', '\\', '\\n', ':', ' ', 'é', 'https://x', '-', '日本');
const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('').trim() || 'x');
const lines = fc
  .array(fc.oneof(piece, fc.constant('\n'), fc.constant('\t')), { minLength: 1, maxLength: 8 })
  .map((p) => p.join('').trim() || 'y');
const meeting = fc
  .record(
    {
      date: fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
      start: time,
      length: fc.integer({ min: 1, max: 60 }),
      repeats: fc.constantFrom('none', 'weekly', 'monthly'),
      place: line,
      online: fc.constantFrom('https://example.org/join?a=1;b=2|c', 'http://x.example/m'),
      note: fc.record({ en: lines, es: lines }, { requiredKeys: [] }),
    },
    { requiredKeys: ['date', 'start', 'repeats'] },
  )
  .map(({ date, length, note, ...m }) => ({
    ...m,
    date: date.toISOString().slice(0, 10),
    ...(length ? { end: `23:${String(length - 1).padStart(2, '0')}` } : {}),
    ...(note && (note.en || note.es) ? { note } : {}),
  }));

test('any meetings come back the same from the cell the export writes', () => {
  fc.assert(
    fc.property(fc.array(meeting, { minLength: 1, maxLength: 5 }), (input) => {
      const meetings = Meetings.parse(input);
      const cell = writeMeetingsCell(meetings)!;
      expect(cell).not.toMatch(/[\n\r\t]/); // one line
      const back = readMeetingsCell(cell, 'en');
      expect(back.problems).toEqual([]);
      expect(Meetings.parse(back.meetings)).toEqual(meetings);
    }),
    { numRuns: 300 },
  );
});

test('a person may type it in English or Spanish, with spaces around the separators', () => {
  const typed = '2026-03-03 18:30 - 20:00 Semanal | Lugar: Ayuntamiento ;2026-03-10 09:00 mensual|nota_es: Traiga ID';
  expect(Meetings.parse(readMeetingsCell(typed, 'es').meetings)).toEqual([
    { date: '2026-03-03', start: '18:30', end: '20:00', repeats: 'weekly', place: 'Ayuntamiento' },
    { date: '2026-03-10', start: '09:00', repeats: 'monthly', note: { es: 'Traiga ID' } },
  ]);
  expect(writeMeetingsCell([])).toBeUndefined();
});

test('what cannot be read is named, in the reader language', () => {
  expect(readMeetingsCell('every Tuesday', 'en').problems).toEqual([
    '"every Tuesday" is not a meeting: start each with its date and times, such as 2026-03-03 18:30-20:00 weekly',
  ]);
  expect(readMeetingsCell('2026-03-03 18:30 yearly | room: 5', 'es').problems).toEqual([
    '"yearly" no dice cómo se repite una reunión: escriba semanal o mensual, o nada si es una vez',
    '"room: 5" no es una parte de reunión: escriba lugar: ..., en_linea: ..., nota_en: ... o nota_es: ...',
  ]);
});

test('a row with meetings and no time zone keeps the zone of its state and ZIP; a bad cell is a row issue', () => {
  const cells = {
    kind: 'task_force',
    name: 'Denver task force',
    city: 'Denver',
    state: 'CO',
    postal_code: '80202',
    meetings: '2026-03-03 18:30 weekly',
  };
  const record = recordFromCells(cells, 2, (column) => column, 'en');
  const listing = record.listing as { hours: unknown; details: { meetings: unknown } };
  expect(listing.hours).toEqual({ timeZone: 'America/Denver', openings: [] });
  expect(listing.details.meetings).toEqual([{ date: '2026-03-03', start: '18:30', repeats: 'weekly' }]);
  const bad = recordFromCells({ ...cells, meetings: 'Tuesdays at six' }, 3, (column) => column, 'en');
  expect(bad.issues).toEqual([expect.objectContaining({ row: 3, column: 'meetings', code: 'invalid_parameter' })]);
});
