// What the browser needs from the server's configuration (today: the map tiles), written into the page as one <meta>
// tag. No inline script, so the CSP can forbid them; no extra request before the map. The server fills the tag
// (server/http/client-config.ts), the client reads it (client/src/config/client-settings.ts).

/** The client's settings, as the page carries them (JSON in the content of <meta name="puente-client-config">). */
export interface ClientConfig {
  tileUrl: string; // Leaflet URL template
  tileAttribution: string; // HTML credit for the tiles
}

/** The placeholder client/index.html holds where the server writes the settings. */
export const CLIENT_CONFIG_PLACEHOLDER = '__PUENTE_CLIENT_CONFIG__';
