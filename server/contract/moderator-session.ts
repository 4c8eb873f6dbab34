// Moderator sign-in: what the page sends and what it gets back.
import { z } from 'zod';
import { safeText, textRule } from './safe-text';

/** POST /api/v1/moderation/session. Lengths are bounded so nobody can make the server hash a megabyte. */
export const SignInRequest = z
  .object({
    email: safeText().min(1, 'is required').max(254, 'is too long'),
    // Exactly as typed (its hash was made from these characters): refused only when it cannot be text at all.
    password: z.string().check(textRule('secret')).min(1, 'is required').max(1024, 'is too long'),
  })
  .strict();
export type SignInRequest = z.infer<typeof SignInRequest>;

/** The signed-in moderator and the token to send back in X-CSRF-Token on every change. */
export const ModeratorSessionResponse = z.object({
  email: z.string(),
  csrfToken: z.string().describe('Send in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE'),
});
export type ModeratorSessionResponse = z.infer<typeof ModeratorSessionResponse>;
