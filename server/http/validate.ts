// Parses request input with a contract schema; a failure is a 400 that names each field, in the person's language.
import { z } from 'zod';
import type { Request } from 'express';
import { invalidParameters } from './errors';

/** Languages the API writes its messages in. */
export type MessageLocale = 'en' | 'es';

// zod's own Spanish messages; the contract's few custom messages stay as written (English).
const spanishErrors = z.locales.es().localeError;

/** Parses `input` (req.query, req.params, a body) with `schema`, or throws a 400 ApiError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: MessageLocale = 'en'): z.output<S> {
  const result = locale === 'es' ? schema.safeParse(input, { error: spanishErrors }) : schema.safeParse(input);
  if (!result.success) throw invalidParameters(result.error, locale);
  return result.data;
}

/** The language the request asks for (Accept-Language), English unless Spanish is preferred. */
export function requestLocale(req: Request): MessageLocale {
  return req.acceptsLanguages('en', 'es') === 'es' ? 'es' : 'en';
}
