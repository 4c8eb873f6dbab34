// The kind-specific part of the listing form, one fieldset per kind; only the chosen kind's is
// enabled (a disabled fieldset's fields are neither sent nor checked), the others are hidden.
import { ACCEPTED_GOODS, ACCOMPANIMENT_SERVICES, VOLUNTEER_ACTIVITIES, type ListingKind } from '@contract/vocabulary';
import type { FormMessageKey } from '../i18n/form-messages.en';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h } from '../ui/dom';
import { facilityChoiceFields } from './facility-picker';
import { choiceGroup, foldable, group, inputField, selectField, textAreaField } from './field-builders';
import { HOURS_PREFIXES } from './listing-form.values';
import { hoursEditor, stateChoices } from './listing-form.sections';
import { meetingRows } from './meeting-fields';

/** One fieldset per kind, keyed by kind. */
export function detailSections(locale: Locale): Record<ListingKind, HTMLFieldSetElement> {
  const text = (name: string, label: FormMessageKey) =>
    localizedPair(locale, `listing.details.${name}`, tf(locale, label));
  const section = (kind: ListingKind, children: Array<HTMLElement | HTMLElement[]>) => {
    const fieldset = group(
      `${tf(locale, 'details.legend')}: ${vocabularyLabel(locale, 'kind', kind)}`,
      undefined,
      children.flat(),
      'kind-details',
    );
    fieldset.dataset.kind = kind;
    return fieldset;
  };
  return {
    shelter: section('shelter', [
      choiceGroup({
        kind: 'checkbox',
        name: 'listing.details.acceptedGoods',
        label: tf(locale, 'details.accepts'),
        choices: ACCEPTED_GOODS.map((g) => [g, vocabularyLabel(locale, 'goods', g)] as const),
        columns: true,
      }),
      choiceGroup({
        kind: 'checkbox',
        name: 'listing.details.volunteerActivities',
        label: tf(locale, 'details.volunteer'),
        choices: VOLUNTEER_ACTIVITIES.map((a) => [a, vocabularyLabel(locale, 'activity', a)] as const),
        columns: true,
      }),
      textAreaField({
        name: 'listing.details.currentNeeds.text.en',
        label: tf(locale, 'details.needsEn'),
        rows: 3,
        lang: 'en',
        path: 'listing.details.currentNeeds.text.en',
      }),
      textAreaField({
        name: 'listing.details.currentNeeds.text.es',
        label: tf(locale, 'details.needsEs'),
        rows: 3,
        lang: 'es',
        path: 'listing.details.currentNeeds.text.es',
      }),
      inputField({
        name: 'listing.details.currentNeeds.expiresOn',
        type: 'date',
        label: tf(locale, 'details.needsUntil'),
        hint: tf(locale, 'details.needsUntilHint'),
        className: 'form-field--short',
      }),
      foldable(tf(locale, 'details.donationLogistics'), [
        hoursEditor(locale, HOURS_PREFIXES.dropOff, tf(locale, 'hours.dropOffLegend'), false),
        textAreaField({
          name: 'listing.details.shippingAddress',
          label: tf(locale, 'details.shippingAddress'),
          rows: 3,
        }),
      ]),
    ]),
    visitation_program: section('visitation_program', [
      facilityChoiceFields(locale),
      inputField({ name: 'listing.details.facility.name', label: tf(locale, 'details.facilityName'), required: true }),
      h('div', { class: 'field-row' }, [
        inputField({
          name: 'listing.details.facility.city',
          label: tf(locale, 'details.facilityCity'),
          required: true,
        }),
        selectField({
          name: 'listing.details.facility.state',
          label: tf(locale, 'details.facilityState'),
          choices: stateChoices(locale),
          required: true,
          className: 'form-field--short',
        }),
      ]),
      text('visitingSchedule', 'details.visitingSchedule'),
      text('howToSignUp', 'details.howToSignUp'),
    ]),
    accompaniment: section('accompaniment', [
      choiceGroup({
        kind: 'checkbox',
        name: 'listing.details.services',
        label: tf(locale, 'details.services'),
        required: true,
        choices: ACCOMPANIMENT_SERVICES.map((s) => [s, vocabularyLabel(locale, 'service', s)] as const),
      }),
      text('howToSignUp', 'details.howToSignUp'),
    ]),
    task_force: section('task_force', [
      selectField({
        name: 'listing.details.jurisdiction.level',
        label: tf(locale, 'details.jurisdictionLevel'),
        required: true,
        choices: [
          ['city', tf(locale, 'details.levelCity')],
          ['county', tf(locale, 'details.levelCounty')],
          ['state', tf(locale, 'details.levelState')],
        ],
      }),
      h('div', { class: 'field-row' }, [
        inputField({
          name: 'listing.details.jurisdiction.name',
          label: tf(locale, 'details.jurisdictionName'),
          required: true,
        }),
        selectField({
          name: 'listing.details.jurisdiction.state',
          label: tf(locale, 'details.jurisdictionState'),
          choices: stateChoices(locale),
          required: true,
          className: 'form-field--short',
        }),
      ]),
      inputField({
        name: 'listing.details.governmentBody',
        label: tf(locale, 'details.governmentBody'),
        required: true,
      }),
      text('meetingSchedule', 'details.meetingSchedule'),
      text('publicParticipation', 'details.publicParticipation'),
      meetingRows(locale),
    ]),
    legal_help: section('legal_help', [
      text('whoCanGetHelp', 'details.whoCanGetHelp'),
      text('howToGetHelp', 'details.howToGetHelp'),
    ]),
    foster_care: section('foster_care', [
      choiceGroup({
        kind: 'checkbox',
        name: 'listing.details.servesUnaccompaniedChildren',
        label: tf(locale, 'details.servesUnaccompaniedChildren'),
        choices: [['true', tf(locale, 'details.servesUnaccompaniedChildren')]],
      }),
      text('howToBecomeAFosterParent', 'details.howToBecomeAFosterParent'),
    ]),
  };
}

// Optional text in English and Spanish, as two boxes; errors on either part land on its own box.
function localizedPair(locale: Locale, prefix: string, label: string): HTMLElement[] {
  return [
    textAreaField({ name: `${prefix}.en`, label, rows: 2, lang: 'en', path: `${prefix}.en` }),
    textAreaField({
      name: `${prefix}.es`,
      label: tf(locale, 'details.spanishVersion', { label: label.replace(/ \((optional|opcional)\)$/, '') }),
      rows: 2,
      lang: 'es',
      path: `${prefix}.es`,
    }),
  ];
}
