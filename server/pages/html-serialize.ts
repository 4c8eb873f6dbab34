// A DOM tree (the server-side document the client's views built) as HTML text. The escaping is
// ours, stated here and tested, not the DOM library's: text escapes & < >, attribute values escape
// & " < > (docs/decisions/0045-server-rendered-pages.md). Script and style contents are written as they
// stand: the page's only such contents are the template's own and the JSON that json-for-html.ts escapes.

/** Elements without an end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose text is raw (not entity-decoded by the browser). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);

/** Text for an HTML text node: what the browser decodes back to `text`. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value (< and > too: not needed inside quotes, but no tag-like text survives anywhere). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A whole document: doctype and the root element. */
export function serializeDocument(document: Document): string {
  return `<!doctype html>${serializeNode(document.documentElement)}`;
}

/** One node and everything in it. */
export function serializeNode(node: Node): string {
  switch (node.nodeType) {
    case 1: // element
      return serializeElement(node as Element);
    case 3: // text
      return RAW_TEXT_ELEMENTS.has(node.parentNode?.nodeName.toLowerCase() ?? '')
        ? (node.nodeValue ?? '')
        : escapeText(node.nodeValue ?? '');
    case 8: // comment: the template's notes are for developers, not for the wire
      return '';
    default:
      return '';
  }
}

function serializeElement(element: Element): string {
  const tag = element.localName;
  const attributes = Array.from(element.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${attributes}>`;
  const children = Array.from(element.childNodes, serializeNode).join('');
  return `<${tag}${attributes}>${children}</${tag}>`;
}
