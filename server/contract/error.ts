// The one error shape every endpoint answers with.
import { z } from 'zod';

/** `{ error: { code, message, details? } }`: `code` is stable, `message` is for people. */
export const ErrorResponse = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code, such as invalid_parameter'),
    message: z.string().describe('What went wrong and what to do about it'),
    details: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
