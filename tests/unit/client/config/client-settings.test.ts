// The page's settings travel in a meta tag: written by the server (escaped), read by the client (checked, with fallbacks).
import {
  FALLBACK_SETTINGS,
  parseClientSettings,
  readClientSettings,
} from '../../../../client/src/config/client-settings';
import { CLIENT_CONFIG_PLACEHOLDER } from '@contract/client-config';
import { injectClientConfig } from '../../../../server/http/client-config';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from '../../../../server/config';

test('what the server writes into the page, the client reads back', () => {
  const settings = {
    tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png?key="a&b"',
    tileAttribution: '&copy; <a href="https://example.org">Us</a>',
  };
  const html = injectClientConfig(
    `<meta name="puente-client-config" content="${CLIENT_CONFIG_PLACEHOLDER}">`,
    settings,
  );
  const content = /content="([^"]*)"/.exec(html)![1]!;
  expect(content).not.toMatch(/[<>"]/); // stays inside its attribute
  const decoded = content
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  expect(parseClientSettings(decoded)).toEqual(settings);
});

test('missing, broken or wrong settings fall back to OpenStreetMap, field by field', () => {
  expect(parseClientSettings(CLIENT_CONFIG_PLACEHOLDER)).toEqual(FALLBACK_SETTINGS);
  expect(parseClientSettings(null)).toEqual(FALLBACK_SETTINGS);
  expect(parseClientSettings('{"tileUrl":"javascript:alert(1)"}')).toEqual(FALLBACK_SETTINGS);
  expect(parseClientSettings('{"tileAttribution":"Ours"}')).toEqual({ ...FALLBACK_SETTINGS, tileAttribution: 'Ours' });
});

test("the client's fallback is the server's default", () => {
  expect(FALLBACK_SETTINGS).toEqual({ tileUrl: DEFAULT_TILE_URL, tileAttribution: DEFAULT_TILE_ATTRIBUTION });
});

test("the one reader takes the settings from the page's puente-client-config tag", () => {
  const page = (content: string | null) => ({
    querySelector: (selectors: string) =>
      selectors === 'meta[name="puente-client-config"]' && content !== null
        ? { getAttribute: (name: string) => (name === 'content' ? content : null) }
        : null,
  });
  expect(readClientSettings(page('{"tileAttribution":"Ours"}'))).toEqual({
    ...FALLBACK_SETTINGS,
    tileAttribution: 'Ours',
  });
  expect(readClientSettings(page(null))).toEqual(FALLBACK_SETTINGS);
});
