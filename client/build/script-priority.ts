// The map page arrives server-rendered (results, phones, national lines): its scripts only enhance it. Chromium fetches
// module scripts and module preloads at High priority, beside the stylesheet, which delays the first paint on a slow
// connection; marked `fetchpriority="low"`, they follow the page and its stylesheet. The form pages are drawn by their
// script, so theirs keep the default. Why: docs/decisions/0049-map-page-scripts-at-low-priority.md.
import type { Plugin } from 'vite' with { 'resolution-mode': 'import' };

/** The built pages that are complete without their scripts. */
const SERVER_RENDERED_PAGES = ['index.html'];

/** The Vite plugin: after Vite has written the asset tags, lowers the fetch priority of a server-rendered page's scripts. */
export function lowPriorityScripts(): Plugin {
  return {
    name: 'puente-low-priority-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!SERVER_RENDERED_PAGES.includes(context.filename.split(/[\\/]/).pop() ?? '')) return html;
        return html.replace(
          /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
          '<$1 fetchpriority="low"',
        );
      },
    },
  };
}
