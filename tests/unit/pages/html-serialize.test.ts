// The server's escaping rule, for every string: text and attribute values written by html-serialize.ts
// parse back (by an HTML parser) to exactly what the view put in, and nothing in them becomes markup;
// JSON written for a <script> element reads back the same and holds no "<" to end it.
import fc from 'fast-check';
import { escapeAttribute, serializeNode } from '../../../server/pages/html-serialize';
import { jsonForHtml } from '../../../server/pages/json-for-html';
import { parsePage } from '../../../server/pages/server-document';

// Strings rich in what HTML cares about, mixed with any other characters.
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '</script>',
        '<!--',
        '-->',
        '&amp;',
        '&lt;',
        '&#x3C;',
        'script',
        '=',
        ' ',
      ),
      fc.string({ unit: 'grapheme' }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

test('text and attribute values round-trip through the serializer and a parser, as one element with one text', async () => {
  const { document } = await parsePage('<!doctype html><html><head></head><body></body></html>');
  const { parseHTML } = await import('linkedom'); // an ES module (see server-document.ts)
  await fc.assert(
    fc.asyncProperty(htmlish, htmlish, async (text, attribute) => {
      const p = document.createElement('p');
      p.setAttribute('title', attribute);
      p.textContent = text;
      const html = serializeNode(p);
      const parsed = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
      expect(parsed.body.children.length).toBe(1);
      const back = parsed.body.firstElementChild!;
      expect(back.children.length).toBe(0);
      expect(back.getAttribute('title')).toBe(attribute);
      expect(back.textContent).toBe(text);
    }),
    { numRuns: 300 },
  );
});

test('attribute values escape & " < >', () => {
  expect(escapeAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
});

test('JSON for a script element reads back the same and cannot end the element', () => {
  fc.assert(
    fc.property(fc.jsonValue(), htmlish, (value, text) => {
      const data = { value, text };
      const written = jsonForHtml(data);
      expect(written).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(data)));
    }),
    { numRuns: 300 },
  );
});
