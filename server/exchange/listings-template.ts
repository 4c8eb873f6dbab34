// The template a coalition fills in (/templates/listings.csv, and .es.csv with Spanish headers): every column of
// listing-columns.ts and two example rows that import cleanly. The shelter example shows the safe choice: privacy
// confidential, the street kept private, and no pin (the ZIP code's centre is used).
import type { FlatListing } from './listing-columns';
import { csvHeader, csvRows } from './write-listings-csv';

const SHELTER: FlatListing = {
  id: 'example-shelter-1',
  kind: 'shelter',
  name: 'Example Respite Center',
  name_es: 'Centro de Respiro de Ejemplo',
  organization_name: 'Example Community Coalition',
  description_en: 'Short stays for families released from immigration custody.',
  description_es: 'Estancias cortas para familias liberadas de la custodia migratoria.',
  privacy: 'confidential',
  address_1: '100 Example Ave',
  city: 'El Paso',
  state: 'TX',
  postal_code: '79901',
  service_area: 'radius',
  service_radius_km: 50,
  phones: '915-555-0100 x12',
  languages: 'en;es',
  hours: 'Mon 09:00-17:00; Tue 09:00-17:00; Wed 09:00-17:00; Thu 09:00-17:00; Fri 09:00-17:00',
  time_zone: 'America/Denver',
  accepted_goods: 'clothing;hygiene;baby_supplies',
  volunteer_activities: 'sorting_donations;interpreting',
  current_needs_en: "Children's shoes, sizes 10-13",
  current_needs_es: 'Zapatos para niños, tallas 10-13',
  current_needs_until: '2026-12-31',
  drop_off_hours: 'Sat 10:00-14:00',
  shipping_address: 'PO Box 4321, El Paso, TX 79998',
  last_verified_on: '2026-12-01',
};

const ACCOMPANIMENT: FlatListing = {
  id: 'example-accompaniment-1',
  kind: 'accompaniment',
  name: 'Example Court Companions',
  organization_name: 'Example Faith Network',
  description_en: 'Volunteers go with families to immigration court and ICE check-ins.',
  description_es: 'Voluntarios acompañan a familias a la corte de inmigración y a sus citas con ICE.',
  privacy: 'exact',
  address_1: '200 Example St',
  city: 'El Paso',
  state: 'TX',
  postal_code: '79901',
  latitude: 31.7587,
  longitude: -106.4869,
  service_area: 'states',
  service_states: 'TX;NM',
  phones: '+1 915-555-0199',
  email: 'court@example.org',
  website: 'https://example.org/court',
  languages: 'en;es',
  services: 'court;ice_checkin;interpreting',
  how_to_sign_up_en: 'Write to court@example.org; training is on the first Saturday of each month.',
  how_to_sign_up_es: 'Escriba a court@example.org; la capacitación es el primer sábado de cada mes.',
  last_verified_on: '2026-12-01',
};

/** The example rows, for the template and its test. */
export const TEMPLATE_EXAMPLES: readonly FlatListing[] = [SHELTER, ACCOMPANIMENT];

/** The template in `language` (the headers; the example rows are the same). */
export function listingsTemplate(language: 'en' | 'es'): string {
  return csvHeader(language) + csvRows(TEMPLATE_EXAMPLES);
}
