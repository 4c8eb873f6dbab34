// A task force's page lists its public meetings in the reader's language, in its own time zone, with the link that
// subscribes a calendar to them; server-rendered, so it works without JavaScript. The organization's text is text.
import { ensureClientBuild } from '../../client/build/client-build';
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

let database: DatabaseHandle;
let server: TestServer;
let id: string;
let quietId: string;

beforeAll(async () => {
  await ensureClientBuild();
  database = await createTestDatabase();
  const point = { latitude: 39.7392, longitude: -104.9903 };
  id = await insertListing(
    database.db,
    aListing('task_force', point, {
      hours: { timeZone: 'America/Denver', openings: [] },
      details: {
        kind: 'task_force',
        jurisdiction: { level: 'city', name: 'Denver', state: 'CO' },
        governmentBody: 'Denver City Council',
        meetings: [
          {
            date: '2026-03-03',
            start: '18:30',
            end: '20:00',
            repeats: 'weekly',
            place: 'City Hall <Room 389>',
            online: 'https://example.org/watch',
            note: { en: 'Sign up to speak by noon.' },
          },
          { date: '2026-03-10', start: '09:00', repeats: 'monthly' },
          { date: '2026-11-05', start: '17:00', repeats: 'none' },
        ],
      },
    }),
  );
  quietId = await insertListing(database.db, aListing('task_force', point, { name: 'Quiet task force' }));
  server = await startTestServer(database.db, { now: () => new Date('2026-02-01T12:00:00Z') });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

test('the page lists each meeting as a sentence, names the time zone and links the calendar', async () => {
  const page = await server.get(`/listings/${id}?lang=en`);
  expect(page.status).toBe(200);
  expect(page.text).toMatch(/<h[23]>Public meetings<\/h[23]>/); // h2 on the page, h3 in the map's panel
  expect(page.text).toContain('Every Tuesday, 6:30 PM–8:00 PM, from March 3, 2026');
  expect(page.text).toContain('The second Tuesday of every month, 9:00 AM, from March 10, 2026');
  expect(page.text).toContain('Once: Thursday, November 5, 2026, 5:00 PM');
  expect(page.text).toContain('Times are Mountain Time.');
  expect(page.text).toContain('City Hall &lt;Room 389&gt;');
  expect(page.text).toMatch(
    new RegExp(`<a [^>]*href="/listings/${id}/meetings\\.ics"[^>]*>Subscribe to the meetings \\(\\.ics\\)</a>`),
  );
  const calendar = await server.get(`/listings/${id}/meetings.ics`);
  expect(calendar.status).toBe(200);
});

test('in Spanish, with the Spanish calendar', async () => {
  const page = await server.get(`/listings/${id}?lang=es`);
  expect(page.text).toMatch(/<h[23]>Reuniones públicas<\/h[23]>/);
  expect(page.text).toContain('Cada martes, 6:30 p.m.–8:00 p.m., desde el 3 de marzo de 2026');
  expect(page.text).toContain('El segundo martes de cada mes, 9:00 a.m., desde el 10 de marzo de 2026');
  expect(page.text).toContain(`href="/listings/${id}/meetings.ics?lang=es"`);
  expect(page.text).toContain('Suscribirse a las reuniones (.ics)');
});

test('a task force without meetings shows no meetings section', async () => {
  const page = await server.get(`/listings/${quietId}?lang=en`);
  expect(page.status).toBe(200);
  expect(page.text).not.toContain('Public meetings');
  expect(page.text).not.toContain('meetings.ics');
});
