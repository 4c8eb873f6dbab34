// The visitation program's facility: a choice among the listed facilities near the listing's place (GET
// /api/v1/facilities?near= its pin, or ?zip=), or "Not in the list" and the name, city and state typed as before.
// Choosing one sends its code (listing.details.facility.code); the API then takes the name and place from the
// facility. The typed fields stay the fallback: without an answer from the API the form is the old one
// (docs/decisions/0063-facility-layer.md).
import type { FacilityNearby } from '@contract/facility';
import { searchFacilities } from '../api/facilities.api';
import { tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h } from '../ui/dom';
import { selectField } from './field-builders';

/** The name of the hidden field that carries the chosen facility's code. */
export const FACILITY_CODE_FIELD = 'listing.details.facility.code';
/** How far from the place a facility may be to be offered, km: visitors drive to a facility in their region. */
const NEAR_KM = 150;
/** Facilities offered at most, nearest first. */
const OFFERED = 15;

/** The choice and the hidden code field, placed above the typed name in the visitation fieldset. */
export function facilityChoiceFields(locale: Locale): HTMLElement[] {
  const field = selectField({
    name: '', // not sent: the hidden field below carries the code
    path: FACILITY_CODE_FIELD,
    label: tf(locale, 'details.facilityChoice'),
    hint: tf(locale, 'details.facilityChoiceHint'),
    choices: [['', tf(locale, 'details.facilityNoPlace')]],
  });
  field.classList.add('facility-choice');
  return [field, h('input', { type: 'hidden', name: FACILITY_CODE_FIELD })];
}

/** The listing's place, as the form's location fields hold it. */
export interface PlaceFields {
  latitude: HTMLInputElement;
  longitude: HTMLInputElement;
  postalCode: HTMLInputElement;
}

/** Keeps the choice's options near the place, and the code and typed fields in step with the choice. */
export class FacilityPicker {
  private readonly select: HTMLSelectElement;
  private readonly code: HTMLInputElement;
  private readonly typed: Array<HTMLInputElement | HTMLSelectElement>;
  private readonly note: HTMLElement;
  private offered: FacilityNearby[] = [];
  private askedFor: string | null = null; // the query of the options shown
  private request: AbortController | null = null;

  constructor(
    private readonly fieldset: HTMLFieldSetElement,
    private readonly place: PlaceFields,
    private readonly locale: Locale,
  ) {
    this.select = fieldset.querySelector<HTMLSelectElement>('.facility-choice select')!;
    this.code = fieldset.querySelector<HTMLInputElement>(`input[name="${FACILITY_CODE_FIELD}"]`)!;
    this.typed = ['name', 'city', 'state'].map((part) =>
      fieldset.querySelector<HTMLInputElement>(`[name="listing.details.facility.${part}"]`)!,
    );
    this.note = h('p', { class: 'hint', hidden: true }, [tf(locale, 'details.facilityFromList')]);
    this.typed[0]!.closest('.form-field')?.before(this.note);
    this.select.addEventListener('change', () => this.choose(this.select.value));
    // Changing the state by hand means another facility than the one chosen: it is typed now.
    this.typed[2]!.addEventListener('change', () => {
      if (this.code.value) this.choose('');
      this.render();
    });
    // The place is usually given after this section: the options follow it, and are checked again on the way in.
    fieldset.addEventListener('focusin', () => void this.refresh());
    for (const field of [place.latitude, place.longitude, place.postalCode])
      field.addEventListener('change', () => void this.refresh());
  }

  /** After the form was filled (an edited listing, the other language): shows its code's choice. */
  sync(): void {
    this.render();
    this.lockTyped(this.code.value !== '');
    void this.refresh();
  }

  private query(): string | null {
    const lat = this.place.latitude.value.trim();
    const lng = this.place.longitude.value.trim();
    const options = { radiusKm: String(NEAR_KM), limit: String(OFFERED) };
    if (lat && lng && Number.isFinite(Number(lat)) && Number.isFinite(Number(lng)))
      return new URLSearchParams({ near: `${Number(lat)},${Number(lng)}`, ...options }).toString();
    const zip = this.place.postalCode.value.trim().slice(0, 5);
    return /^\d{5}$/.test(zip) ? new URLSearchParams({ zip, ...options }).toString() : null;
  }

  private async refresh(): Promise<void> {
    if (this.fieldset.disabled) return; // another kind is chosen: asked for when the person comes to this section
    const query = this.query();
    if (query === this.askedFor) return;
    this.request?.abort();
    if (query === null) {
      this.askedFor = null;
      this.offered = [];
      this.render();
      return;
    }
    const request = (this.request = new AbortController());
    try {
      const answer = await searchFacilities(new URLSearchParams(query), request.signal);
      this.offered = answer.results;
      this.askedFor = query;
    } catch {
      if (request.signal.aborted) return;
      this.offered = []; // a place the API does not know, or no answer: the typed fields are there
      this.askedFor = query;
    }
    this.render();
  }

  private render(): void {
    const chosen = this.code.value;
    const empty =
      this.askedFor === null
        ? 'details.facilityNoPlace'
        : this.offered.length
          ? 'details.facilityNotListed'
          : 'details.facilityNoneNear';
    const options = [h('option', { value: '' }, [tf(this.locale, empty)])];
    for (const facility of this.offered)
      options.push(
        h('option', { value: facility.code }, [
          `${facility.name} (${facility.address.city}, ${facility.address.state})`,
        ]),
      );
    // A chosen facility stays offered when the place moves away from it (or before the first answer).
    if (chosen && !this.offered.some((f) => f.code === chosen)) {
      const [name, city, state] = this.typed.map((field) => field.value);
      options.push(h('option', { value: chosen }, [`${name} (${city}, ${state})`]));
    }
    this.select.replaceChildren(...options);
    this.select.value = chosen;
  }

  private choose(code: string): void {
    this.code.value = code;
    const facility = this.offered.find((f) => f.code === code);
    if (facility) {
      const [name, city, state] = this.typed;
      name!.value = facility.name;
      city!.value = facility.address.city;
      state!.value = facility.address.state;
    }
    this.lockTyped(code !== '');
  }

  // With a facility chosen, its name and place are the facility's: shown, not typed.
  private lockTyped(locked: boolean): void {
    for (const field of this.typed) {
      if (field instanceof HTMLInputElement) field.readOnly = locked;
      else field.toggleAttribute('aria-readonly', locked);
      field.classList.toggle('from-list', locked);
    }
    this.note.hidden = !locked;
  }
}
