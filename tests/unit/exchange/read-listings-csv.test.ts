// The Puente CSV reader: each bad file gives one fault and nothing else; good rows become records with the listing,
// Spanish headers and values, the privacy rules of design §2 and ZIP-centre points of design §3.
import { ListingInput } from '@contract/listing';
import { readListingsCsv } from '../../../server/exchange/read-listings-csv';
import { MAX_IMPORT_BYTES, type ImportRecord } from '../../../server/exchange/import-record';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER =
  'id,kind,name,organization_name,description_en,privacy,address_1,city,state,postal_code,latitude,longitude';

function records(text: string, locale: 'en' | 'es' = 'en'): ImportRecord[] {
  const result = readListingsCsv(bytes(text), 'listings.csv', locale);
  if (!result.ok) throw new Error(result.fault.message);
  expect(result.format).toBe('puente-csv');
  return result.records;
}

function faultOf(data: Uint8Array | string, locale: 'en' | 'es' = 'en') {
  const result = readListingsCsv(typeof data === 'string' ? bytes(data) : data, 'listings.csv', locale);
  if (result.ok) throw new Error('expected a fault');
  expect(Object.keys(result)).toEqual(['ok', 'fault']); // one fault and nothing else
  return result.fault;
}

test('a row becomes a record with its listing, source id and location', () => {
  const [record] = records(
    `${HEADER}\r\nsrc-1,accompaniment,Acompañantes,Org,Goes to court,exact,1 Main St,El Paso,TX,79901,31.76,-106.48\r\n`,
  );
  expect(record).toMatchObject({ row: 1, sourceId: 'src-1', approximateLocation: false, privacyDefaulted: false });
  expect(record!.listingId).toBeUndefined(); // not a UUID: the import derives one
  const listing = record!.listing as any;
  expect(listing.location).toEqual({
    privacy: 'exact',
    address: { address1: '1 Main St', city: 'El Paso', state: 'TX', postalCode: '79901' },
    latitude: 31.76,
    longitude: -106.48,
  });
  expect(listing.details).toEqual({ kind: 'accompaniment', services: [] });
  expect(record!.issues).toEqual([]);
});

test('Spanish headers, any case and accents, and Spanish values', () => {
  const text =
    'Tipo,NOMBRE,Organización,Descripción_ES,Privacidad,Ciudad,Estado,Código Postal,Latitud,Longitud,Teléfonos,Idiomas,Área de servicio,Estados de servicio\n' +
    'albergue,Casa,Org,Un albergue,confidencial,El Paso,tx,79901,"31,76",-106.48,915-555-0100 x12;800-555-0199,ES;en,estados,TX;nm\n';
  const [record] = records(text, 'es');
  const listing = record!.listing as any;
  expect(listing.details.kind).toBe('shelter');
  expect(listing.description).toEqual({ es: 'Un albergue' });
  expect(listing.location.privacy).toBe('confidential');
  expect(listing.location.address.state).toBe('TX');
  expect(listing.location.latitude).toBe(31.76); // a decimal comma, as Spanish spreadsheets write it
  expect(listing.phones).toEqual([{ number: '915-555-0100', extension: '12' }, { number: '800-555-0199' }]);
  expect(listing.languages).toEqual(['es', 'en']);
  expect(listing.serviceArea).toEqual({ type: 'states', states: ['TX', 'NM'] });
  expect(record!.issues).toEqual([]);
});

test('a shelter that does not say its privacy is confidential, and the record says so', () => {
  const [shelter, office, street] = records(
    `${HEADER}\nA,shelter,S,O,d,,1 Main St,El Paso,TX,79901,31.7,-106.4\nB,legal_help,L,O,d,,,El Paso,TX,,31.7,-106.4\n` +
      `C,legal_help,L,O,d,,1 Main St,El Paso,TX,,31.7,-106.4\n`,
  );
  expect(shelter!.privacyDefaulted).toBe(true);
  expect((shelter!.listing as any).location.privacy).toBe('confidential');
  expect((office!.listing as any).location.privacy).toBe('exact'); // no street: nothing to hide
  expect(office!.privacyDefaulted).toBe(false);
  expect(street!.issues).toEqual([expect.objectContaining({ code: 'privacy_required', column: 'privacy', row: 3 })]);
  expect((street!.listing as any).location.privacy).toBeUndefined();
});

test("a row with a ZIP and no point is placed at the ZIP's centre and flagged", () => {
  const [zipOnly, unknownZip] = records(
    `${HEADER}\nA,legal_help,L,O,d,exact,,,,79901,,\nB,legal_help,L,O,d,exact,,X,TX,00001,,\n`,
  );
  const location = (zipOnly!.listing as any).location;
  expect(zipOnly!.approximateLocation).toBe(true);
  expect(location.pointFromZip).toBe(true);
  expect(location.latitude).toBeCloseTo(31.77, 1);
  expect(location.address).toMatchObject({ state: 'TX', postalCode: '79901' });
  expect(location.address.city).toBeTruthy();
  expect(unknownZip!.issues).toEqual([expect.objectContaining({ code: 'zip_not_found', column: 'postal_code' })]);
});

test('unknown kinds and list values, bad numbers and hours, duplicate ids are row issues with codes', () => {
  const text =
    'id,kind,name,organization_name,description_en,city,state,latitude,longitude,accepted_goods,hours\n' +
    'A,museum,N,O,d,El Paso,TX,31.7,-106.4,,\n' +
    'B,shelter,N,O,d,El Paso,TX,north,-106.4,clothing;gold,Mon 9-5\n' +
    'A,legal_help,N,O,d,El Paso,TX,31.7,-106.4,,\n';
  const [museum, shelter, again] = records(text);
  expect(museum!.issues.map((i) => i.code)).toEqual(['unknown_kind']);
  expect(shelter!.issues.map((i) => [i.column, i.code])).toEqual([
    ['latitude', 'invalid_parameter'],
    ['hours', 'invalid_parameter'],
    ['accepted_goods', 'unknown_value'],
  ]);
  expect((shelter!.listing as any).details.acceptedGoods).toEqual(['clothing']);
  expect(again!.issues).toEqual([
    { row: 3, column: 'id', code: 'duplicate_id', message: 'the id A is also on row 1; give each row its own id' },
  ]);
});

test('hours by day in either language, and the time zone from the state when blank', () => {
  const text =
    'kind,name,organization_name,description_en,city,state,latitude,longitude,hours\n' +
    'legal_help,N,O,d,Phoenix,AZ,33.4,-112.0,"lun-vie 9 a 17; Sat 9am-noon, 1pm-3pm; dom cerrado"\n';
  const [record] = records(text);
  const hours = (record!.listing as any).hours;
  expect(hours.timeZone).toBe('America/Phoenix');
  expect(hours.openings).toHaveLength(7);
  expect(hours.openings.slice(4)).toEqual([
    { day: 'fr', opensAt: '09:00', closesAt: '17:00' },
    { day: 'sa', opensAt: '09:00', closesAt: '12:00' },
    { day: 'sa', opensAt: '13:00', closesAt: '15:00' },
  ]);
  expect(record!.issues).toEqual([]);
});

test('a blank line between rows is skipped; row numbers stay those of the file', () => {
  const result = records(
    `${HEADER}\nA,legal_help,L,O,d,exact,,El Paso,TX,,31.7,-106.4\n,,,,,,,,,,,\nB,legal_help,L,O,d,exact,,El Paso,TX,,31.7,-106.4\n`,
  );
  expect(result.map((r) => [r.row, r.sourceId])).toEqual([
    [1, 'A'],
    [3, 'B'],
  ]);
});

test('a UUID id is the listing id; a row without an id is known by its kind, name and place', () => {
  const id = '0b9c7a52-94c0-4c55-8fb5-8a1e5e0c0a11';
  const [withId, withoutId] = records(
    `${HEADER}\n${id.toUpperCase()},legal_help,L,O,d,exact,,El Paso,TX,,1,1\n,legal_help,Línea Legal,O,d,exact,,El Paso,TX,,1,1\n`,
  );
  expect(withId!.listingId).toBe(id);
  expect(withoutId!.sourceId).toBe('row:legal_help:linea_legal:el_paso:tx');
});

test('semicolon- and tab-separated files (Excel in Spanish locales) are read like commas', () => {
  for (const sep of [';', '\t']) {
    const text = `${HEADER.replaceAll(',', sep)}\nA${sep}legal_help${sep}L${sep}O${sep}d${sep}exact${sep}${sep}El Paso${sep}TX${sep}${sep}"31,7"${sep}-106.4\n`;
    const [record] = records(text);
    expect((record!.listing as any).location.latitude).toBe(31.7);
  }
});

test('a BOM is stripped', () => {
  const [record] = records(`\uFEFF${HEADER}\nA,legal_help,L,O,d,exact,,El Paso,TX,,1,1\n`);
  expect(record!.sourceId).toBe('A');
});

describe('bad files: one fault each, in the reader language', () => {
  test('not UTF-8 (Windows-1252, UTF-16) names the encoding to save as', () => {
    const latin1 = new Uint8Array([...bytes(`${HEADER}\nA,shelter,Caf`), 0xe9, ...bytes(',O,d,,,X,TX,,1,1\n')]);
    expect(faultOf(latin1)).toEqual({ code: 'not_utf8', message: expect.stringContaining('CSV UTF-8') });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...HEADER].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(faultOf(utf16, 'es')).toEqual({
      code: 'not_utf8',
      message: expect.stringContaining('UTF-8 (delimitado por comas)'),
    });
  });

  test('columns separated by something else than commas, semicolons or tabs', () => {
    expect(faultOf(`${HEADER.replaceAll(',', '|')}\nA|shelter\n`)).toEqual({
      code: 'wrong_delimiter',
      message: expect.stringContaining('vertical bars (|)'),
    });
  });

  test('missing required columns are named in the file language', () => {
    expect(faultOf('id,name,city\nA,B,C\n')).toEqual({
      code: 'missing_columns',
      message: expect.stringContaining('kind, organization_name'),
    });
    expect(faultOf('id,nombre,ciudad\nA,B,C\n', 'es').message).toContain('tipo, organizacion');
  });

  test('over the size cap, empty, or quotes that never close', () => {
    expect(faultOf(new Uint8Array(MAX_IMPORT_BYTES + 1)).code).toBe('too_large');
    expect(faultOf('').code).toBe('unreadable');
    expect(faultOf('\uFEFF \r\n').message).toContain('is empty');
    expect(faultOf(`${HEADER}\nA,"shelter,S\n`).code).toBe('unreadable');
  });
});

test('a full row of every shelter column gives a listing the contract parses', () => {
  const text =
    'kind,name,organization_name,description_en,privacy,city,state,latitude,longitude,accepted_goods,volunteer_activities,' +
    'current_needs_en,current_needs_until,drop_off_hours,drop_off_notes_es,shipping_address,time_zone,last_verified_on,is_demo\n' +
    'shelter,S,O,d,confidential,El Paso,TX,31.7,-106.4,clothing;toys,story_time,Diapers,2026-12-31,Sat 10-14,Sábados,PO Box 1,America/Denver,2026-11-01,yes\n';
  const [record] = records(text);
  const parsed = ListingInput.safeParse(record!.listing);
  expect(parsed.error?.issues).toBeUndefined();
  expect(parsed.data!.details).toEqual({
    kind: 'shelter',
    acceptedGoods: ['clothing', 'toys'],
    volunteerActivities: ['story_time'],
    currentNeeds: { text: { en: 'Diapers' }, expiresOn: '2026-12-31' },
    dropOffHours: {
      timeZone: 'America/Denver',
      openings: [{ day: 'sa', opensAt: '10:00', closesAt: '14:00' }],
      notes: { es: 'Sábados' },
    },
    shippingAddress: 'PO Box 1',
  });
  expect(parsed.data!.hours).toBeUndefined();
  expect(parsed.data!.isDemo).toBe(true);
  expect(parsed.data!.lastVerifiedOn).toBe('2026-11-01');
});
