// `npm run moderator:add -- EMAIL` (create, or reset the password of, a moderator) and `npm run moderator:disable -- EMAIL`.
// On a terminal the password is asked twice without echo; from a pipe the first line is the password (and a second
// line, when given, must repeat it), so scripts and tests can feed it. Works on PGlite (DATA_DIR) and PostgreSQL (DATABASE_URL).
import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { disableModerator, upsertModerator } from './moderator-accounts.queries';
import { hashPassword, MAXIMUM_PASSWORD_LENGTH, MINIMUM_PASSWORD_LENGTH } from './moderator-passwords';

const USAGE = 'usage: npm run moderator:add -- EMAIL   |   npm run moderator:disable -- EMAIL';

/** A mistake the person running the command can fix; printed without a stack trace. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, email, ...extra] = argv;
  if ((command !== 'add' && command !== 'disable') || !email || extra.length > 0) throw new UsageError(USAGE);
  if (!z.email().safeParse(email.trim()).success) throw new UsageError(`"${email}" is not an email address.\n${USAGE}`);
  const config = loadConfig();
  // Ask before opening the database: a typo in the password should not wait for PGlite to start.
  const password = command === 'add' ? checkPassword(await readPassword()) : undefined;
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await migrateToLatest(handle.db); // a fresh DATA_DIR has no tables yet
    if (password !== undefined) {
      const { created } = await upsertModerator(handle.db, email, await hashPassword(password));
      console.log(
        created
          ? `Added moderator ${email.trim().toLowerCase()}.`
          : `Set a new password for ${email.trim().toLowerCase()} (its sessions were ended).`,
      );
    } else {
      if (!(await disableModerator(handle.db, email, new Date())))
        throw new UsageError(`No moderator has the email ${email}.`);
      console.log(`Disabled moderator ${email.trim().toLowerCase()} and ended its sessions.`);
    }
  } finally {
    await handle.close();
  }
}

function checkPassword(password: string): string {
  if ([...password].length < MINIMUM_PASSWORD_LENGTH)
    throw new UsageError(`The password must be at least ${MINIMUM_PASSWORD_LENGTH} characters long.`);
  if (password.length > MAXIMUM_PASSWORD_LENGTH)
    throw new UsageError(`The password must be at most ${MAXIMUM_PASSWORD_LENGTH} characters long.`);
  return password;
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) return askTwiceWithoutEcho();
  const lines = (await readAll(process.stdin)).split(/\r?\n/);
  const [first = '', second = ''] = lines;
  if (first === '') throw new UsageError('Send the password on the first line of standard input.');
  if (second !== '' && second !== first) throw new UsageError('The two passwords do not match.');
  return first;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

// readline echoes what is typed to its output; give it one that swallows everything while a password is typed.
async function askTwiceWithoutEcho(): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  rl.on('SIGINT', () => {
    process.stdout.write('\n');
    process.exit(130);
  });
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    muted = true;
    const answer = await rl.question('');
    muted = false;
    process.stdout.write('\n');
    return answer;
  };
  try {
    const first = await ask(`Password (at least ${MINIMUM_PASSWORD_LENGTH} characters): `);
    const second = await ask('The same password again: ');
    if (first !== second) throw new UsageError('The two passwords do not match.');
    return first;
  } finally {
    rl.close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof UsageError || err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
