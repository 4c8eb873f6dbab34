// The kind-specific fields of the listing form as data: each details property (a dotted path under
// listing.details) with how its form field reads and writes. listing-form.values.ts walks this table
// both ways, so a field is described once. A shelter's current needs and drop-off hours are composite
// and stay with the code that builds them.
import type { LocalizedText } from '@contract/common';
import type { ListingInput } from '@contract/listing';
import type { ListingKind } from '@contract/vocabulary';
import type { FormValues } from './listing-form.values';

// How a field's values become a property: 'text' keeps '' (a required field the API names when empty),
// 'optional' leaves an empty one out, 'list' is a checkbox group, 'yes' a checkbox that defaults to
// yes when the listing does not say, 'localized' an English/Spanish pair (prefix.en, prefix.es).
type FieldType = 'text' | 'optional' | 'list' | 'yes' | 'localized';

const DETAIL_FIELDS: { readonly [K in ListingKind]: ReadonlyArray<readonly [path: string, type: FieldType]> } = {
  shelter: [
    ['acceptedGoods', 'list'],
    ['volunteerActivities', 'list'],
    ['shippingAddress', 'optional'],
  ],
  visitation_program: [
    ['facility.code', 'optional'], // set when a listed facility was chosen (forms/facility-picker.ts)
    ['facility.name', 'text'],
    ['facility.city', 'text'],
    ['facility.state', 'text'],
    ['visitingSchedule', 'localized'],
    ['howToSignUp', 'localized'],
  ],
  accompaniment: [
    ['services', 'list'],
    ['howToSignUp', 'localized'],
  ],
  task_force: [
    ['jurisdiction.level', 'text'],
    ['jurisdiction.name', 'text'],
    ['jurisdiction.state', 'text'],
    ['governmentBody', 'text'],
    ['meetingSchedule', 'localized'],
    ['publicParticipation', 'localized'],
  ],
  legal_help: [
    ['whoCanGetHelp', 'localized'],
    ['howToGetHelp', 'localized'],
  ],
  foster_care: [
    ['servesUnaccompaniedChildren', 'yes'],
    ['howToBecomeAFosterParent', 'localized'],
  ],
};

/** The details of `kind` that the table describes, read from the form's values (nested by path; empty optional fields left out). */
export function readDetailFields(kind: ListingKind, values: FormValues): Record<string, unknown> {
  const details: Record<string, unknown> = { kind };
  for (const [path, type] of DETAIL_FIELDS[kind]) {
    const value = readField(values, `listing.details.${path}`, type);
    if (value !== undefined) setPath(details, path, value);
  }
  return details;
}

/** Writes the table's fields of `details` into `values`, as the form shows them. */
export function writeDetailFields(values: FormValues, details: ListingInput['details']): void {
  for (const [path, type] of DETAIL_FIELDS[details.kind])
    writeField(values, `listing.details.${path}`, type, getPath(details, path));
}

/** The first value of a field, trimmed ('' when there is none). */
export function firstValue(values: FormValues, name: string): string {
  return (values[name]?.[0] ?? '').trim();
}

/** Every value of a field (a checkbox group), trimmed, empty ones left out. */
export function allValues(values: FormValues, name: string): string[] {
  return (values[name] ?? []).map((x) => x.trim()).filter(Boolean);
}

/** Optional text in two languages (prefix.en, prefix.es): absent when both are empty; either one alone is enough (the contract's rule). */
export function readLocalized(values: FormValues, prefix: string): LocalizedText | undefined {
  const en = firstValue(values, `${prefix}.en`);
  const es = firstValue(values, `${prefix}.es`);
  if (!en && !es) return undefined;
  return { ...(en ? { en } : {}), ...(es ? { es } : {}) };
}

/** Writes text in two languages into prefix.en and prefix.es (nothing for an empty one). */
export function writeLocalized(values: FormValues, prefix: string, text: LocalizedText | undefined): void {
  if (text?.en) values[`${prefix}.en`] = [text.en];
  if (text?.es) values[`${prefix}.es`] = [text.es];
}

function readField(values: FormValues, name: string, type: FieldType): unknown {
  switch (type) {
    case 'text':
      return firstValue(values, name);
    case 'optional':
      return firstValue(values, name) || undefined;
    case 'list':
      return allValues(values, name);
    case 'yes':
      return (values[name] ?? []).includes('true');
    case 'localized':
      return readLocalized(values, name);
  }
}

function writeField(values: FormValues, name: string, type: FieldType, value: unknown): void {
  switch (type) {
    case 'text':
    case 'optional':
      if (typeof value === 'string' && value !== '') values[name] = [value];
      return;
    case 'list':
      if (Array.isArray(value) && value.length > 0) values[name] = value.map(String);
      return;
    case 'yes':
      if (value !== false) values[name] = ['true'];
      return;
    case 'localized':
      writeLocalized(values, name, value as LocalizedText | undefined);
  }
}

function getPath(target: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], target);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] = value;
}
