// A listing's name in the reader's language: its Spanish name for Spanish readers when it has one (ACNUR for UNHCR),
// else the one name it has, marked with its language when that differs from the page's.
import type { Locale } from './locale';

/** What a listing offers for its name. */
export interface NamedListing {
  name: string;
  nameEs?: string;
}

/** The name to show in `locale`: the Spanish name for Spanish readers when there is one, else `name`. */
export function listingName(locale: Locale, listing: NamedListing): string {
  return locale === 'es' && listing.nameEs ? listing.nameEs : listing.name;
}
