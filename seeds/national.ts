// National resources from the project's source material. Only facts we are sure of: a wrong phone number harms someone.
// Verified against the source material on 2026-11-27; anything not known for certain (languages, hours) is left out.
// Spanish names (nameEs) as the organizations use them in Spanish (ACNUR); a database seeded before they existed gets them
// from migration 20261203T1600_listing_name_es, which repeats them: keep the two the same.
import type { ListingInput } from '../server/contract/listing';

const verified = '2026-11-27';
const nationwide = { type: 'nationwide' } as const;

/** The nationwide lines that help anywhere in the US, keyed by a stable seed name. */
export const nationalListings: Record<string, ListingInput> = {
  'unhcr-detention-hotline': {
    name: 'UNHCR detention hotline',
    nameEs: 'Línea de ACNUR para personas detenidas',
    organization: { name: 'UNHCR, the UN Refugee Agency', website: 'https://www.unhcr.org' },
    description: {
      en: 'A hotline of the UN Refugee Agency for asylum seekers held in US immigration detention. From inside a detention centre, dial 566# to reach it free of charge.',
      es: 'Línea de la Agencia de la ONU para los Refugiados para solicitantes de asilo detenidos por inmigración en EE. UU. Desde dentro de un centro de detención, marque 566# para llamar sin costo.',
    },
    serviceArea: nationwide,
    phones: [
      { number: '1-888-272-1913', description: { en: 'Detention hotline', es: 'Línea para personas detenidas' } },
      {
        number: '566#',
        description: { en: 'Free from inside a detention centre', es: 'Gratis desde dentro de un centro de detención' },
      },
    ],
    website: 'https://www.unhcr.org',
    details: { kind: 'legal_help' },
    status: 'published',
    lastVerifiedOn: verified,
  },
  'aila-lawyer-search': {
    name: 'American Immigration Lawyers Association: immigration lawyer search',
    nameEs: 'Asociación Estadounidense de Abogados de Inmigración (AILA): buscador de abogados',
    organization: { name: 'American Immigration Lawyers Association (AILA)', website: 'https://www.aila.org' },
    description: {
      en: 'The national association of immigration lawyers. Its website has a lawyer search to find an immigration attorney near you.',
      es: 'La asociación nacional de abogados de inmigración. Su sitio web tiene un buscador para encontrar un abogado de inmigración cerca de usted.',
    },
    serviceArea: nationwide,
    website: 'https://www.aila.org',
    details: { kind: 'legal_help' },
    status: 'published',
    lastVerifiedOn: verified,
  },
  'orr-unaccompanied-children': {
    name: 'Office of Refugee Resettlement: care of unaccompanied children',
    nameEs: 'Oficina de Reasentamiento de Refugiados (ORR): cuidado de niños no acompañados',
    organization: {
      name: 'Office of Refugee Resettlement (ORR), US Department of Health and Human Services',
      website: 'https://www.acf.gov/orr',
    },
    description: {
      en: 'The federal office responsible for the care of unaccompanied migrant children, including foster care through partner agencies such as the US Conference of Catholic Bishops and Global Refuge.',
      es: 'La oficina federal responsable del cuidado de niños migrantes no acompañados, incluido el cuidado de crianza a través de agencias asociadas como la Conferencia de Obispos Católicos de EE. UU. y Global Refuge.',
    },
    serviceArea: nationwide,
    website: 'https://www.acf.gov/orr',
    details: { kind: 'foster_care', servesUnaccompaniedChildren: true },
    status: 'published',
    lastVerifiedOn: verified,
  },
  'usccb-foster-care': {
    name: 'US Conference of Catholic Bishops: foster care for unaccompanied children',
    nameEs: 'Conferencia de Obispos Católicos de EE. UU.: hogares de crianza para niños no acompañados',
    organization: { name: 'United States Conference of Catholic Bishops (USCCB)', website: 'https://www.usccb.org' },
    description: {
      en: 'Works with the Office of Refugee Resettlement to place unaccompanied migrant children in foster care through local agencies.',
      es: 'Trabaja con la Oficina de Reasentamiento de Refugiados para colocar a niños migrantes no acompañados en hogares de crianza a través de agencias locales.',
    },
    serviceArea: nationwide,
    website: 'https://www.usccb.org',
    details: { kind: 'foster_care', servesUnaccompaniedChildren: true },
    status: 'published',
    lastVerifiedOn: verified,
  },
  'global-refuge-foster-care': {
    name: 'Global Refuge: foster care for unaccompanied children',
    nameEs: 'Global Refuge: hogares de crianza para niños no acompañados',
    organization: {
      name: 'Global Refuge (formerly Lutheran Immigration and Refugee Service)',
      website: 'https://www.globalrefuge.org',
    },
    description: {
      en: 'Formerly named Lutheran Immigration and Refugee Service. Works with the Office of Refugee Resettlement to place unaccompanied migrant children in foster care through local agencies.',
      es: 'Antes llamada Lutheran Immigration and Refugee Service. Trabaja con la Oficina de Reasentamiento de Refugiados para colocar a niños migrantes no acompañados en hogares de crianza a través de agencias locales.',
    },
    serviceArea: nationwide,
    website: 'https://www.globalrefuge.org',
    details: { kind: 'foster_care', servesUnaccompaniedChildren: true },
    status: 'published',
    lastVerifiedOn: verified,
  },
  'womens-refugee-commission': {
    name: "Women's Refugee Commission",
    nameEs: 'Comisión de Mujeres Refugiadas',
    organization: { name: "Women's Refugee Commission", website: 'https://www.womensrefugeecommission.org' },
    description: {
      en: 'Research and advocacy for the rights of refugee and migrant women, children and families, including families separated by immigration detention.',
      es: 'Investigación y defensa de los derechos de mujeres, niños y familias refugiados y migrantes, incluidas las familias separadas por la detención migratoria.',
    },
    serviceArea: nationwide,
    website: 'https://www.womensrefugeecommission.org',
    details: { kind: 'legal_help' },
    status: 'published',
    lastVerifiedOn: verified,
  },
};
