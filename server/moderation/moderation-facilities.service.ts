// Moderators create and correct detention facilities. Each write goes through upsertFacility (as the import does), and
// its moderation_log line (before and after) commits in the same transaction. A facility's code never changes: imports
// and listings refer to it by that code (docs/decisions/0062-facility-import-and-moderator-edits.md).
import type { Kysely } from 'kysely';
import type { FacilityInputParsed } from '../contract/facility';
import type { FacilityWriteResult } from '../contract/moderation-facility';
import type { Database } from '../db/schema';
import { upsertFacility } from '../facilities/facilities.writer';
import { linkFreeTextFacilities } from '../facilities/facility-links';
import { ApiError } from '../http/errors';
import type { MessageLocale } from '../http/validate';
import { inTransaction } from '../listings/listings.writer';
import { appendModerationLog } from './moderation-log.queries';
import { findFacilityByCode, findFacilityById, moderatedFacilityView } from './moderation-facilities.queries';

const TEXTS = {
  en: {
    codeTaken: (code: string, id: string) =>
      `A facility already has the code ${code}; change that one with PUT /api/v1/moderation/facilities/${id}.`,
    notFound: 'No facility has this id.',
    codeFixed: (code: string) =>
      `A facility keeps its code (${code}): imports and listings refer to it by it. Send the same code, or create a new facility.`,
  },
  es: {
    codeTaken: (code: string, id: string) =>
      `Ya hay un centro con el código ${code}; modifíquelo con PUT /api/v1/moderation/facilities/${id}.`,
    notFound: 'Ningún centro tiene este id.',
    codeFixed: (code: string) =>
      `Un centro conserva su código (${code}): las importaciones y los listados lo usan. Envíe el mismo código, o cree un centro nuevo.`,
  },
};

/** Creates a facility (409 when its code is taken) and links the visitation programs that name it as text. */
export async function createFacility(
  db: Kysely<Database>,
  moderatorId: string,
  input: FacilityInputParsed,
  now: Date,
  locale: MessageLocale,
): Promise<FacilityWriteResult> {
  return inTransaction(db, async (trx) => {
    const taken = await findFacilityByCode(trx, input.code);
    if (taken) throw new ApiError(409, 'facility_code_taken', TEXTS[locale].codeTaken(input.code, taken.id));
    const { id } = await upsertFacility(trx, input, now, locale);
    const after = moderatedFacilityView((await findFacilityById(trx, id))!);
    await appendModerationLog(trx, { moderatorId, action: 'create_facility', facilityId: id, after }, now);
    const { matched } = await linkFreeTextFacilities(trx);
    return { facility: after, changed: true, linkedVisitationPrograms: matched };
  });
}

/** Replaces the facility `id` with `input` (same code); logs it when anything changed. 404 for an unknown id. */
export async function replaceFacility(
  db: Kysely<Database>,
  moderatorId: string,
  id: string,
  input: FacilityInputParsed,
  now: Date,
  locale: MessageLocale,
): Promise<FacilityWriteResult> {
  return inTransaction(db, async (trx) => {
    const stored = await findFacilityById(trx, id);
    if (!stored) throw new ApiError(404, 'facility_not_found', TEXTS[locale].notFound);
    if (stored.code !== input.code)
      throw new ApiError(400, 'facility_code_fixed', TEXTS[locale].codeFixed(stored.code));
    const before = moderatedFacilityView(stored);
    const { changed } = await upsertFacility(trx, input, now, locale);
    const after = moderatedFacilityView((await findFacilityById(trx, id))!);
    if (!changed) return { facility: after, changed, linkedVisitationPrograms: 0 };
    await appendModerationLog(trx, { moderatorId, action: 'edit_facility', facilityId: id, before, after }, now);
    const { matched } = await linkFreeTextFacilities(trx);
    return { facility: after, changed, linkedVisitationPrograms: matched };
  });
}
