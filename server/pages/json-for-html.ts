// JSON inside an HTML <script type="application/json"> element: the browser ends the element at the
// first "</script", whatever the JSON says, so "<" (and ">", "&", U+2028/9 for old parsers) are written
// as \u escapes. JSON.parse reads them back as the same characters.

/** `value` as JSON that cannot end, or open, anything in the HTML around it. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
