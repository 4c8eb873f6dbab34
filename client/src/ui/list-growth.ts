// Whether a list shown on the page can grow in place: "Show more" adds a page to the end of the
// results, and only the new entries need building (the others, and keyboard focus, stay put).

/** The items `next` adds to the end of `shown` (empty when it adds none), or null when `next` is not `shown` plus more and the list must be rebuilt. */
export function appendedItems<T>(shown: readonly T[] | null, next: readonly T[] | null): readonly T[] | null {
  if (shown === null || next === null || next.length < shown.length) return null;
  for (let i = 0; i < shown.length; i++) if (shown[i] !== next[i]) return null;
  return next.slice(shown.length);
}
