// Links to a detention facility's page (/facilities/{id}, server-rendered: server/facilities/pages/), from the map's
// facility popups and from a listing that names a linked facility. Isomorphic: h() builds elements or, on the
// server, escaped markup.
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { h, type Child } from './dom';

/** A listing's named facility as public answers give it: `id` only when it is linked to a listed facility. */
export interface NamedFacility {
  id?: string;
  name?: string;
  city?: string;
  state?: string;
}

/** The facility page's address, in `locale`. */
export function facilityHref(id: string, locale: Locale): string {
  return `/facilities/${encodeURIComponent(id)}${locale === 'es' ? '?lang=es' : ''}`;
}

/** "Name (City, ST)", a link to its page when the facility is a listed one. */
export function facilityName(facility: NamedFacility, locale: Locale): Child {
  const place = [facility.city, facility.state].filter(Boolean).join(', ');
  const name = [facility.name, place ? `(${place})` : ''].filter(Boolean).join(' ');
  if (!name) return null;
  return facility.id ? h('a', { href: facilityHref(facility.id, locale), class: 'facility-link' }, [name]) : name;
}

/** "Visits people held at Name (City, ST)", the facility a link to its page when it is a listed one. */
export function visitedFacilityLine(locale: Locale, facility: NamedFacility): HTMLElement {
  // The catalogue's sentence around the facility, split at its placeholder so the name can be a link.
  const [before = '', after = ''] = t(locale, 'detail.facility', { facility: '\u0000' }).split('\u0000');
  return h('p', {}, [before, facilityName(facility, locale), after]);
}

/** The listed facilities an accompaniment group's people come from, each a link; null when none is named. */
export function releasedFromList(locale: Locale, facilities: readonly NamedFacility[]): HTMLElement | null {
  const named = facilities.map((facility) => facilityName(facility, locale)).filter(Boolean);
  return named.length
    ? h(
        'ul',
        { class: 'plain-list' },
        named.map((name) => h('li', {}, [name])),
      )
    : null;
}
