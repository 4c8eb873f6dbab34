// Demo data seeded later keeps the ages of its dates, so a fresh install shows the same mix of fresh and stale listings.
import fc from 'fast-check';
import { DEMO_DATES_AS_OF, demoDateShiftDays, shiftDemoDates } from '../../../seeds/demo-dates';
import { demoListings } from '../../../seeds/demo';
import { utcDateDaysBefore } from '../../../server/listings/staleness';

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

test('seeded on the day the dates were written, or before, nothing moves', () => {
  expect(demoDateShiftDays(new Date(`${DEMO_DATES_AS_OF}T23:59:00Z`))).toBe(0);
  expect(demoDateShiftDays(new Date('2026-01-01T00:00:00Z'))).toBe(0);
  const listing = Object.values(demoListings)[0]!;
  expect(shiftDemoDates(listing, 0)).toBe(listing);
});

test('seeded any later day, every demo listing is as many days old as it was on the day it was written', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3650 }), (daysLater) => {
      const now = new Date(Date.parse(`${DEMO_DATES_AS_OF}T15:00:00Z`) + daysLater * 86_400_000);
      const shift = demoDateShiftDays(now);
      expect(shift).toBe(daysLater);
      for (const listing of Object.values(demoListings)) {
        const shifted = shiftDemoDates(listing, shift);
        expect(daysBetween(shifted.lastVerifiedOn!, utcDateDaysBefore(now, 0))).toBe(
          daysBetween(listing.lastVerifiedOn!, DEMO_DATES_AS_OF),
        );
        if (listing.details.kind === 'shelter' && listing.details.currentNeeds && shifted.details.kind === 'shelter') {
          expect(daysBetween(listing.details.currentNeeds.expiresOn, shifted.details.currentNeeds!.expiresOn)).toBe(
            shift,
          );
        }
      }
    }),
    { numRuns: 30 },
  );
});
