// Small pure parts of the form pages: API failures, the edit link, the wait after too many sign-ins, the rejection reason.
import { failureFrom } from '../../../../client/src/api/json-request';
import { rejectionReason } from '../../../../client/src/edit/rejection-reason';
import { waitMinutes } from '../../../../client/src/moderate/sign-in-wait';
import { editLinkFor } from '../../../../client/src/pages/edit-link';

test('an error answer becomes a failure with its code, field details and Retry-After', () => {
  const failure = failureFrom(
    400,
    {
      error: {
        code: 'invalid_parameter',
        message: 'Revise',
        details: [{ parameter: 'listing.name', message: 'x' }, { bogus: 1 }],
      },
    },
    null,
  );
  expect([failure.code, failure.status, failure.details, failure.retryAfterSeconds]).toEqual([
    'invalid_parameter',
    400,
    [{ parameter: 'listing.name', message: 'x' }],
    null,
  ]);
  expect(failureFrom(429, { error: { code: 'too_many_attempts', message: 'wait' } }, '120').retryAfterSeconds).toBe(
    120,
  );
  expect(failureFrom(502, null, null).code).toBe('internal_error');
  expect(failureFrom(404, 'not json', 'soon').code).toBe('unknown');
});

test('the wait is said in whole minutes, at least one', () => {
  expect(waitMinutes(1)).toBe(1);
  expect(waitMinutes(61)).toBe(2);
  expect(waitMinutes(null)).toBe(15);
});

test('the edit link keeps the token in the fragment and the language in the query', () => {
  expect(editLinkFor('/edit.html#token=abc_-1', 'https://puente.example', 'en')).toBe(
    'https://puente.example/edit.html#token=abc_-1',
  );
  expect(editLinkFor('/edit.html#token=abc_-1', 'https://puente.example', 'es')).toBe(
    'https://puente.example/edit.html?lang=es#token=abc_-1',
  );
});

const state = (
  type: 'new_listing' | 'change',
  status: 'pending' | 'approved' | 'rejected' | 'superseded',
  reason: string | null,
) => ({
  submissionId: '00000000-0000-4000-8000-000000000000',
  type,
  status,
  reason,
  createdAt: '2026-01-01T00:00:00Z',
  decidedAt: null,
});

test('the reason shown is the rejection of the listing itself, or of the latest change', () => {
  expect(
    rejectionReason({ listingStatus: 'rejected', history: [state('new_listing', 'rejected', 'Not reachable')] }),
  ).toBe('Not reachable');
  expect(
    rejectionReason({
      listingStatus: 'published',
      history: [state('change', 'rejected', 'Wrong hours'), state('new_listing', 'approved', null)],
    }),
  ).toBe('Wrong hours');
  expect(rejectionReason({ listingStatus: 'pending', history: [state('new_listing', 'pending', null)] })).toBeNull();
});
