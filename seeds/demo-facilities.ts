// Sample detention facilities for the demo data, seeded before the demo listings so their visitation programs can
// name them by code. Every one is fictional and marked as a sample: names start with "Sample", phones are in the
// 555-01xx block, links are under example.org. Puente ships no real facility data: an operator imports ICE's public
// list (docs/facilities.md). SAMPLE-ELP-JAIL has no visitation program, so the facility page's empty state shows.
import type { FacilityInput } from '../server/contract/facility';
import type { UsState } from '../server/contract/vocabulary';

/** Where the sample records say they come from. */
const DEMO_SOURCE = {
  sourceName: 'Puente demo data',
  sourceUrl: 'https://example.org/demo/facilities',
  asOf: '2026-11-01',
  isSample: true,
} as const;

/** The sample facilities, by code (the codes seeds/demo/*.ts name). */
export const demoFacilities: readonly FacilityInput[] = [
  {
    code: 'SAMPLE-ELP',
    name: 'Sample El Paso Processing Center',
    type: 'ice_processing_center',
    operator: 'Sample Detention Services',
    address1: '100 Sample Way',
    city: 'El Paso',
    state: 'TX',
    postalCode: '79925',
    latitude: 31.7935,
    longitude: -106.3795,
    iceFieldOffice: 'El Paso',
    visitingPhone: '915-555-0190',
    ...DEMO_SOURCE,
  },
  {
    code: 'SAMPLE-ELP-JAIL',
    name: 'Sample County Jail',
    type: 'county_jail',
    operator: "Sample County Sheriff's Office",
    address1: '200 Sample Road',
    city: 'El Paso',
    state: 'TX',
    postalCode: '79938',
    latitude: 31.7402,
    longitude: -106.2913,
    iceFieldOffice: 'El Paso',
    visitingPhone: '915-555-0191',
    ...DEMO_SOURCE,
  },
  {
    code: 'SAMPLE-SAN',
    name: 'Sample San Diego Detention Center',
    type: 'contract_facility',
    operator: 'Sample Corrections Company',
    address1: '300 Sample Boulevard',
    city: 'San Diego',
    state: 'CA',
    postalCode: '92154',
    latitude: 32.5735,
    longitude: -116.9683,
    iceFieldOffice: 'San Diego',
    visitingPhone: '619-555-0190',
    ...DEMO_SOURCE,
  },
  {
    code: 'SAMPLE-TUS',
    name: 'Sample Desert Detention Center',
    type: 'contract_facility',
    operator: 'Sample Corrections Company',
    address1: '400 Sample Highway',
    city: 'Eloy',
    state: 'AZ',
    postalCode: '85131',
    latitude: 32.7618,
    longitude: -111.5427,
    iceFieldOffice: 'Phoenix',
    visitingPhone: '520-555-0190',
    ...DEMO_SOURCE,
  },
  {
    code: 'SAMPLE-HOU',
    name: 'Sample Houston Detention Facility',
    type: 'contract_facility',
    operator: 'Sample Detention Services',
    address1: '500 Sample Drive',
    city: 'Houston',
    state: 'TX',
    postalCode: '77032',
    latitude: 29.9436,
    longitude: -95.3398,
    iceFieldOffice: 'Houston',
    visitingPhone: '281-555-0190',
    ...DEMO_SOURCE,
  },
  {
    code: 'SAMPLE-CHI',
    name: 'Sample Processing Center',
    type: 'ice_processing_center',
    operator: 'Sample Detention Services',
    address1: '600 Sample Street',
    city: 'Chicago',
    state: 'IL',
    postalCode: '60623',
    latitude: 41.8497,
    longitude: -87.7176,
    iceFieldOffice: 'Chicago',
    visitingPhone: '312-555-0190',
    ...DEMO_SOURCE,
  },
];

/** The facility a demo listing names by `code`: its name, city and state as the listing's details copy them. */
export function demoFacilityReference(code: string): { code: string; name: string; city: string; state: UsState } {
  const facility = demoFacilities.find((f) => f.code === code);
  if (!facility) throw new Error(`no demo facility has the code ${code}`);
  return { code, name: facility.name, city: facility.city, state: facility.state };
}
