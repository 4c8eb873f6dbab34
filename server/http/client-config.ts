// The server's half of the client settings (server/contract/client-config.ts): made from the configuration, written
// into each page in place of the placeholder.
import { CLIENT_CONFIG_PLACEHOLDER, type ClientConfig } from '../contract/client-config';

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
