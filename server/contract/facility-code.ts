// A facility's stable code, on its own so that details.ts can use it without importing the facility contract (which
// imports the listing contract, which imports details.ts).
import { z } from 'zod';

/** The message for a malformed facility code. */
export const FACILITY_CODE_MESSAGE =
  'a facility code: a letter or digit, then up to 39 letters, digits, dots, dashes or underscores, such as ELPSPC';

/** A facility's stable code (ICE's DETLOC code, say): the key imports and listings refer to it by. */
export const FacilityCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, FACILITY_CODE_MESSAGE);
export type FacilityCode = z.infer<typeof FacilityCode>;

/** The message when an accompaniment group names a facility twice in releasedFrom. */
export const RELEASED_FROM_TWICE = 'name each facility once';
