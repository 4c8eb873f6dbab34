// schema.org JSON-LD for a listing's page: a type that fits its kind, its phone, its address unless
// confidential (then the city and state it serves, never the street or a point finer than its cell),
// and its opening hours.
import type { ListingDetail } from '../contract/listing';
import type { ListingKind } from '../contract/vocabulary';
import { pickLocalizedText } from '../../client/src/i18n/localized-text';
import type { Locale } from '../../client/src/i18n/locale';
import { EN_VOCABULARY_LABELS } from '../../client/src/i18n/vocabulary-labels.en';

/** The schema.org type of each kind. */
const SCHEMA_TYPES: Record<ListingKind, string> = {
  shelter: 'NGO',
  visitation_program: 'NGO',
  accompaniment: 'NGO',
  task_force: 'GovernmentOrganization',
  legal_help: 'LegalService',
  foster_care: 'NGO',
};

// schema.org's DayOfWeek values are the English day names, whatever the reader's language.
const DAY_NAMES = EN_VOCABULARY_LABELS.weekday;

/** The JSON-LD object for `listing`'s page at `url`. */
export function listingJsonLd(listing: ListingDetail, locale: Locale, url: string): Record<string, unknown> {
  const location = listing.location;
  const exact = location?.precision === 'exact';
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[listing.kind],
    '@id': url,
    url,
    name: listing.name,
    alternateName: listing.nameEs, // the Spanish name it goes by, when it has one (ACNUR)
    description: pickLocalizedText(locale, listing.description).text,
    parentOrganization:
      listing.organization.name !== listing.name
        ? { '@type': 'Organization', name: listing.organization.name }
        : undefined,
    telephone: listing.phones[0]?.number,
    email: listing.email ?? undefined,
    sameAs: listing.website ?? undefined,
    knowsLanguage: listing.languages.length ? listing.languages : undefined,
  };
  if (location && exact) {
    data.address = {
      '@type': 'PostalAddress',
      streetAddress: [location.address1, location.address2].filter(Boolean).join(', ') || undefined,
      addressLocality: location.city,
      addressRegion: location.state,
      postalCode: location.postalCode,
      addressCountry: 'US',
    };
    data.geo = { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude };
  } else if (location) {
    // Confidential: only the area, as the page says it.
    data.areaServed = { '@type': 'City', name: `${location.city}, ${location.state}` };
  } else if (listing.serviceArea.type === 'nationwide') {
    data.areaServed = { '@type': 'Country', name: 'US' };
  }
  if (listing.hours?.openings.length) {
    data.openingHoursSpecification = listing.hours.openings.map((o) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY_NAMES[o.day]}`,
      opens: o.opensAt,
      closes: o.closesAt === '24:00' ? '23:59' : o.closesAt,
    }));
  }
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>; // drops the undefined fields
}
