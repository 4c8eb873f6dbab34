// What the browser needs from the server's configuration (today: the map tiles), written into the
// page as one <meta> tag. No inline script, so the CSP can forbid them; no extra request before the map.

/** The client's settings, as the page carries them (JSON in the content of <meta name="puente-client-config">). */
export interface ClientConfig {
  tileUrl: string; // Leaflet URL template
  tileAttribution: string; // HTML credit for the tiles
}

/** The placeholder client/index.html holds where the server writes the settings. */
export const CLIENT_CONFIG_PLACEHOLDER = '__PUENTE_CLIENT_CONFIG__';

/** The client's settings from the tile configuration (server/config.ts's TileConfig; typed by shape, so the client's type check need not read the server's config). */
export function clientConfigFor(tiles: { url: string; attribution: string }): ClientConfig {
  return { tileUrl: tiles.url, tileAttribution: tiles.attribution };
}

/** `html` with the placeholder replaced by the settings as JSON, escaped for a double-quoted attribute. */
export function injectClientConfig(html: string, config: ClientConfig): string {
  const attribute = JSON.stringify(config)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return html.split(CLIENT_CONFIG_PLACEHOLDER).join(attribute);
}
