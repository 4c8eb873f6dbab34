// Shared pieces of the demo listings, so every one is marked as a sample the same way and no contact is real.
// Phones use the 555-0100..0199 block reserved for fiction; websites and emails use example.org (RFC 2606).
import type { LocalizedText, Opening } from '../../server/contract/common';
import type { Weekday } from '../../server/contract/vocabulary';

/** Fields every demo listing shares: published (so it shows), and flagged so the UI says "sample listing". */
export const DEMO = { status: 'published', isDemo: true } as const;

/** Needs on demo shelters stay visible until then; far enough out that the demo never goes stale. */
export const DEMO_NEEDS_EXPIRE_ON = '2027-12-31';

/** A description in English and Spanish that ends by saying, in both, that the listing is a sample. */
export function sampleText(en: string, es: string): LocalizedText {
  return {
    en: `${en} This is a sample listing for demonstration: the organization, address and phone number are fictional.`,
    es: `${es} Este es un anuncio de muestra para demostración: la organización, la dirección y el teléfono son ficticios.`,
  };
}

/** A fictional website under example.org. */
export const sampleWebsite = (slug: string) => `https://example.org/${slug}`;

/** A fictional email address at example.org. */
export const sampleEmail = (user: string) => `${user}@example.org`;

/** The same opening on each of `days`. */
export function on(days: readonly Weekday[], opensAt: string, closesAt: string): Opening[] {
  return days.map((day) => ({ day, opensAt, closesAt }));
}

/** Monday to Friday. */
export const WEEKDAYS_MON_FRI = ['mo', 'tu', 'we', 'th', 'fr'] as const satisfies readonly Weekday[];

/** Every day of the week. */
export const EVERY_DAY = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const satisfies readonly Weekday[];
