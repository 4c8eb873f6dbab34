// How long a locked-out moderator is told to wait, from the 429's Retry-After.

/** Minutes to tell a person to wait, from Retry-After seconds (at least one). */
export function waitMinutes(retryAfterSeconds: number | null): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? 900) / 60));
}
