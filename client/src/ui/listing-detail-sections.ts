// The body of an open listing: how to reach it, when it is open, what it needs and does, all built
// as elements from the listing's fields (organizations write this text: it is only ever text).
import type { LocalizedText, Phone, WeeklyHours } from '@contract/common';
import type { ListingDetail } from '@contract/listing';
import { formatCalendarDate } from '../format/calendar-date.format';
import { formatLength, type DistanceUnit } from '../format/distance.format';
import { describeOpenStatus } from '../format/open-status.format';
import { weeklyHoursRows } from '../format/weekly-hours.format';
import { languageName } from '../i18n/language-names';
import type { Locale } from '../i18n/locale';
import { pickLocalizedText } from '../i18n/localized-text';
import type { MessageKey } from '../i18n/messages.en';
import { t } from '../i18n/translate';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h, type Child } from './dom';
import { releasedFromList, visitedFacilityLine } from './facility-link';
import { directionsHref, displayHost, mailtoHref, telHref, webHref } from './link-targets';
import { meetingsSection } from './meeting-list';

/** Formatting context for one listing. */
export interface DetailContext {
  locale: Locale;
  units: DistanceUnit;
  now: Date; // for "open now"
}

/** The sections of a listing's detail, in the order a helper needs them: reach, hours, needs, about. */
export function detailSections(listing: ListingDetail, context: DetailContext): Child[] {
  const { locale } = context;
  return [
    section(
      locale,
      'detail.phone',
      listing.phones.length
        ? h(
            'ul',
            { class: 'plain-list' },
            listing.phones.map((p) => phoneItem(locale, p)),
          )
        : null,
    ),
    contactSection(listing, locale),
    locationSection(listing, locale),
    hoursSection(locale, 'detail.hours', listing.hours),
    ...kindSections(listing, context),
    section(
      locale,
      'detail.languages',
      listing.languages.length ? h('p', {}, [listing.languages.map((c) => languageName(locale, c)).join(', ')]) : null,
    ),
    section(locale, 'detail.about', [
      text(locale, listing.description, 'p'),
      locale === 'es' && !listing.description.es ? h('p', { class: 'hint' }, [t(locale, 'detail.englishOnly')]) : null,
      h('p', {}, [t(locale, 'detail.organization', { name: listing.organization.name })]),
      serviceAreaLine(listing, context),
    ]),
    h('p', { class: 'verified' }, [
      listing.lastVerifiedOn
        ? t(locale, 'detail.lastVerified', { date: formatCalendarDate(locale, listing.lastVerifiedOn) })
        : t(locale, 'detail.notVerified'),
    ]),
  ];
}

/** The listing's open/closed line for now, from its hours in its own time zone. */
export function openStatusLine(listing: ListingDetail, context: DetailContext): HTMLElement {
  return h('p', { class: 'open-status' }, [describeOpenStatus(context.locale, listing.hours, context.now)]);
}

function section(locale: Locale, title: MessageKey, content: Child | Child[]): HTMLElement | null {
  const children = Array.isArray(content) ? content : [content];
  if (!children.some(Boolean)) return null;
  return h('section', { class: 'detail-section' }, [h('h3', {}, [t(locale, title)]), ...children]);
}

function text(locale: Locale, value: LocalizedText | undefined, tag: 'p' | 'span' = 'p'): HTMLElement | null {
  if (!value) return null;
  const picked = pickLocalizedText(locale, value);
  return h(tag, { lang: picked.lang === locale ? undefined : picked.lang, class: 'listing-text' }, [picked.text]);
}

function phoneItem(locale: Locale, phone: Phone): HTMLElement {
  const href = telHref(phone.number, phone.extension);
  const label = phone.extension
    ? `${phone.number} ${t(locale, 'detail.extension', { extension: phone.extension })}`
    : phone.number;
  return h('li', {}, [
    href
      ? h('a', { href, class: 'tel-link', 'aria-label': t(locale, 'detail.call', { number: label }) }, [label])
      : label,
    phone.description ? h('br') : null,
    text(locale, phone.description, 'span'),
  ]);
}

function contactSection(listing: ListingDetail, locale: Locale): HTMLElement | null {
  const link = (url: string | undefined) => {
    const href = url ? webHref(url) : null;
    return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, [displayHost(href)]) : null;
  };
  const mail = (address: string | undefined) => {
    const href = address ? mailtoHref(address) : null;
    return href && address ? h('a', { href }, [address]) : null;
  };
  const website = link(listing.website);
  const organizationSite = listing.organization.website !== listing.website ? link(listing.organization.website) : null;
  const email = mail(listing.email ?? listing.organization.email);
  const rows: Child[] = [
    website ? h('p', {}, [`${t(locale, 'detail.website')}: `, website]) : null,
    organizationSite ? h('p', {}, [`${t(locale, 'detail.organizationWebsite')}: `, organizationSite]) : null,
    email ? h('p', {}, [`${t(locale, 'detail.email')}: `, email]) : null,
  ];
  return rows.some(Boolean) ? h('section', { class: 'detail-section' }, rows) : null;
}

function locationSection(listing: ListingDetail, locale: Locale): HTMLElement | null {
  const location = listing.location;
  if (!location) return null;
  if (location.precision === 'approximate') {
    return section(locale, 'detail.address', [
      h('p', { class: 'approximate-note' }, [t(locale, 'detail.approximate')]),
      h('p', {}, [`${location.city}, ${location.state}`]),
    ]);
  }
  const lines = [
    location.address1,
    location.address2,
    `${location.city}, ${location.state}${location.postalCode ? ` ${location.postalCode}` : ''}`,
  ];
  return section(locale, 'detail.address', [
    h(
      'address',
      {},
      lines.filter((line): line is string => Boolean(line)).flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])),
    ),
    location.pointFromZip ? h('p', { class: 'approximate-note' }, [t(locale, 'detail.pointFromZip')]) : null,
    h('p', {}, [
      h(
        'a',
        {
          href: directionsHref(location.latitude, location.longitude),
          target: '_blank',
          rel: 'noopener noreferrer',
          class: 'directions-link',
        },
        [
          t(locale, 'detail.directions'),
          h('span', { class: 'visually-hidden' }, [` (${t(locale, 'detail.directionsHint')})`]),
        ],
      ),
    ]),
  ]);
}

function hoursSection(locale: Locale, title: MessageKey, hours: WeeklyHours | null | undefined): HTMLElement | null {
  if (!hours) return null;
  const rows = weeklyHoursRows(locale, hours.openings);
  return section(locale, title, [
    rows.length
      ? h('table', { class: 'hours-table' }, [
          h(
            'tbody',
            {},
            rows.map((row) => h('tr', {}, [h('th', { scope: 'row' }, [row.days]), h('td', {}, [row.times])])),
          ),
        ])
      : null,
    text(locale, hours.notes),
  ]);
}

function kindSections(listing: ListingDetail, context: DetailContext): Child[] {
  const { locale } = context;
  const details = listing.details;
  switch (details.kind) {
    case 'shelter':
      return [
        details.currentNeeds
          ? section(locale, 'detail.currentNeeds', [
              text(locale, details.currentNeeds.text),
              h('p', { class: 'hint' }, [
                t(locale, 'detail.needsUntil', { date: formatCalendarDate(locale, details.currentNeeds.expiresOn) }),
              ]),
            ])
          : null,
        section(
          locale,
          'detail.accepts',
          tagList(details.acceptedGoods.map((g) => vocabularyLabel(locale, 'goods', g))),
        ),
        hoursSection(locale, 'detail.dropOffHours', details.dropOffHours),
        section(
          locale,
          'detail.shippingAddress',
          details.shippingAddress ? h('p', {}, [details.shippingAddress]) : null,
        ),
        section(
          locale,
          'detail.volunteer',
          tagList(details.volunteerActivities.map((a) => vocabularyLabel(locale, 'activity', a))),
        ),
      ];
    case 'visitation_program':
      return [
        visitedFacilityLine(locale, details.facility),
        section(locale, 'detail.visitingSchedule', text(locale, details.visitingSchedule)),
        section(locale, 'detail.howToSignUp', text(locale, details.howToSignUp)),
      ];
    case 'accompaniment':
      return [
        section(locale, 'detail.services', tagList(details.services.map((s) => vocabularyLabel(locale, 'service', s)))),
        section(locale, 'detail.releasedFrom', releasedFromList(locale, details.releasedFrom ?? [])),
        section(locale, 'detail.howToSignUp', text(locale, details.howToSignUp)),
      ];
    case 'task_force':
      return [
        section(
          locale,
          'detail.jurisdiction',
          h('p', {}, [`${details.jurisdiction.name}, ${details.jurisdiction.state}`]),
        ),
        section(locale, 'detail.governmentBody', h('p', {}, [details.governmentBody])),
        section(locale, 'detail.meetingSchedule', text(locale, details.meetingSchedule)),
        section(locale, 'detail.publicParticipation', text(locale, details.publicParticipation)),
        meetingsSection({ id: listing.id, hours: listing.hours, details }, locale),
      ];
    case 'legal_help':
      return [
        section(locale, 'detail.whoCanGetHelp', text(locale, details.whoCanGetHelp)),
        section(locale, 'detail.howToGetHelp', text(locale, details.howToGetHelp)),
      ];
    case 'foster_care':
      return [
        details.servesUnaccompaniedChildren ? h('p', {}, [t(locale, 'detail.servesUnaccompaniedChildren')]) : null,
        section(locale, 'detail.howToBecomeAFosterParent', text(locale, details.howToBecomeAFosterParent)),
      ];
  }
}

function tagList(labels: string[]): HTMLElement | null {
  return labels.length
    ? h(
        'ul',
        { class: 'tag-list' },
        labels.map((label) => h('li', {}, [label])),
      )
    : null;
}

function serviceAreaLine(listing: ListingDetail, { locale, units }: DetailContext): HTMLElement {
  const area = listing.serviceArea;
  const line =
    area.type === 'nationwide'
      ? t(locale, 'detail.areaNationwide')
      : area.type === 'states'
        ? t(locale, 'detail.areaStates', { states: area.states.join(', ') })
        : t(locale, 'detail.areaRadius', { distance: formatLength(locale, area.radiusKm, units) });
  return h('p', {}, [line]);
}
