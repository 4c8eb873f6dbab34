// GET /listings/{id}/meetings.ics: a task force's meetings as iCalendar, parsed with ical.js. The times are local to
// the listing's zone (DTSTART;TZID= with its VTIMEZONE), so a weekly meeting keeps its local hour across a DST change
// while its UTC instant moves; monthly meetings keep their weekday of the month; 404 in plain text otherwise.
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import type { DatabaseHandle } from '../../server/db/database';
import { insertListing } from '../../server/listings/listings.writer';
import { aListing } from '../helpers/listing-fixtures';
import { createTestDatabase } from '../helpers/test-database';
import { startTestServer, type TestServer } from '../helpers/test-server';

const DENVER = { latitude: 39.7392, longitude: -104.9903 };
let database: DatabaseHandle;
let ICAL: typeof ICALModule; // an ES module: loaded in beforeAll
let server: TestServer;
const ids: Record<string, string> = {};

const taskForce = (meetings: unknown[], overrides: Record<string, unknown> = {}) =>
  aListing('task_force', DENVER, {
    name: 'Denver Immigrant Task Force',
    nameEs: 'Grupo de Trabajo de Inmigrantes de Denver',
    hours: { timeZone: 'America/Denver', openings: [] },
    details: {
      kind: 'task_force',
      jurisdiction: { level: 'city', name: 'Denver', state: 'CO' },
      governmentBody: 'Denver City Council',
      publicParticipation: { en: 'Sign up to speak by noon.', es: 'Inscríbase para hablar antes del mediodía.' },
      meetings,
    } as never,
    ...overrides,
  });

beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
  database = await createTestDatabase();
  const db = database.db;
  ids.denver = await insertListing(
    db,
    taskForce([
      // A Tuesday a week before DST begins (Sunday 8 March 2026).
      { date: '2026-03-03', start: '18:30', end: '20:00', repeats: 'weekly', place: 'City Hall, Room 389' },
      { date: '2026-03-10', start: '09:00', repeats: 'monthly', online: 'https://example.org/watch?id=1&x=2' },
      { date: '2026-03-31', start: '12:00', end: '13:00', repeats: 'monthly', note: { en: 'Budget; bring questions' } },
      { date: '2026-11-05', start: '17:00', repeats: 'none' },
    ]),
  );
  ids.noMeetings = await insertListing(db, aListing('task_force', DENVER, { name: 'Quiet task force' }));
  ids.pending = await insertListing(db, { ...taskForce([{ date: '2026-03-03', start: '18:30' }]), status: 'pending' });
  ids.shelter = await insertListing(db, aListing('shelter', DENVER));
  server = await startTestServer(db, { now: () => new Date('2026-02-01T12:00:00Z') });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await database?.close();
});

async function calendar(path: string) {
  const res = await server.get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const root = new ICAL.Component(ICAL.parse(res.text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { root, events, text: res.text };
}

// The first `count` occurrences of `event` as UTC instants (ISO).
function occurrences(event: InstanceType<typeof ICALModule.Event>, count: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next())
    found.push(next.toJSDate().toISOString());
  return found;
}

test('a weekly meeting keeps 18:30 in Denver across the DST change: its UTC instant moves by an hour', async () => {
  const { root, events, text } = await calendar(`/listings/${ids.denver}/meetings.ics`);
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  expect(root.getFirstPropertyValue('prodid')).toMatch(/Puente/);
  expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Denver');
  expect(text).toContain('DTSTART;TZID=America/Denver:20260303T183000');
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
  expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/); // UTC, as RFC 5545 requires
  const weekly = events[0]!;
  expect(weekly.summary).toBe('Denver City Council: Denver Immigrant Task Force');
  expect(weekly.location).toBe('City Hall, Room 389');
  expect(weekly.startDate.zone.tzid).toBe('America/Denver');
  expect(occurrences(weekly, 3)).toEqual([
    '2026-03-04T01:30:00.000Z', // 18:30 MST (UTC-7)
    '2026-03-11T00:30:00.000Z', // 18:30 MDT (UTC-6), after 8 March
    '2026-03-18T00:30:00.000Z',
  ]);
  expect(weekly.endDate.toJSDate().toISOString()).toBe('2026-03-04T03:00:00.000Z');
  expect(weekly.description).toContain('Sign up to speak by noon.');
  expect(weekly.description).toContain(`/listings/${ids.denver}`);
});

test("monthly meetings keep their weekday of the month (2nd Tuesday; a 5th Tuesday is the month's last)", async () => {
  const { events } = await calendar(`/listings/${ids.denver}/meetings.ics`);
  expect(occurrences(events[1]!, 3)).toEqual([
    '2026-03-10T15:00:00.000Z',
    '2026-04-14T15:00:00.000Z',
    '2026-05-12T15:00:00.000Z',
  ]);
  expect(events[1]!.location).toBe('https://example.org/watch?id=1&x=2');
  expect(occurrences(events[2]!, 3)).toEqual([
    '2026-03-31T18:00:00.000Z',
    '2026-04-28T18:00:00.000Z',
    '2026-05-26T18:00:00.000Z',
  ]);
  expect(events[2]!.description).toContain('Budget; bring questions');
  // Once, after DST ends (1 November): 17:00 MST.
  expect(events[3]!.isRecurring()).toBe(false);
  expect(events[3]!.startDate.toJSDate().toISOString()).toBe('2026-11-06T00:00:00.000Z');
  expect(new Set(events.map((e) => e.uid)).size).toBe(4);
});

test('?lang=es names the calendar and the events in Spanish', async () => {
  const { root, events } = await calendar(`/listings/${ids.denver}/meetings.ics?lang=es`);
  expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Reuniones: Grupo de Trabajo de Inmigrantes de Denver');
  expect(events[0]!.summary).toBe('Denver City Council: Grupo de Trabajo de Inmigrantes de Denver');
  expect(events[0]!.description).toContain('Inscríbase para hablar');
});

test('a task force without meetings is an empty calendar to keep; it is a public read', async () => {
  const { events } = await calendar(`/listings/${ids.noMeetings}/meetings.ics`);
  expect(events).toEqual([]);
  const res = await server.get(`/listings/${ids.noMeetings}/meetings.ics`);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toMatch(/^public/);
});

test('404 in plain text for an unknown, unpublished or non-task-force listing; 400 for a bad parameter', async () => {
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', ids.pending, ids.shelter]) {
    const res = await server.get(`/listings/${id}/meetings.ics`);
    expect([id, res.status]).toEqual([id, 404]);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.text).toContain('No published task force has this id');
  }
  const es = await server.get(`/listings/${ids.shelter}/meetings.ics?lang=es`);
  expect(es.text).toContain('Ningún grupo de trabajo publicado');
  const bad = await server.get(`/listings/${ids.denver}/meetings.ics?lang=fr`);
  expect(bad.status).toBe(400);
  expect(bad.text).toContain('lang');
});
