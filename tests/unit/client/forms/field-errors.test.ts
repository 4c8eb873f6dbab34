// An API error path lands on the deepest field or group that holds it, and messages group by field in page order.
import { fieldForParameter, groupProblems } from '../../../../client/src/forms/field-errors';

const PATHS = [
  'listing.name',
  'listing.location',
  'listing.location.address.city',
  'listing.phones',
  'listing.phones.0.number',
  'listing.hours',
  'contact.email',
];

test('the exact field, else the nearest enclosing group, else none', () => {
  expect(fieldForParameter('listing.location.address.city', PATHS)).toBe('listing.location.address.city');
  expect(fieldForParameter('listing.location.latitude', PATHS)).toBe('listing.location');
  expect(fieldForParameter('listing.hours.openings.3.closesAt', PATHS)).toBe('listing.hours');
  expect(fieldForParameter('listing.phones.0.number', PATHS)).toBe('listing.phones.0.number');
  expect(fieldForParameter('listing.phones.1.number', PATHS)).toBe('listing.phones');
  expect(fieldForParameter('listing.nameX', PATHS)).toBeNull(); // a prefix of the text is not a parent path
  expect(fieldForParameter('organizationFax', PATHS)).toBeNull();
});

test('problems are grouped per field, in the order of the page, with the unplaced last', () => {
  const groups = groupProblems(
    [
      { parameter: 'contact.email', message: 'is not an email' },
      { parameter: 'whatever', message: 'odd' },
      { parameter: 'listing.hours.openings.0.opensAt', message: 'bad time' },
      { parameter: 'listing.name', message: 'is required' },
      { parameter: 'listing.name', message: 'is required' },
    ],
    PATHS,
  );
  expect(groups).toEqual([
    { path: 'listing.name', messages: ['is required'] },
    { path: 'listing.hours', messages: ['openings.0.opensAt: bad time'] },
    { path: 'contact.email', messages: ['is not an email'] },
    { path: null, messages: ['whatever: odd'] },
  ]);
});
