// The Puente profile's attributes, written and read in one place: a profile field is an attribute whose taxonomy term
// is `profile/<field>` and whose value holds the field. Text in two languages puts English (else Spanish) in the HSDS
// field and Spanish in a `text_es` attribute naming that field in link_type (docs/decisions/0054-hsds-profile.md).
import type { LocalizedText } from '../contract/common';
import type { HsdsAttribute } from './hsds-types';
import { hsdsId, puenteTerm, termOf, type ProfileField, type TaxonomyKey } from './taxonomy';

/** The entity attributes are linked to: its id and its HSDS table. */
export interface AttributeOwner {
  id: string;
  entity: 'service' | 'location' | 'phone' | 'schedule' | 'service_area';
}

/** An attribute linking `owner` to the term `key/value`, with an optional value and link_type. */
export function attribute(
  owner: AttributeOwner,
  key: TaxonomyKey,
  value: string,
  extra: { value?: string; linkType?: string } = {},
): HsdsAttribute {
  const term = termOf(key, value);
  return {
    id: hsdsId(`${owner.id}/attribute/${term.code}${extra.linkType ? `/${extra.linkType}` : ''}`),
    link_id: owner.id,
    link_entity: owner.entity,
    ...(extra.linkType ? { link_type: extra.linkType } : {}),
    taxonomy_term_id: term.id,
    ...(extra.value !== undefined ? { value: extra.value } : {}),
    taxonomy_term: term,
  };
}

/** A profile field's attribute; none when the value is absent. */
export function profile(owner: AttributeOwner, field: ProfileField, value: string | undefined): HsdsAttribute[] {
  return value === undefined ? [] : [attribute(owner, 'profile', field, { value })];
}

/** Text in two languages as the HSDS field's value (English, else Spanish) and the attributes that keep the rest. */
export function localized(
  owner: AttributeOwner,
  field: string,
  text: LocalizedText | undefined,
): { value: string | undefined; attributes: HsdsAttribute[] } {
  if (!text || !(text.en || text.es)) return { value: undefined, attributes: [] };
  if (!text.en) {
    return {
      value: text.es,
      attributes: [attribute(owner, 'profile', 'text_language', { value: 'es', linkType: field })],
    };
  }
  return {
    value: text.en,
    attributes: text.es ? [attribute(owner, 'profile', 'text_es', { value: text.es, linkType: field })] : [],
  };
}

/** Reads an entity's attributes back: its profile fields, its Puente terms, and its texts in two languages. */
export class AttributeReader {
  private readonly fields = new Map<string, string>();
  private readonly spanish = new Map<string, string>();
  private readonly spanishOnly = new Set<string>();
  readonly terms: Array<{ key: TaxonomyKey; value: string }> = [];
  readonly foreign: HsdsAttribute[] = [];

  constructor(attributes: readonly HsdsAttribute[] | undefined) {
    for (const a of attributes ?? []) {
      const term = puenteTerm(a);
      if (!term) this.foreign.push(a);
      else if (term.key !== 'profile') this.terms.push(term);
      else if (term.value === 'text_es' && a.link_type) this.spanish.set(a.link_type, a.value ?? '');
      else if (term.value === 'text_language' && a.link_type && a.value === 'es') this.spanishOnly.add(a.link_type);
      else if (a.value !== undefined) this.fields.set(term.value, a.value);
    }
  }

  /** A profile field's value, or undefined. */
  field(name: ProfileField): string | undefined {
    return this.fields.get(name);
  }

  /** The text of the HSDS field `field` whose value is `value`, in both languages; undefined when neither. */
  text(field: string, value: string | undefined): LocalizedText | undefined {
    const es = this.spanish.get(field);
    if (this.spanishOnly.has(field)) return value ? { es: value } : undefined;
    if (!value && !es) return undefined;
    return { ...(value ? { en: value } : {}), ...(es ? { es } : {}) };
  }

  /** The values of the Puente terms of taxonomy `key`, in the order given. */
  valuesOf(key: TaxonomyKey): string[] {
    return this.terms.filter((t) => t.key === key).map((t) => t.value);
  }
}
