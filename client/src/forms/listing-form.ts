// The listing form, shared by the submission page, the edit page and a moderator's "edit, then
// approve": the sections for every kind, the chosen kind's details, the pin, the error display.
import type { ListingKind } from '@contract/vocabulary';
import { LISTING_KINDS } from '@contract/vocabulary';
import type { ClientSettings } from '../config/client-settings';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { vocabularyLabel } from '../i18n/vocabulary-labels';
import { h } from '../ui/dom';
import { ErrorDisplay, type ShownProblem } from './error-display';
import { FacilityPicker } from './facility-picker';
import { group, selectField } from './field-builders';
import { LocationPicker } from './location-picker';
import { detailSections } from './listing-form.details';
import {
  aboutSection,
  contactSection,
  honeypotField,
  hoursEditor,
  locationSection,
  reachSection,
  serviceAreaSection,
} from './listing-form.sections';
import { HOURS_PREFIXES, toKm, toUnit, type FormProblem, type FormValues } from './listing-form.values';
import { defaultTimeZone } from './time-zones';
import { TimeZoneFollower } from './time-zone-follower';
import { defaultUnitFor, type DistanceUnit } from '../format/distance.format';

/** Which page the form is on: a new listing (contact required, honeypot), a change (contact optional), a moderator's edit (no contact). */
export type ListingFormMode = 'submit' | 'edit' | 'moderate';

/** The form, its submit button and its error display. */
export class ListingForm {
  /** The <form>; the page puts it where it belongs. */
  readonly element: HTMLFormElement;
  /** The error summary, above the form. */
  readonly summary: HTMLElement;
  private readonly errors: ErrorDisplay;
  private readonly kindSelect: HTMLSelectElement;
  private readonly sections: Record<ListingKind, HTMLFieldSetElement>;
  private readonly submitButton: HTMLButtonElement;
  private readonly picker: LocationPicker | null = null;
  private readonly unit: DistanceUnit;
  private readonly zoneFollower: TimeZoneFollower;
  private readonly facilityPicker: FacilityPicker;
  private extra: FormValues = {}; // values with no field here (a phone line's Spanish description): kept so an edit loses nothing

  constructor(
    private readonly locale: Locale,
    mode: ListingFormMode,
    settings: ClientSettings,
    submitLabel: string,
  ) {
    this.unit = defaultUnitFor(locale);
    this.summary = h('div', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
    const kindField = selectField({
      name: 'listing.details.kind',
      label: tf(locale, 'kind.label'),
      required: true,
      choices: LISTING_KINDS.map((k) => [k, vocabularyLabel(locale, 'kind', k)] as const),
    });
    this.kindSelect = kindField.querySelector('select')!;
    this.sections = detailSections(locale);
    const location = locationSection(locale);
    this.submitButton = h('button', { type: 'submit', class: 'button button--primary' }, [submitLabel]);
    this.element = h('form', { class: 'listing-form', novalidate: true }, [
      h('p', { class: 'hint' }, [tf(locale, 'page.required')]),
      group(tf(locale, 'kind.legend'), undefined, [kindField]),
      aboutSection(locale),
      ...LISTING_KINDS.map((k) => this.sections[k]),
      location.element,
      reachSection(locale),
      hoursEditor(locale, HOURS_PREFIXES.hours, tf(locale, 'hours.legend'), true),
      serviceAreaSection(locale, this.unit),
      mode === 'moderate' ? null : contactSection(locale, mode === 'submit'),
      mode === 'submit' ? honeypotField(locale) : null,
      h('div', { class: 'form-actions' }, [this.submitButton]),
    ]);
    this.errors = new ErrorDisplay(this.element, this.summary);
    this.kindSelect.addEventListener('change', () => this.showKind());
    this.fill({
      // No privacy preselected: who may see a shelter's address is always the organization's own choice.
      'listing.details.kind': ['shelter'],
      'listing.serviceArea.type': ['radius'],
      'listing.serviceArea.radius': [this.unit === 'mi' ? '30' : '50'],
      'listing.hours.timeZone': [defaultTimeZone()],
    });
    const field = (name: string) => this.element.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    this.zoneFollower = new TimeZoneFollower(
      field('listing.location.address.state') as unknown as HTMLSelectElement,
      field('listing.location.address.postalCode'),
      field('listing.hours.timeZone') as unknown as HTMLSelectElement,
    );
    this.facilityPicker = new FacilityPicker(
      this.sections.visitation_program,
      {
        latitude: field('listing.location.latitude'),
        longitude: field('listing.location.longitude'),
        postalCode: field('listing.location.address.postalCode'),
      },
      locale,
    );
    try {
      this.picker = new LocationPicker(
        {
          container: location.mapContainer,
          latitude: field('listing.location.latitude'),
          longitude: field('listing.location.longitude'),
          postalCode: field('listing.location.address.postalCode'),
          status: location.status,
          texts: {
            pin: tf(locale, 'location.pin'),
            tilesFailed: tf(locale, 'map.tilesFailed'),
            zipNotFound: tf(locale, 'location.zipNotFound'),
          },
        },
        settings,
      );
    } catch (err) {
      console.error('The map could not start; the coordinates can be typed.', err);
    }
  }

  /** What the form holds now, by field name (the chosen kind's details only), plus values kept from `fill` that have no field. */
  values(): FormValues {
    const values: FormValues = { ...this.extra };
    for (const element of this.element.elements) {
      if (!(
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement
      ))
        continue;
      if (!element.name || element.disabled || element.closest('fieldset[disabled]')) continue;
      if (
        element instanceof HTMLInputElement &&
        (element.type === 'checkbox' || element.type === 'radio') &&
        !element.checked
      )
        continue;
      (values[element.name] ??= []).push(element.value);
    }
    return values;
  }

  /** Shows `values` in the fields (a listing being edited, or the same form rebuilt in the other language). */
  fill(values: FormValues): void {
    const names = new Set<string>();
    const unitWas = values['listing.serviceArea.unit']?.[0];
    const radius = values['listing.serviceArea.radius']?.[0];
    if ((unitWas === 'mi' || unitWas === 'km') && unitWas !== this.unit && radius && Number.isFinite(Number(radius))) {
      values = { ...values, 'listing.serviceArea.radius': [String(toUnit(toKm(Number(radius), unitWas), this.unit))] };
    }
    for (const element of this.element.elements) {
      if (
        !(
          element instanceof HTMLInputElement ||
          element instanceof HTMLSelectElement ||
          element instanceof HTMLTextAreaElement
        ) ||
        !element.name
      )
        continue;
      names.add(element.name);
      if (element.name === 'listing.serviceArea.unit') continue;
      const given = values[element.name];
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'))
        element.checked = given?.includes(element.value) ?? false;
      else if (given !== undefined || !(element instanceof HTMLSelectElement)) element.value = given?.[0] ?? '';
    }
    this.extra = Object.fromEntries(Object.entries(values).filter(([name]) => !names.has(name)));
    this.showKind();
    this.openFoldsWithValues();
    this.picker?.syncFromFields();
    this.zoneFollower?.settle(); // undefined during the constructor's first fill
    this.facilityPicker?.sync(); // undefined during the constructor's first fill
  }

  /** The required fields left empty (in the sections shown), as problems to show before anything is sent. */
  missingRequired(): FormProblem[] {
    const nationwide = this.values()['listing.serviceArea.type']?.[0] === 'nationwide';
    return (
      [
        ...this.element.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
          '[aria-required="true"]',
        ),
      ]
        .filter((control) => !control.closest('fieldset[disabled]') && control.value.trim() === '')
        // A nationwide line may have no address at all; if it gives one, the API checks it.
        .filter((control) => !(nationwide && control.name.startsWith('listing.location.')))
        .map((control) => ({ path: control.dataset.path ?? control.name, key: 'form.required' as const }))
    );
  }

  /** Shows problems beside their fields and in the summary, and moves focus to the first. */
  showProblems(problems: readonly ShownProblem[]): void {
    this.errors.show(problems, tf(this.locale, problems.length === 1 ? 'form.errorSummaryOne' : 'form.errorSummary'));
  }

  /** Removes every shown problem. */
  clearProblems(): void {
    this.errors.clear();
  }

  /** Disables the submit button while a request is out, and says so on it. */
  setBusy(busy: boolean, idleLabel: string): void {
    this.submitButton.disabled = busy;
    this.submitButton.textContent = busy ? tf(this.locale, 'form.sending') : idleLabel;
  }

  // A folded part that holds something (an edited listing's second phone, its drop-off hours) is shown open.
  private openFoldsWithValues(): void {
    for (const fold of this.element.querySelectorAll<HTMLDetailsElement>('details.form-more')) {
      const controls = [...fold.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
      if (
        controls.some((c) =>
          c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')
            ? c.checked
            : c.value.trim() !== '',
        )
      )
        fold.open = true;
    }
  }

  private showKind(): void {
    const kind = this.kindSelect.value as ListingKind;
    for (const k of LISTING_KINDS) {
      this.sections[k].hidden = k !== kind;
      this.sections[k].disabled = k !== kind;
    }
  }
}
