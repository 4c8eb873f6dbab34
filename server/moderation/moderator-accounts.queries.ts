// SQL for moderator accounts. The first argument is the database or a transaction, so callers compose transactions.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ModeratorTable } from '../db/schema';

/** A moderator row as selected. */
export type ModeratorRow = Selectable<ModeratorTable>;

/** Emails are compared lower-cased and trimmed everywhere (the column has a CHECK that they are stored so). */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The moderator with this email (any case), disabled or not. */
export async function findModeratorByEmail(db: Kysely<Database>, email: string): Promise<ModeratorRow | undefined> {
  return db.selectFrom('moderator').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/**
 * Creates the moderator, or gives an existing one a new password and enables it again. Either way its sessions end
 * and its recorded sign-in failures are forgotten. Returns whether the account was new.
 */
export async function upsertModerator(
  db: Kysely<Database>,
  email: string,
  passwordHash: string,
): Promise<{ id: string; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const address = normaliseEmail(email);
    const existing = await trx
      .selectFrom('moderator')
      .select('id')
      .where('email', '=', address)
      .forUpdate()
      .executeTakeFirst();
    if (existing) {
      await trx
        .updateTable('moderator')
        .set({ password_hash: passwordHash, disabled_at: null })
        .where('id', '=', existing.id)
        .execute();
      await trx.deleteFrom('moderator_session').where('moderator_id', '=', existing.id).execute();
      await trx.deleteFrom('login_failure').where('email', '=', address).execute();
      return { id: existing.id, created: false };
    }
    // ON CONFLICT: two CLIs adding the same address at once both succeed, the later password winning.
    const row = await trx
      .insertInto('moderator')
      .values({ email: address, password_hash: passwordHash })
      .onConflict((oc) => oc.column('email').doUpdateSet({ password_hash: passwordHash, disabled_at: null }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, created: true };
  });
}

/** Disables the moderator and ends its sessions; false when no moderator has this email. */
export async function disableModerator(db: Kysely<Database>, email: string, at: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('moderator')
      .set({ disabled_at: at })
      .where('email', '=', normaliseEmail(email))
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await trx.deleteFrom('moderator_session').where('moderator_id', '=', row.id).execute();
    return true;
  });
}

/** Stores a fresh hash of the same password (after the parameters were raised). */
export async function updatePasswordHash(
  db: Kysely<Database>,
  moderatorId: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('moderator').set({ password_hash: passwordHash }).where('id', '=', moderatorId).execute();
}
