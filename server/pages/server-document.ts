// The client's views on the server: they build elements with the global `document` (ui/dom.ts,
// map/kind-icon.ts), so a render lends them a server-side document (linkedom) for the length of one
// synchronous call, then the tree is written out by html-serialize.ts. One view code for both sides
// (docs/decisions/0045-server-rendered-pages.md).
import type * as Linkedom from 'linkedom' with { 'resolution-mode': 'import' };
import { serializeDocument } from './html-serialize';

// Loaded as an ES module, once: its CommonJS build requires css-select, which is ES-only (Jest cannot require that).
let linkedom: Promise<typeof Linkedom> | null = null;

/** A page being built on the server: its document, and the result as HTML. */
export interface ServerPage {
  document: Document;
  html(): string;
}

/** A fresh document parsed from `template` (a built client page). */
export async function parsePage(template: string): Promise<ServerPage> {
  const { parseHTML } = await (linkedom ??= import('linkedom'));
  const { document } = parseHTML(template) as unknown as { document: Document };
  return { document, html: () => serializeDocument(document) };
}

/**
 * Runs `build` with `document` as the global document. Synchronous on purpose: no other request
 * can run in between, so concurrent renders never see each other's document.
 */
export function withDocument<T>(document: Document, build: () => T): T {
  const global = globalThis as { document?: Document };
  const previous = global.document;
  global.document = document;
  try {
    const result = build();
    if (result instanceof Promise) throw new Error('withDocument: build must be synchronous');
    return result;
  } finally {
    if (previous === undefined) delete global.document;
    else global.document = previous;
  }
}
