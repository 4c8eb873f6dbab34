// The parts of the listing form every kind shares: about, location, how to reach, hours, where it
// helps, the moderators' contact and the honeypot. Field names are API paths (see listing-form.values.ts).
import { US_STATES, WEEKDAYS } from '@contract/vocabulary';
import { tf } from '../i18n/form-translate';
import { COMMON_LANGUAGE_CODES, languageName } from '../i18n/language-names';
import type { Locale } from '../i18n/locale';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h } from '../ui/dom';
import { choiceGroup, foldable, group, inputField, selectField, textAreaField, uniqueId } from './field-builders';
import { PHONE_SLOTS } from './listing-form.values';
import { timeZoneChoices } from './time-zones';
import type { DistanceUnit } from '../format/distance.format';

/** The state choices, with an empty first choice so nothing is picked by accident. */
export function stateChoices(locale: Locale): Array<[string, string]> {
  return [['', tf(locale, 'location.unset')], ...US_STATES.map((s): [string, string] => [s, s])];
}

/** Name, organization, and a description in English, Spanish or both (the reader's language first). */
export function aboutSection(locale: Locale): HTMLElement {
  const description = {
    en: textAreaField({
      name: 'listing.description.en',
      label: tf(locale, 'about.descriptionEn'),
      rows: 5,
      lang: 'en',
    }),
    es: textAreaField({
      name: 'listing.description.es',
      label: tf(locale, 'about.descriptionEs'),
      rows: 5,
      lang: 'es',
    }),
  };
  return group(tf(locale, 'about.legend'), undefined, [
    inputField({
      name: 'listing.name',
      label: tf(locale, 'about.name'),
      hint: tf(locale, 'about.nameHint'),
      required: true,
      autocomplete: 'organization',
    }),
    // Only when the place has a name of its own in Spanish (ACNUR for UNHCR); Spanish readers see it instead.
    inputField({
      name: 'listing.nameEs',
      label: tf(locale, 'about.nameEs'),
      hint: tf(locale, 'about.nameEsHint'),
      lang: 'es',
      autocomplete: 'off',
    }),
    inputField({ name: 'listing.organization.name', label: tf(locale, 'about.organization'), required: true }),
    inputField({
      name: 'listing.organization.website',
      type: 'url',
      label: tf(locale, 'about.organizationWebsite'),
      hint: tf(locale, 'reach.websiteHint'),
      inputmode: 'url',
    }),
    // One group for both boxes: either language is enough, so "nothing in either" is the group's error.
    group(`${tf(locale, 'about.description')} *`, 'listing.description', [
      h('p', { class: 'hint' }, [tf(locale, 'about.descriptionHint')]),
      ...(locale === 'es' ? [description.es, description.en] : [description.en, description.es]),
    ]),
  ]);
}

/** The location fields, the privacy choice explained, and the map the pin goes on. */
export function locationSection(locale: Locale): {
  element: HTMLElement;
  mapContainer: HTMLElement;
  status: HTMLElement;
} {
  const mapContainer = h('div', { class: 'small-map', role: 'region', 'aria-label': tf(locale, 'location.mapLabel') });
  const status = h('p', { class: 'hint', role: 'status' });
  const element = group(tf(locale, 'location.legend'), 'listing.location', [
    h('p', { class: 'hint' }, [tf(locale, 'location.nationwideHint')]),
    choiceGroup({
      kind: 'radio',
      name: 'listing.location.privacy',
      label: tf(locale, 'location.privacy'),
      required: true,
      choices: [
        ['exact', tf(locale, 'location.exact')],
        ['confidential', tf(locale, 'location.confidential'), tf(locale, 'location.confidentialHint')],
      ],
    }),
    inputField({
      name: 'listing.location.address.address1',
      label: tf(locale, 'location.address1'),
      autocomplete: 'address-line1',
    }),
    inputField({
      name: 'listing.location.address.address2',
      label: tf(locale, 'location.address2'),
      autocomplete: 'address-line2',
    }),
    h('div', { class: 'field-row' }, [
      inputField({
        name: 'listing.location.address.city',
        label: tf(locale, 'location.city'),
        autocomplete: 'address-level2',
        required: true,
      }),
      selectField({
        name: 'listing.location.address.state',
        label: tf(locale, 'location.state'),
        choices: stateChoices(locale),
        required: true,
        className: 'form-field--short',
      }),
      inputField({
        name: 'listing.location.address.postalCode',
        label: tf(locale, 'location.postalCode'),
        autocomplete: 'postal-code',
        inputmode: 'numeric',
        className: 'form-field--short',
      }),
    ]),
    h('p', { class: 'hint' }, [tf(locale, 'location.pinHint')]),
    status,
    mapContainer,
    h('details', { class: 'coordinates' }, [
      h('summary', {}, [tf(locale, 'location.coordinates')]),
      h('div', { class: 'field-row' }, [
        inputField({ name: 'listing.location.latitude', label: tf(locale, 'location.latitude'), inputmode: 'decimal' }),
        inputField({
          name: 'listing.location.longitude',
          label: tf(locale, 'location.longitude'),
          inputmode: 'decimal',
        }),
      ]),
    ]),
  ]);
  return { element, mapContainer, status };
}

/** Phones, public email and website, languages spoken. */
export function reachSection(locale: Locale): HTMLElement {
  const phones = Array.from({ length: PHONE_SLOTS }, (_, i) =>
    h('div', { class: 'field-row phone-row' }, [
      inputField({
        name: `listing.phones.${i}.number`,
        type: 'tel',
        label: tf(locale, 'reach.phone', { n: i + 1 }),
        autocomplete: i === 0 ? 'tel' : 'off',
        required: i === 0,
      }),
      inputField({
        name: `listing.phones.${i}.extension`,
        label: tf(locale, 'reach.extension'),
        inputmode: 'numeric',
        className: 'form-field--short',
      }),
      inputField({
        name: `listing.phones.${i}.description.en`,
        label: tf(locale, 'reach.phoneFor'),
        path: `listing.phones.${i}.description`,
      }),
    ]),
  );
  return group(tf(locale, 'reach.legend'), 'listing.phones', [
    phones[0]!,
    foldable(tf(locale, 'reach.morePhones'), phones.slice(1)),
    inputField({ name: 'listing.email', type: 'email', label: tf(locale, 'reach.email'), autocomplete: 'email' }),
    inputField({
      name: 'listing.website',
      type: 'url',
      label: tf(locale, 'reach.website'),
      hint: tf(locale, 'reach.websiteHint'),
      inputmode: 'url',
    }),
    choiceGroup({
      kind: 'checkbox',
      name: 'listing.languages',
      label: tf(locale, 'reach.languages'),
      choices: COMMON_LANGUAGE_CODES.map((code): [string, string] => [code, languageName(locale, code)]),
      columns: true,
    }),
    inputField({
      name: 'listing.languages.other',
      label: tf(locale, 'reach.otherLanguages'),
      hint: tf(locale, 'reach.otherLanguagesHint'),
      path: 'listing.languages.other',
    }),
  ]);
}

/** A week of openings typed day by day; `prefix` is listing.hours or a shelter's drop-off hours. */
export function hoursEditor(locale: Locale, prefix: string, legend: string, withTimeZone: boolean): HTMLElement {
  const days = WEEKDAYS.map((day) =>
    inputField({
      name: `${prefix}.day.${day}`,
      label: vocabularyLabel(locale, 'weekday', day),
      className: 'form-field--day',
      inputmode: 'text',
      autocomplete: 'off',
    }),
  );
  // Most places keep one schedule on weekdays: type Monday, copy it to Tuesday-Friday.
  const sameWeekdays = h('button', { type: 'button', class: 'button button--secondary same-weekdays' }, [
    tf(locale, 'hours.sameWeekdays'),
  ]);
  sameWeekdays.addEventListener('click', () => {
    const field = (day: string) =>
      sameWeekdays.closest('fieldset')?.querySelector<HTMLInputElement>(`[name="${prefix}.day.${day}"]`);
    const monday = field('mo')?.value ?? '';
    for (const day of ['tu', 'we', 'th', 'fr']) field(day)!.value = monday;
  });
  return group(legend, prefix, [
    h('p', { class: 'hint' }, [tf(locale, 'hours.hint')]),
    withTimeZone
      ? selectField({
          name: `${prefix}.timeZone`,
          label: tf(locale, 'hours.timeZone'),
          choices: timeZoneChoices(locale),
        })
      : null,
    h('div', { class: 'day-grid' }, days),
    sameWeekdays,
    foldable(tf(locale, 'hours.notes'), [
      textAreaField({
        name: `${prefix}.notes.en`,
        label: tf(locale, 'hours.notes'),
        rows: 2,
        path: `${prefix}.notes.en`,
        lang: 'en',
      }),
      textAreaField({
        name: `${prefix}.notes.es`,
        label: tf(locale, 'details.spanishVersion', { label: tf(locale, 'hours.notes') }),
        rows: 2,
        path: `${prefix}.notes.es`,
        lang: 'es',
      }),
    ]),
  ]);
}

/** Where the organization helps: around the place, some states, or the whole country. */
export function serviceAreaSection(locale: Locale, unit: DistanceUnit): HTMLElement {
  return group(tf(locale, 'area.legend'), 'listing.serviceArea', [
    choiceGroup({
      kind: 'radio',
      name: 'listing.serviceArea.type',
      label: tf(locale, 'area.type'),
      choices: [
        ['radius', tf(locale, 'area.radius')],
        ['states', tf(locale, 'area.states')],
        ['nationwide', tf(locale, 'area.nationwide')],
      ],
    }),
    h('input', { type: 'hidden', name: 'listing.serviceArea.unit', value: unit }),
    inputField({
      name: 'listing.serviceArea.radius',
      path: 'listing.serviceArea.radiusKm',
      label: tf(locale, unit === 'mi' ? 'area.radiusMiles' : 'area.radiusKm'),
      inputmode: 'decimal',
      className: 'form-field--short',
    }),
    inputField({
      name: 'listing.serviceArea.states',
      label: tf(locale, 'area.statesList'),
      hint: tf(locale, 'area.statesHint'),
    }),
  ]);
}

/** The moderators' contact; required on a new listing, optional on a change (`hint` says so). */
export function contactSection(locale: Locale, required: boolean): HTMLElement {
  return group(tf(locale, 'contact.legend'), 'contact', [
    h('p', { class: 'hint' }, [tf(locale, required ? 'contact.hint' : 'contact.editHint')]),
    inputField({ name: 'contact.name', label: tf(locale, 'contact.name'), autocomplete: 'name', required }),
    inputField({
      name: 'contact.email',
      type: 'email',
      label: tf(locale, 'contact.email'),
      autocomplete: 'email',
      required,
    }),
    inputField({ name: 'contact.phone', type: 'tel', label: tf(locale, 'contact.phone'), autocomplete: 'tel' }),
    inputField({ name: 'contact.role', label: tf(locale, 'contact.role'), autocomplete: 'organization-title' }),
  ]);
}

/** The spam trap: off-screen, out of the tab order and hidden from assistive tech, so only bots fill it. */
export function honeypotField(locale: Locale): HTMLElement {
  const id = uniqueId('trap');
  return h('div', { class: 'trap', 'aria-hidden': 'true' }, [
    h('label', { for: id }, [tf(locale, 'honeypot.label')]),
    h('input', { type: 'text', id, name: 'organizationFax', tabindex: -1, autocomplete: 'off' }),
  ]);
}
