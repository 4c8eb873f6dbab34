// The OpenAPI 3.1 document, generated from the zod contract (JSON Schema 2020-12 is OpenAPI 3.1's dialect).
import { z } from 'zod';
import { ErrorResponse, ListingDetail, SearchQuery, SearchResponse } from '../contract';
import { errorContent, jsonSchema } from './openapi-schema';
import { writePaths, writeSchemas } from './openapi-write-paths';
import { exportPaths } from './openapi-export-paths';
import { hsdsPaths, hsdsSchemas } from './openapi-hsds-paths';
import { facilityPaths, facilitySchemas } from './openapi-facility-paths';
import { feedPaths } from './openapi-feed-paths';

const EXAMPLES: Partial<Record<keyof typeof SearchQuery.shape, string>> = {
  near: '31.7587,-106.4869',
  zip: '79901',
  place: 'El Paso, TX',
  bbox: '-106.6,31.6,-106.2,31.9',
  kind: 'shelter,accompaniment',
  accepts: 'books,toys',
  service: 'court',
  language: 'es',
  q: 'libros',
};

// Query parameters: the parsed (output) schema states types, bounds and defaults; the raw value is always text.
function queryParameters() {
  return Object.entries(SearchQuery.shape).map(([name, schema]) => {
    // Transforms (near, bbox, openNow) have no output schema: their input (the text accepted) documents them.
    const output = jsonSchema(schema as z.ZodType);
    const s = output.type ? output : { ...jsonSchema(schema as z.ZodType, 'input'), ...output };
    const { description, ...rest } = s;
    const isList = rest.type === 'array';
    return {
      name,
      in: 'query',
      required: false,
      description,
      ...(isList ? { style: 'form', explode: false } : {}),
      schema: rest.type ? rest : { type: 'string' },
      ...(EXAMPLES[name as keyof typeof EXAMPLES] ? { example: EXAMPLES[name as keyof typeof EXAMPLES] } : {}),
    };
  });
}

// While PostgreSQL is away every operation that touches it answers this (server/http/errors.ts); /healthz never does.
const databaseUnavailable = {
  description: 'The database is not answering (stopped, restarting, too slow); try again after Retry-After seconds',
  headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
  content: errorContent,
};

function withDatabaseUnavailable<P extends Record<string, object>>(paths: P): P {
  for (const [path, item] of Object.entries(paths)) {
    if (path === '/healthz') continue;
    for (const operation of Object.values(item) as Array<{ responses?: Record<string, unknown> }>) {
      if (operation?.responses) operation.responses['503'] = databaseUnavailable;
    }
  }
  return paths;
}

/** Builds the OpenAPI 3.1 document for the public API. */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Puente API',
      version: '1.0.0',
      description:
        'Find shelters, detention visitation programs, accompaniment groups, task forces and national lines that help migrant children and families. ' +
        'Confidential shelters are shown only as an area of about 5 km; every distance, order and membership is computed from that public point.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: withDatabaseUnavailable({
      '/api/v1/listings': {
        get: {
          operationId: 'searchListings',
          summary: 'Search published listings near a ZIP, a place, a point or inside a map view',
          description:
            'Exactly one of near, zip, place or bbox. Results come nearest first with their distance in km; nationwide resources of the requested kinds come apart, in `nationwide`, on the first page. Page with `nextCursor`. When a point search finds nothing within its radius, `nearestBeyond` names up to 3 nearest listings beyond it.',
          parameters: queryParameters(),
          responses: {
            '200': {
              description: 'Listings in distance order',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } },
                'application/geo+json': {
                  schema: {
                    type: 'object',
                    description:
                      'RFC 7946 FeatureCollection with foreign members origin, radiusKm, nationwide, nextCursor and (as for JSON) nearestBeyond',
                  },
                },
              },
            },
            '400': { description: 'A parameter is missing, malformed or out of range', content: errorContent },
            '404': { description: 'The ZIP code or place is unknown', content: errorContent },
          },
        },
      },
      '/api/v1/listings/{id}': {
        get: {
          operationId: 'getListing',
          summary: 'One published listing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': {
              description: 'The listing',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ListingDetail' } } },
            },
            '404': { description: 'No published listing has this id', content: errorContent },
          },
        },
      },
      ...writePaths(),
      ...hsdsPaths(),
      ...facilityPaths(),
      ...exportPaths(),
      ...feedPaths(),
      '/healthz': {
        get: { operationId: 'health', summary: 'The process is alive', responses: { '200': { description: 'ok' } } },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'The database answers',
          responses: { '200': { description: 'ready' } },
        },
      },
    }),
    components: {
      securitySchemes: {
        EditLink: {
          type: 'http',
          scheme: 'bearer',
          description: 'The secret of the edit link an organization got when it submitted',
        },
        ModeratorSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'puente_session',
          description: '__Host-puente_session over HTTPS',
        },
        CsrfToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: 'From the sign-in answer; on every state-changing request',
        },
      },
      schemas: {
        SearchResponse: jsonSchema(SearchResponse),
        ListingDetail: jsonSchema(ListingDetail),
        ErrorResponse: jsonSchema(ErrorResponse),
        ...writeSchemas(),
        ...hsdsSchemas(),
        ...facilitySchemas(),
      },
    },
  };
}
