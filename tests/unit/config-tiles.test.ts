// TILE_URL and TILE_ATTRIBUTION: OpenStreetMap by default, any http(s) template with {z}/{x}/{y}, and the CSP source that admits its tiles.
import { ConfigError, DEFAULT_TILE_ATTRIBUTION, loadConfig, tileImageSource } from '../../server/config';

test('without TILE_URL the map uses OpenStreetMap with its attribution', () => {
  expect(loadConfig({}).tiles).toEqual({
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: DEFAULT_TILE_ATTRIBUTION,
    imageSource: 'https://tile.openstreetmap.org',
  });
  expect(DEFAULT_TILE_ATTRIBUTION).toContain('https://www.openstreetmap.org/copyright');
});

test('a custom template and attribution are kept; the CSP source is the template origin', () => {
  const tiles = loadConfig({
    TILE_URL: 'http://localhost:8080/tiles/{z}/{x}/{y}{r}.png',
    TILE_ATTRIBUTION: 'Our tiles',
  }).tiles;
  expect(tiles).toEqual({
    url: 'http://localhost:8080/tiles/{z}/{x}/{y}{r}.png',
    attribution: 'Our tiles',
    imageSource: 'http://localhost:8080',
  });
});

test('a {s} subdomain becomes a wildcard label in the CSP source', () => {
  expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
  expect(tileImageSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toBe('https://*.example.org');
  expect(loadConfig({ TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' }).tiles.imageSource).toBe(
    'https://*.tile.example.org',
  );
});

test.each([
  ['not a URL', 'tiles please'],
  ['missing {y}', 'https://tile.example.org/{z}/{x}.png'],
  ['another scheme', 'ftp://tile.example.org/{z}/{x}/{y}.png'],
  ['a javascript: URL', 'javascript:alert(1)//{z}/{x}/{y}'],
  ['{s} as the registered domain', 'https://example.{s}/{z}/{x}/{y}.png'],
  ['another placeholder in the host', 'https://{z}.example.org/{z}/{x}/{y}.png'],
])('TILE_URL %s is refused, naming the variable', (_why, url) => {
  expect(() => loadConfig({ TILE_URL: url })).toThrow(ConfigError);
  expect(() => loadConfig({ TILE_URL: url })).toThrow(/TILE_URL: must be an http\(s\) URL template/);
});

test('an empty TILE_URL means the default', () => {
  expect(loadConfig({ TILE_URL: ' ' }).tiles.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
});
