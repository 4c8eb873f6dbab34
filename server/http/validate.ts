// Parses request input with a contract schema; a failure is a 400 that names each parameter.
import type { z } from 'zod';
import { invalidParameters } from './errors';

/** Parses `input` (req.query, req.params, a body) with `schema`, or throws a 400 ApiError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidParameters(result.error);
  return result.data;
}
