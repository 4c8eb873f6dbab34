// The moderation page's facility editor: pick a facility (or "New facility"), change its fields, save. A new one is
// POSTed, an existing one PUT with the same code (the code field is then read-only); what the API refuses is said
// under the form in the API's words, which come in the page's language (docs/decisions/0062).
import type { FacilityType } from '@contract/facility';
import type { FacilityWriteResult, ModeratedFacility } from '@contract/moderation-facility';
import { ApiFailure } from '../api/json-request';
import type { ModerationApi } from '../api/moderation.api';
import { formErrorKey, tf } from '../i18n/form-translate';
import type { Locale } from '../i18n/locale';
import { h, replaceChildren } from '../ui/dom';
import { FACILITY_FIELDS, facilityEditorTexts, type FacilityField } from './facility-editor.messages';

const NUMBER_FIELDS = new Set<FacilityField>(['latitude', 'longitude']);
const REQUIRED_FIELDS = new Set<FacilityField>(['code', 'name', 'type', 'city', 'state', 'sourceName', 'asOf']);

/** The "Detention facilities" section of the moderation page. */
export class FacilityEditor {
  readonly element: HTMLElement;
  private facilities: ModeratedFacility[] = [];
  private readonly texts;
  private readonly chooser = h('select', { id: 'facility-choice' });
  private readonly inputs = new Map<FacilityField, HTMLInputElement | HTMLSelectElement>();
  private readonly status = h('p', { role: 'status', class: 'facility-status' });
  private readonly error = h('p', { role: 'alert', class: 'field-error', id: 'facility-error' });
  private readonly save: HTMLButtonElement;

  constructor(
    private readonly locale: Locale,
    private readonly api: ModerationApi,
  ) {
    this.texts = facilityEditorTexts(locale);
    this.save = h('button', { type: 'submit', class: 'button button--primary' }, [this.texts.save]);
    this.chooser.addEventListener('change', () => this.fill(this.chosen()));
    const form = h('form', { class: 'facility-form', novalidate: true, 'aria-describedby': 'facility-error' }, [
      ...FACILITY_FIELDS.map((field) => this.field(field)),
      this.error,
      h('div', { class: 'form-actions' }, [this.save]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.element = h('section', { class: 'queue-section', id: 'facilities', 'aria-labelledby': 'facilities-heading' }, [
      h('h2', { id: 'facilities-heading' }, [this.texts.heading]),
      h('p', { class: 'hint' }, [this.texts.intro]),
      h('div', { class: 'form-field' }, [h('label', { for: 'facility-choice' }, [this.texts.choose]), this.chooser]),
      form,
      this.status,
    ]);
  }

  /** Fetches the facilities and shows the chooser on `selectId` (a new facility when absent). */
  async load(selectId = ''): Promise<void> {
    try {
      this.facilities = (await this.api.facilities()).facilities;
    } catch {
      this.status.textContent = this.texts.loadFailed;
      return;
    }
    replaceChildren(this.chooser, [
      h('option', { value: '' }, [this.texts.newFacility]),
      ...this.facilities.map((f) =>
        h('option', { value: f.id, selected: f.id === selectId }, [`${f.state} · ${f.name} (${f.code})`]),
      ),
    ]);
    this.fill(this.chosen());
  }

  private chosen(): ModeratedFacility | undefined {
    return this.facilities.find((f) => f.id === this.chooser.value);
  }

  private field(field: FacilityField): HTMLElement {
    const id = `facility-${field}`;
    const label = h('label', { for: id }, [`${this.texts.fields[field]}${REQUIRED_FIELDS.has(field) ? ' *' : ''}`]);
    if (field === 'type') {
      const select = h('select', { id, name: field, required: true }, [
        ...(Object.keys(this.texts.types) as FacilityType[]).map((type) =>
          h('option', { value: type }, [this.texts.types[type]]),
        ),
      ]);
      this.inputs.set(field, select);
      return h('div', { class: 'form-field' }, [label, select]);
    }
    const type = field === 'isSample' ? 'checkbox' : field === 'asOf' ? 'date' : 'text';
    const input = h('input', {
      id,
      name: field,
      type,
      ...(NUMBER_FIELDS.has(field) ? { inputmode: 'decimal' } : {}),
      ...(field === 'state' ? { maxlength: 2, autocapitalize: 'characters' } : {}),
      ...(REQUIRED_FIELDS.has(field) ? { required: true } : {}),
    });
    this.inputs.set(field, input);
    return field === 'isSample'
      ? h('div', { class: 'choice' }, [input, label])
      : h('div', { class: 'form-field' }, [label, input]);
  }

  // Shows `facility` in the form, or an empty form for a new one (its code then editable).
  private fill(facility: ModeratedFacility | undefined): void {
    for (const [field, input] of this.inputs) {
      const value = facility?.[field];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === true;
      else input.value = value === undefined ? (field === 'type' ? 'ice_processing_center' : '') : String(value);
    }
    const code = this.inputs.get('code') as HTMLInputElement;
    code.readOnly = facility !== undefined;
    code.title = facility ? this.texts.codeFixed : '';
    this.error.textContent = '';
  }

  // The form as a FacilityInput: blank optional fields left out, numbers as numbers (anything else as typed, for the
  // API to name).
  private values(): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const [field, input] of this.inputs) {
      if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        body[field] = input.checked;
        continue;
      }
      const value = input.value.trim();
      if (value === '') continue;
      const number = Number(value.replace(',', '.'));
      body[field] = NUMBER_FIELDS.has(field) && Number.isFinite(number) ? number : value;
    }
    return body;
  }

  private async submit(): Promise<void> {
    const chosen = this.chosen();
    this.save.disabled = true;
    this.error.textContent = '';
    this.status.textContent = '';
    try {
      const result: FacilityWriteResult = chosen
        ? await this.api.replaceFacility(chosen.id, this.values())
        : await this.api.createFacility(this.values());
      const said = result.changed ? this.texts.saved(result.facility.name) : this.texts.unchanged(result.facility.name);
      await this.load(result.facility.id);
      this.status.textContent =
        said + (result.linkedVisitationPrograms > 0 ? this.texts.linked(result.linkedVisitationPrograms) : '');
    } catch (err) {
      const failure = err instanceof ApiFailure ? err : null;
      this.error.textContent =
        failure && failure.status >= 400 && failure.status < 500 && failure.code !== 'csrf_token_invalid'
          ? failure.message
          : tf(this.locale, formErrorKey(failure?.code ?? 'unknown'));
    } finally {
      this.save.disabled = false;
    }
  }
}
