// The moderation page's facility editor in English and Spanish. Its own small catalogue (not form-messages.*.ts): only
// the moderation page uses it, and the form pages' catalogue stays as it is.
import type { FacilityType } from '@contract/facility';
import type { Locale } from '../i18n/locale';

/** Every text of the facility editor in one language. */
export interface FacilityEditorTexts {
  heading: string;
  intro: string;
  choose: string;
  newFacility: string;
  fields: Record<FacilityField, string>;
  types: Record<FacilityType, string>;
  codeFixed: string;
  save: string;
  saved: (name: string) => string;
  unchanged: (name: string) => string;
  linked: (count: number) => string;
  loadFailed: string;
}

/** The editor's fields, in the order the form shows them (the FacilityInput fields). */
export const FACILITY_FIELDS = [
  'code',
  'name',
  'type',
  'operator',
  'address1',
  'city',
  'state',
  'postalCode',
  'latitude',
  'longitude',
  'iceFieldOffice',
  'visitingPhone',
  'sourceName',
  'sourceUrl',
  'asOf',
  'isSample',
] as const;
export type FacilityField = (typeof FACILITY_FIELDS)[number];

const EN: FacilityEditorTexts = {
  heading: 'Detention facilities',
  intro:
    "Add a facility or correct one. Never a children's shelter run for ORR: their locations are not published. Every change is logged.",
  choose: 'Facility',
  newFacility: 'New facility',
  fields: {
    code: 'Code (stable; ICE’s DETLOC code when known)',
    name: 'Name',
    type: 'Type',
    operator: 'Operator',
    address1: 'Street address',
    city: 'City',
    state: 'State (two letters)',
    postalCode: 'ZIP code',
    latitude: 'Latitude (blank: the ZIP code’s centre)',
    longitude: 'Longitude',
    iceFieldOffice: 'ICE field office',
    visitingPhone: 'Phone for visiting information',
    sourceName: 'Source',
    sourceUrl: 'Source link',
    asOf: 'As of',
    isSample: 'Sample facility (demo data)',
  },
  types: {
    ice_processing_center: 'ICE processing center',
    contract_facility: 'Contract facility',
    county_jail: 'County jail',
    family_residential_center: 'Family residential center',
    other: 'Other',
  },
  codeFixed: 'A facility keeps its code: imports and listings refer to it by it.',
  save: 'Save facility',
  saved: (name) => `Saved: ${name}.`,
  unchanged: (name) => `No change: ${name} was already so.`,
  linked: (count) => ` ${count} visitation ${count === 1 ? 'program was' : 'programs were'} linked to it.`,
  loadFailed: 'The facilities could not be loaded. Refresh to try again.',
};

const ES: FacilityEditorTexts = {
  heading: 'Centros de detención',
  intro:
    'Añada un centro o corrija uno. Nunca un albergue para niños de la ORR: su ubicación no se publica. Cada cambio queda registrado.',
  choose: 'Centro',
  newFacility: 'Centro nuevo',
  fields: {
    code: 'Código (estable; el código DETLOC de ICE si se conoce)',
    name: 'Nombre',
    type: 'Tipo',
    operator: 'Operador',
    address1: 'Dirección',
    city: 'Ciudad',
    state: 'Estado (dos letras)',
    postalCode: 'Código postal',
    latitude: 'Latitud (en blanco: el centro del código postal)',
    longitude: 'Longitud',
    iceFieldOffice: 'Oficina de ICE',
    visitingPhone: 'Teléfono para información sobre visitas',
    sourceName: 'Fuente',
    sourceUrl: 'Enlace a la fuente',
    asOf: 'Fecha del dato',
    isSample: 'Centro de muestra (datos de demostración)',
  },
  types: {
    ice_processing_center: 'Centro de procesamiento de ICE',
    contract_facility: 'Centro bajo contrato',
    county_jail: 'Cárcel del condado',
    family_residential_center: 'Centro residencial familiar',
    other: 'Otro',
  },
  codeFixed: 'Un centro conserva su código: las importaciones y los listados lo usan.',
  save: 'Guardar centro',
  saved: (name) => `Guardado: ${name}.`,
  unchanged: (name) => `Sin cambios: ${name} ya estaba así.`,
  linked: (count) =>
    ` ${count === 1 ? 'Se enlazó 1 programa de visitas' : `Se enlazaron ${count} programas de visitas`} con él.`,
  loadFailed: 'No se pudieron cargar los centros. Actualice la página para intentarlo de nuevo.',
};

/** The editor's texts in `locale`. */
export function facilityEditorTexts(locale: Locale): FacilityEditorTexts {
  return locale === 'es' ? ES : EN;
}
