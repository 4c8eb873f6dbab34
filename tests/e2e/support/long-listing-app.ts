// The setup the print, share and About-page end-to-end tests share: the app with one listing whose every text is at
// its longest, one Chromium, and a fresh tab for each test that may use the clipboard and must end with no dialog or error.
import type { Browser, Page } from 'playwright-core';
import type { ListingInput } from '@contract/listing';
import { aListing } from '../../helpers/listing-fixtures';
import { launchBrowser, openPage, type TestPage } from './browser';
import { startMapApp, type MapApp } from './map-app';

// Every free text at its 4,000-character limit, ten phones with notes, two weeks of hours that differ every day.
const long = (words: string) => ({
  en: `${words} `
    .repeat(Math.ceil(4000 / (words.length + 1)))
    .slice(0, 4000)
    .trim(),
});
const week = (notes: string) => ({
  timeZone: 'America/Denver',
  openings: (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).flatMap((day, i) => [
    { day, opensAt: `0${i + 1}:00`, closesAt: '12:00' },
    { day, opensAt: '13:00', closesAt: `1${i + 3}:30` },
  ]),
  notes: long(notes),
});
export const LONG_SHELTER: ListingInput = aListing(
  'shelter',
  { latitude: 31.7701, longitude: -106.4901 },
  {
    name: 'Casa de los Niños y las Familias Migrantes del Paso del Norte, Albergue y Centro de Respiro Comunitario Annunciation',
    description: long('We welcome families released from custody with a meal, a shower, clothes and a bed.'),
    phones: Array.from({ length: 10 }, (_, i) => ({
      number: `915-555-01${String(i).padStart(2, '0')}`,
      description: long('Ask for the volunteer coordinator.'),
    })),
    hours: week('Closed on federal holidays; call ahead on weekends.'),
    details: {
      kind: 'shelter',
      acceptedGoods: [
        'clothing',
        'books',
        'toys',
        'art_supplies',
        'school_supplies',
        'hygiene',
        'baby_supplies',
        'food',
      ],
      volunteerActivities: ['story_time'],
      currentNeeds: {
        text: long('Diapers size 4, children’s shoes, backpacks and phone chargers.'),
        expiresOn: '2099-12-31',
      },
      dropOffHours: week('Drop-offs at the side door.'),
      shippingAddress: 'PO Box 1000\nEl Paso, TX 79901',
    },
  },
);

/** What a print or share test works against; filled in before the file's first test (tab: before each test). */
export interface LongListingApp {
  app: MapApp;
  browser: Browser;
  tab: TestPage;
  longId: string; // LONG_SHELTER's id
}

/** Registers the hooks that start and close the app, the browser and each test's tab. */
export function useLongListingApp(): LongListingApp {
  const env = {} as LongListingApp;
  beforeAll(async () => {
    [env.app, env.browser] = await Promise.all([startMapApp([LONG_SHELTER]), launchBrowser()]);
    env.longId = env.app.extraIds[0] as string;
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
  });
  beforeEach(async () => {
    env.tab = await openPage(env.browser);
    await env.tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.app.baseUrl });
  });
  afterEach(async () => {
    expect(env.tab.problems).toEqual({ dialogs: [], errors: [] });
    await env.tab.context.close();
  });
  return env;
}

/** Opens LONG_SHELTER on the map page and waits for its detail. */
export async function openLongListing(env: LongListingApp, page: Page): Promise<void> {
  await page.goto(`${env.app.baseUrl}/?listing=${env.longId}`);
  await page.locator('.detail-title', { hasText: 'Casa de los Niños' }).waitFor();
}
