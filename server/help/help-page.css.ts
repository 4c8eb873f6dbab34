// What the Ways to help and facility pages add to the About pages' stylesheet (about-page.css.ts): the ZIP form,
// notes, badges and the facility lists. Served by help-pages.routes.ts; the page CSP admits no inline style.

/** The path it is served at. */
export const HELP_STYLESHEET_PATH = '/help-pages.css';

/** The CSS text. */
export const HELP_PAGE_CSS = `
main a { overflow-wrap: anywhere; }
.place-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 0.5rem 0 1rem; }
.place-form label { display: block; font-weight: 600; width: 100%; }
.place-form input { font: inherit; padding: 0.45rem 0.5rem; border: 1px solid #52606d; border-radius: 4px; width: 9rem; max-width: 100%; }
.place-form button { font: inherit; padding: 0.45rem 1rem; border: 1px solid #0b5cad; border-radius: 4px; background: #0b5cad; color: #fff; cursor: pointer; }
.place-form .hint { width: 100%; margin: 0; }
.note { border-left: 4px solid #b44d12; background: #fff4ec; padding: 0.5rem 0.75rem; }
.hint { color: #3e4c59; font-size: 0.95rem; }
.phone { font-size: 1.15rem; font-weight: 700; }
.source { font-size: 0.9rem; color: #3e4c59; }
.badge { display: inline-block; border: 1px solid #7c5e10; background: #fffbea; color: #5c4813; border-radius: 4px; padding: 0 0.4rem; font-size: 0.85rem; font-weight: 600; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 0.4rem; } }
.entries { list-style: none; padding: 0; }
.entries li { border-top: 1px solid #d9e2ec; padding: 0.5rem 0; margin: 0; }
.entries .meta { display: block; color: #3e4c59; font-size: 0.95rem; }
.empty { border-left: 4px solid #0b5cad; background: #f0f4f8; padding: 0.5rem 0.75rem; }
`;
