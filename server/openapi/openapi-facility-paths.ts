// The detention facility reads in the OpenAPI document: facilities near a place, and one facility with who serves it
// (docs/decisions/0061-facilities-and-references.md).
import type { z } from 'zod';
import { FacilityDetail, FacilitySearchQuery, FacilitySearchResponse } from '../contract/facility';
import { errorContent, jsonSchema } from './openapi-schema';

const EXAMPLES: Partial<Record<keyof typeof FacilitySearchQuery.shape, string>> = {
  near: '31.7587,-106.4869',
  zip: '79901',
  place: 'El Paso, TX',
  bbox: '-106.6,31.6,-106.2,31.9',
};

// As the listing search's parameters: the parsed schema states types, bounds and defaults; the raw value is text.
function queryParameters() {
  return Object.entries(FacilitySearchQuery.shape).map(([name, schema]) => {
    const output = jsonSchema(schema as z.ZodType);
    const s = output.type ? output : { ...jsonSchema(schema as z.ZodType, 'input'), ...output };
    const { description, ...rest } = s;
    const example = EXAMPLES[name as keyof typeof EXAMPLES];
    return {
      name,
      in: 'query',
      required: false,
      description,
      schema: rest.type ? rest : { type: 'string' },
      ...(example ? { example } : {}),
    };
  });
}

/** GET /api/v1/facilities and GET /api/v1/facilities/{id}. */
export function facilityPaths() {
  return {
    '/api/v1/facilities': {
      get: {
        operationId: 'searchFacilities',
        summary: 'Detention facilities near a ZIP, a place, a point or inside a map view',
        description:
          'Exactly one of near, zip, place or bbox. Facilities come nearest first with their distance in km and how ' +
          'many published visitation programs visit each. Children’s shelters run for ORR are never facilities here.',
        parameters: queryParameters(),
        responses: {
          '200': {
            description: 'Facilities in distance order',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FacilitySearchResponse' } } },
          },
          '400': { description: 'A parameter is missing, malformed or out of range', content: errorContent },
          '404': { description: 'The ZIP code or place is unknown', content: errorContent },
        },
      },
    },
    '/api/v1/facilities/{id}': {
      get: {
        operationId: 'getFacility',
        summary: 'One detention facility, with the published listings that visit it and accompany people released',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': {
            description: 'The facility',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FacilityDetail' } } },
          },
          '400': { description: 'The id is not a UUID', content: errorContent },
          '404': { description: 'No facility has this id', content: errorContent },
        },
      },
    },
  };
}

/** The facility answers' schemas. */
export function facilitySchemas() {
  return {
    FacilitySearchResponse: jsonSchema(FacilitySearchResponse),
    FacilityDetail: jsonSchema(FacilityDetail),
  };
}
