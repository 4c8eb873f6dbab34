// Moderators read a task force's meetings as the organization wrote them: every part, as text, in the queue's language.
import { detailLines } from '../../../../client/src/moderate/detail-lines';

const details = {
  kind: 'task_force' as const,
  jurisdiction: { level: 'city' as const, name: 'Denver', state: 'CO' as const },
  governmentBody: 'Denver City Council',
  meetings: [
    {
      date: '2026-03-03',
      start: '18:30',
      end: '20:00',
      repeats: 'weekly' as const,
      place: 'City Hall <b>Room</b>',
      online: 'https://example.org/live',
      note: { en: 'Sign up by noon', es: 'Inscríbase antes del mediodía' },
    },
    { date: '2026-03-10', start: '09:00', repeats: 'monthly' as const },
  ],
};

test('each meeting on one line with its repeat, place, link and notes, in English and Spanish', () => {
  expect(detailLines('en', details)).toContain(
    'Public meetings: 2026-03-03 18:30–20:00, Every week; City Hall <b>Room</b>; https://example.org/live; ' +
      'Note (English): Sign up by noon; Note (Spanish): Inscríbase antes del mediodía | 2026-03-10 09:00, Every month, same weekday',
  );
  const es = detailLines('es', details).find((line) => line.startsWith('Reuniones públicas: '));
  expect(es).toContain('2026-03-03 18:30–20:00, Cada semana; City Hall <b>Room</b>');
  expect(es).toContain('Nota (inglés): Sign up by noon');
  expect(detailLines('en', details).some((line) => line.startsWith('Meetings: ['))).toBe(false); // not as JSON
});
