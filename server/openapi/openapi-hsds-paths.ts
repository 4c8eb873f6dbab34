// The OpenAPI paths of the HSDS 3.0 read API (/api/hsds), from its zod contract (server/contract/hsds.ts). The answers
// are the spec's objects; the schemas here state what Puente guarantees of them and point to the spec for the rest.
import type { z } from 'zod';
import {
  HsdsApiInfo,
  HsdsOrganization,
  HsdsOrganizationListQuery,
  HsdsOrganizationQuery,
  HsdsPage,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceListQuery,
  HsdsTaxonomy,
  HsdsTaxonomyListQuery,
  HsdsTaxonomyTerm,
} from '../contract/hsds';
import { errorContent, jsonSchema } from './openapi-schema';

const SPEC = 'https://docs.openreferral.org/en/latest/hsds/schema_reference.html';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: errorContent });
const badQuery = error(
  'A parameter is malformed or out of range: details name each one (Spanish with Accept-Language: es)',
);

// Query parameters from a contract schema: what each accepts as text, with its description.
function parameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...rest } = jsonSchema(field as z.ZodType, 'input');
    return { name, in: 'query', required: false, description, schema: rest.type ? rest : { type: 'string' } };
  });
}

const idPath = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id`,
  schema: { type: 'string', format: 'uuid' },
});

// A list answer: the Page object with its contents, or (format=ndjson) one item per line.
function listAnswer(item: string, description: string) {
  return {
    description,
    content: {
      'application/json': {
        schema: {
          allOf: [ref('HsdsPage'), { type: 'object', properties: { contents: { type: 'array', items: ref(item) } } }],
        },
      },
      'application/x-ndjson': { schema: ref(item) },
    },
  };
}

function list(
  operationId: string,
  summary: string,
  query: z.ZodObject,
  item: string,
  extra: Record<string, unknown> = {},
) {
  return {
    get: {
      operationId,
      summary,
      tags: ['HSDS'],
      parameters: parameters(query),
      responses: { '200': listAnswer(item, summary), '400': badQuery, ...extra },
    },
  };
}

function single(operationId: string, summary: string, what: string, item: string, query?: z.ZodObject) {
  return {
    get: {
      operationId,
      summary,
      tags: ['HSDS'],
      parameters: [idPath(what), ...(query ? parameters(query) : [])],
      responses: {
        '200': { description: summary, content: { 'application/json': { schema: ref(item) } } },
        ...(query ? { '400': badQuery } : {}),
        '404': error(`No ${what} has this id`),
      },
    },
  };
}

/** The HSDS paths. */
export function hsdsPaths() {
  const services = HsdsServiceListQuery as unknown as z.ZodObject;
  return {
    '/api/hsds': {
      get: {
        operationId: 'hsdsApiInfo',
        summary: 'This HSDS API: its version, its profile and its OpenAPI document',
        tags: ['HSDS'],
        responses: {
          '200': { description: 'What this API is', content: { 'application/json': { schema: ref('HsdsApiInfo') } } },
        },
      },
    },
    '/api/hsds/services': list('hsdsServices', 'Published listings as HSDS services', services, 'HsdsService', {
      '404': error('The postcode is not a ZIP code we know'),
    }),
    '/api/hsds/services/{id}': single(
      'hsdsService',
      'One published listing as a fully nested HSDS service',
      'service',
      'HsdsService',
    ),
    '/api/hsds/service_at_locations': list(
      'hsdsServiceAtLocations',
      'Published listings with a place, as HSDS services at locations',
      services,
      'HsdsServiceAtLocation',
      { '404': error('The postcode is not a ZIP code we know') },
    ),
    '/api/hsds/service_at_locations/{id}': single(
      'hsdsServiceAtLocation',
      'One service at its location, fully nested',
      'service at location',
      'HsdsServiceAtLocation',
    ),
    '/api/hsds/organizations': list(
      'hsdsOrganizations',
      'Organizations with a published listing',
      HsdsOrganizationListQuery,
      'HsdsOrganization',
    ),
    '/api/hsds/organizations/{id}': single(
      'hsdsOrganization',
      'One organization with its published services',
      'organization',
      'HsdsOrganization',
      HsdsOrganizationQuery,
    ),
    '/api/hsds/taxonomies': list('hsdsTaxonomies', "Puente's taxonomies", HsdsTaxonomyListQuery, 'HsdsTaxonomy'),
    '/api/hsds/taxonomies/{id}': single('hsdsTaxonomy', 'One taxonomy', 'taxonomy', 'HsdsTaxonomy'),
    '/api/hsds/taxonomy_terms': list(
      'hsdsTaxonomyTerms',
      "The terms of Puente's taxonomies, and the Puente profile's fields",
      HsdsTaxonomyListQuery,
      'HsdsTaxonomyTerm',
    ),
    '/api/hsds/taxonomy_terms/{id}': single(
      'hsdsTaxonomyTerm',
      'One taxonomy term',
      'taxonomy term',
      'HsdsTaxonomyTerm',
    ),
  };
}

const described = (schema: z.ZodType, object: string) => ({
  ...jsonSchema(schema),
  externalDocs: { description: `The HSDS 3.0 ${object} object, field by field`, url: SPEC },
});

/** The schemas the HSDS paths refer to. */
export function hsdsSchemas() {
  const { contents: _contents, ...page } = (jsonSchema(HsdsPage) as { properties: Record<string, unknown> }).properties;
  return {
    HsdsApiInfo: jsonSchema(HsdsApiInfo),
    HsdsPage: { type: 'object', description: "The HSDS reference API's Page object", properties: page },
    HsdsService: described(HsdsService, 'service'),
    HsdsServiceAtLocation: described(HsdsServiceAtLocation, 'service_at_location'),
    HsdsOrganization: described(HsdsOrganization, 'organization'),
    HsdsTaxonomy: described(HsdsTaxonomy, 'taxonomy'),
    HsdsTaxonomyTerm: described(HsdsTaxonomyTerm, 'taxonomy_term'),
  };
}
