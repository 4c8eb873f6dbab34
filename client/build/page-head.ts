// The <head> parts every page shares, written into each page's HTML by Vite (so each HTML file holds
// only its title, description and script). No inline script: the client settings travel in a meta
// tag that the server fills in (server/http/client-config.ts), or, under the dev server, this plugin.
import type { HtmlTagDescriptor, Plugin } from 'vite' with { 'resolution-mode': 'import' };
import { CLIENT_CONFIG_PLACEHOLDER } from '../../server/http/client-config';

/** The pages that take a private link or a session (edit, moderate, submit): they also set the referrer policy. */
const FORM_PAGES = ['submit.html', 'edit.html', 'moderate.html'] as const;

// The shared head for a page file (its base name) and the client-config meta tag's content.
function pageHeadTags(page: string, clientConfig: string): HtmlTagDescriptor[] {
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head-prepend' });
  return [
    meta({ charset: 'utf-8' }), // first, within the first 1024 bytes
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    meta({ name: 'puente-client-config', content: clientConfig }),
    ...((FORM_PAGES as readonly string[]).includes(page) ? [meta({ name: 'referrer', content: 'strict-origin-when-cross-origin' })] : []),
    { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head-prepend' },
  ];
}

/**
 * The plugin: in a build, the config tag holds the placeholder the server replaces; the dev server
 * writes TILE_URL and TILE_ATTRIBUTION when they are set (the client falls back to OpenStreetMap for
 * what is not; the app, started beside it, validates them). Vite escapes attribute values.
 */
export function pageHead(): Plugin {
  let clientConfig = CLIENT_CONFIG_PLACEHOLDER;
  return {
    name: 'puente-page-head',
    configResolved(config) {
      if (config.command !== 'serve') return;
      clientConfig = JSON.stringify({ tileUrl: process.env.TILE_URL || undefined, tileAttribution: process.env.TILE_ATTRIBUTION || undefined });
    },
    transformIndexHtml: (_html, context) => pageHeadTags(context.filename.split(/[\\/]/).pop() ?? '', clientConfig),
  };
}
