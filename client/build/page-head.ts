// The <head> parts every page shares, written into each page's HTML by Vite (so each HTML file holds
// only its title, description and script), and the document around a form page's own part. No inline script: the client settings travel in a meta
// tag that the server fills in (server/contract/client-config.ts), or, under the dev server, this plugin.
import type { HtmlTagDescriptor, Plugin } from 'vite' with { 'resolution-mode': 'import' };
import { CLIENT_CONFIG_PLACEHOLDER } from '../../server/contract/client-config'; // relative: Vite loads its config before its aliases apply

/** The pages that take a private link or a session (edit, moderate, submit): they also set the referrer policy and share a body. */
const FORM_PAGES = ['submit.html', 'edit.html', 'moderate.html'] as const;

// The shared head (and, for a form page, body) for a page file (its base name) and the client-config tag's content.
function pageHeadTags(page: string, clientConfig: string): HtmlTagDescriptor[] {
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head-prepend' });
  const isFormPage = (FORM_PAGES as readonly string[]).includes(page);
  return [
    meta({ charset: 'utf-8' }), // first, within the first 1024 bytes
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    meta({ name: 'puente-client-config', content: clientConfig }),
    ...(isFormPage ? [meta({ name: 'referrer', content: 'strict-origin-when-cross-origin' })] : []),
    { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head-prepend' },
    ...(isFormPage ? FORM_PAGE_BODY : []),
  ];
}

// The body every form page starts with: skip link, header (back to the map, language switch), the <main> its script
// fills, and what to do without JavaScript. Its texts are English until the page's script translates them.
const FORM_PAGE_BODY: HtmlTagDescriptor[] = [
  { tag: 'a', attrs: { class: 'skip-link', id: 'skip-link', href: '#content' }, children: 'Skip to content' },
  {
    tag: 'header',
    attrs: { class: 'site-header' },
    children: [
      {
        tag: 'div',
        attrs: { class: 'brand' },
        children: [
          { tag: 'p', attrs: { class: 'brand-name' }, children: 'Puente' },
          { tag: 'a', attrs: { class: 'brand-back', id: 'back-to-map', href: '/' }, children: '← Back to the map' },
        ],
      },
      {
        tag: 'button',
        attrs: { type: 'button', class: 'button button--secondary language-switch', id: 'language-switch' },
        children: 'Español',
      },
    ],
  },
  { tag: 'main', attrs: { class: 'form-main', id: 'content', tabindex: '-1' } },
  {
    tag: 'noscript',
    // A string child is written as it stands (Vite does not escape it): a constant of ours, never listing text.
    // In both languages: the page's script, which would pick one, is what is missing.
    children: [
      {
        tag: 'p',
        attrs: { class: 'noscript', lang: 'en' },
        children: 'This page needs JavaScript. The API works without it: <a href="/api/docs">/api/docs</a>.',
      },
      {
        tag: 'p',
        attrs: { class: 'noscript', lang: 'es' },
        children: 'Esta página necesita JavaScript. La API funciona sin él: <a href="/api/docs">/api/docs</a>.',
      },
    ],
  },
].map((tag) => ({ ...tag, injectTo: 'body-prepend' as const }));

// A form page's file holds only what is its own (its title, description and script): the document around them is the
// same for all three, so it is written here, before Vite reads the page, indented as a whole page file would be.
function formPageDocument(ownPart: string): string {
  const head = ownPart
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `<!doctype html>\n<html lang="en">\n  <head>\n${head}\n  </head>\n  <body class="form-page"></body>\n</html>\n`;
}

/** The plugin that wraps each form page's own part in the document the three share (see formPageDocument). */
export function formPages(): Plugin {
  return {
    name: 'puente-form-pages',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) =>
        (FORM_PAGES as readonly string[]).includes(pageName(context.filename)) ? formPageDocument(html) : html,
    },
  };
}

const pageName = (filename: string): string => filename.split(/[\\/]/).pop() ?? '';

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
      clientConfig = JSON.stringify({
        tileUrl: process.env.TILE_URL || undefined,
        tileAttribution: process.env.TILE_ATTRIBUTION || undefined,
      });
    },
    transformIndexHtml: (_html, context) => pageHeadTags(pageName(context.filename), clientConfig),
  };
}
