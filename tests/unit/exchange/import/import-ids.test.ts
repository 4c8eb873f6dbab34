// A file's row ids become listing ids: a UUID is the listing's own id; anything else is a uuid v5 in Puente's import
// namespace, the same every time and different for different ids.
import fc from 'fast-check';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { listingIdFor, PUENTE_IMPORT_NAMESPACE } from '../../../../server/exchange/import/import-ids';

test('a UUID id is the listing id, lower-cased; a named listing id wins over the source id', () => {
  expect(listingIdFor({ sourceId: '0B7F7A8E-2F6C-4C7E-9A55-5A4A3C2B1D00' })).toBe(
    '0b7f7a8e-2f6c-4c7e-9a55-5a4a3c2b1d00',
  );
  expect(listingIdFor({ sourceId: 'row-1', listingId: '0b7f7a8e-2f6c-4c7e-9a55-5a4a3c2b1d00' })).toBe(
    '0b7f7a8e-2f6c-4c7e-9a55-5a4a3c2b1d00',
  );
});

test('the namespace is fixed: a spreadsheet id maps to the same listing id in every version of Puente', () => {
  expect(PUENTE_IMPORT_NAMESPACE).toBe('52f6337b-7c23-49f1-9efa-f0bcec4b80b6');
  expect(listingIdFor({ sourceId: '12' })).toBe(listingIdFor({ sourceId: '12' }));
});

test('any other id gives a version-5 UUID, one per id', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }).filter((s) => !isUuid(s)),
      fc.string({ minLength: 1 }).filter((s) => !isUuid(s)),
      (a, b) => {
        const id = listingIdFor({ sourceId: a });
        expect(isUuid(id) && uuidVersion(id)).toBe(5);
        if (a !== b) expect(listingIdFor({ sourceId: b })).not.toBe(id);
      },
    ),
  );
});
