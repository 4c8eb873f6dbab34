// The settings the server writes into the page (<meta name="puente-client-config">): the tile
// source. A page served without them (a static copy of client/dist) falls back to OpenStreetMap.
// The one place that reads the tag: every page's entry calls readClientSettings().
import type { ClientConfig } from '@contract/client-config';

/** The client's settings. */
export type ClientSettings = ClientConfig;

/** OpenStreetMap's tiles and credit, as server/config.ts defaults them. */
export const FALLBACK_SETTINGS: ClientSettings = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

/** The settings from the meta tag's content (JSON), each field checked; the fallback for what is missing or wrong. */
export function parseClientSettings(content: string | null | undefined): ClientSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content ?? '');
  } catch {
    return FALLBACK_SETTINGS;
  }
  const value = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<
    Record<keyof ClientSettings, unknown>
  >;
  return {
    tileUrl:
      typeof value.tileUrl === 'string' && /^https?:\/\//.test(value.tileUrl)
        ? value.tileUrl
        : FALLBACK_SETTINGS.tileUrl,
    tileAttribution:
      typeof value.tileAttribution === 'string' ? value.tileAttribution : FALLBACK_SETTINGS.tileAttribution,
  };
}

/** What the reader needs of a page: `document` (typed by shape, so the unit tests' DOM-less type check can read this module). */
export interface SettingsSource {
  querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}

/** The settings of a page (`document`): its <meta name="puente-client-config">, checked as parseClientSettings does. */
export function readClientSettings(page: SettingsSource): ClientSettings {
  return parseClientSettings(page.querySelector('meta[name="puente-client-config"]')?.getAttribute('content'));
}
