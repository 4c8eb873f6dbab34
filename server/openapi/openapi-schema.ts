// Helpers shared by the OpenAPI document's modules: zod to JSON Schema, and the error body.
import { z } from 'zod';

/** A zod schema as JSON Schema 2020-12 (no $schema member: the document states the dialect once). */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}

/** The error body every 4xx answers with. */
export const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } };
