// The About and privacy pages' stylesheet: small, readable on a 360 px phone, served by
// about.routes.ts (the page CSP admits styles from this origin only, never inline).

/** The CSS text. */
export const ABOUT_PAGE_CSS = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1f2933; }
body { margin: 0; }
a { color: #0b5cad; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.5rem; z-index: 1; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; padding: 0.75rem 1rem; border-bottom: 1px solid #d9e2ec; }
.brand-name { margin: 0; font-weight: 700; font-size: 1.25rem; }
.brand-name a { color: inherit; text-decoration: none; }
.site-header a[hreflang] { margin-left: auto; }
.about-main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
ul { padding-left: 1.25rem; }
li { margin-bottom: 0.5rem; }
.unconfigured { border-left: 4px solid #b44d12; background: #fff4ec; padding: 0.5rem 0.75rem; }
.site-footer { max-width: 40rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid #d9e2ec; font-size: 0.95rem; }
@media print { .skip-link, .site-header a[hreflang] { display: none; } a { color: inherit; } }
`;
