// A listing as plain lines of text, field by field, for moderators: every field, the exact address
// included. The same text feeds the facts list of a new listing and the before/after of a change.
import type { ListingInput } from '@contract/listing';
import { formatLength, defaultUnitFor } from '../format/distance.format';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { tf } from '../i18n/form-translate';
import { languageName } from '../i18n/language-names';
import type { Locale } from '../i18n/locale';
import { detailLines, hoursLine, localizedLines } from './detail-lines';
import { timeZoneForPlace } from '@contract/us-time-zones';

/** The top-level listing fields moderators see, in the order shown; a change's changedFields name these. */
const LISTING_FIELDS = [
  'name',
  'nameEs',
  'organization',
  'description',
  'location',
  'serviceArea',
  'phones',
  'email',
  'website',
  'languages',
  'hours',
  'details',
] as const;

/** The label of a field ("Where it helps"); a field the page does not know is shown by its own name. */
function fieldLabel(locale: Locale, field: string): string {
  const key = `field.${field}` as FormMessageKey;
  return key in FORM_FIELD_KEYS ? tf(locale, key) : field;
}
const FORM_FIELD_KEYS: Record<string, true> = Object.fromEntries(LISTING_FIELDS.map((f) => [`field.${f}`, true]));

/** One field of `listing` as text (lines separated by \n); '' when the listing leaves it out. */
export function fieldText(locale: Locale, listing: ListingInput, field: string): string {
  switch (field) {
    case 'name':
      return listing.name;
    case 'nameEs':
      return listing.nameEs ?? '';
    case 'organization':
      return lines([listing.organization.name, listing.organization.website, listing.organization.email]);
    case 'description':
      return lines(localizedLines(locale, listing.description, false).map(([lang, text]) => `${lang}: ${text}`));
    case 'location': {
      const l = listing.location;
      if (!l) return '';
      const a = l.address;
      return lines([
        tf(locale, l.privacy === 'confidential' ? 'location.confidential' : 'location.exact'),
        a.address1,
        a.address2,
        `${a.city}, ${a.state}${a.postalCode ? ` ${a.postalCode}` : ''}`,
        `${l.latitude.toFixed(6)}, ${l.longitude.toFixed(6)}`,
      ]);
    }
    case 'serviceArea': {
      const area = listing.serviceArea;
      if (area.type === 'nationwide') return tf(locale, 'area.nationwide');
      if (area.type === 'states') return `${tf(locale, 'area.states')}: ${area.states.join(', ')}`;
      return `${tf(locale, 'area.radius')}: ${formatLength(locale, area.radiusKm, defaultUnitFor(locale))}`;
    }
    case 'phones':
      return lines(
        (listing.phones ?? []).map((p) =>
          [
            p.number,
            p.extension && `${tf(locale, 'reach.extension')} ${p.extension}`,
            p.description &&
              `(${localizedLines(locale, p.description)
                .map(([, text]) => text)
                .join(' / ')})`,
          ]
            .filter(Boolean)
            .join(' '),
        ),
      );
    case 'email':
      return listing.email ?? '';
    case 'website':
      return listing.website ?? '';
    case 'languages':
      return (listing.languages ?? []).map((code) => `${languageName(locale, code)} (${code})`).join(', ');
    case 'hours':
      return listing.hours ? lines([...hoursLine(locale, listing.hours).split('; '), zoneHint(locale, listing)]) : '';
    case 'details':
      return detailLines(locale, listing.details).join('\n');
    default:
      return JSON.stringify((listing as Record<string, unknown>)[field] ?? '', null, 1);
  }
}

/** Every field that has something, as [label, text] rows. */
export function listingFacts(locale: Locale, listing: ListingInput): Array<[string, string]> {
  return LISTING_FIELDS.map((field): [string, string] => [
    fieldLabel(locale, field),
    fieldText(locale, listing, field),
  ]).filter(([, text]) => text !== '');
}

/** The before/after rows of a change, one per changed field. */
export function changeRows(
  locale: Locale,
  before: ListingInput,
  after: ListingInput,
  changedFields: readonly string[],
): Array<{ field: string; label: string; before: string; after: string }> {
  return changedFields.map((field) => ({
    field,
    label: fieldLabel(locale, field),
    before: fieldText(locale, before, field),
    after: fieldText(locale, after, field),
  }));
}

// A zone other than the one the place usually keeps is allowed (a hand choice), but worth a moderator's look: "open now" depends on it.
function zoneHint(locale: Locale, listing: ListingInput): string | undefined {
  const address = listing.location?.address;
  if (!address || !listing.hours) return undefined;
  const usual = timeZoneForPlace(address.state, address.postalCode);
  return usual === listing.hours.timeZone ? undefined : tf(locale, 'queue.zoneDiffers', { zone: usual });
}

const lines = (parts: ReadonlyArray<string | undefined | false | null>): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
