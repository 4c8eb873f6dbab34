// Moderator passwords: argon2id at OWASP's parameters, stored as PHC strings (the parameters travel with each hash).
import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

/** argon2id's number in @node-rs/argon2 (its Algorithm is a const enum, which isolatedModules cannot read). */
const ARGON2ID = 2;

/** The parameters new hashes get: OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane). */
export const PASSWORD_HASH_PARAMETERS = {
  memoryCost: 19_456, // KiB (19 MiB)
  timeCost: 2, // passes over the memory
  parallelism: 1, // lanes
} as const;

/** Shortest password the CLI accepts (NIST SP 800-63B asks for at least 8; a passphrase of 12+ is our floor). */
export const MINIMUM_PASSWORD_LENGTH = 12;
/** Longest password anyone may send: argon2 takes any length, but nobody types more, and bodies stay small. */
export const MAXIMUM_PASSWORD_LENGTH = 1024;

const OPTIONS: Options = { algorithm: ARGON2ID, ...PASSWORD_HASH_PARAMETERS };

// The same password typed on another keyboard can arrive composed or decomposed; NFKC makes them one (NIST 800-63B 5.1.1.2).
const normalise = (password: string) => password.normalize('NFKC');

/** Hashes a password with argon2id and a random salt; returns the PHC string to store. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), OPTIONS);
}

/** True when `password` matches `storedHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalise(password));
  } catch {
    return false;
  }
}

/** True when a stored hash is not argon2id or is weaker than PASSWORD_HASH_PARAMETERS: rehash it at the next sign-in. */
export function needsRehash(storedHash: string): boolean {
  const params = parsePhcParameters(storedHash);
  if (!params) return true;
  const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_PARAMETERS;
  return params.memoryCost < memoryCost || params.timeCost < timeCost || params.parallelism !== parallelism;
}

/** The m, t and p of an argon2id PHC string, or undefined when it is not one. */
export function parsePhcParameters(
  storedHash: string,
): { memoryCost: number; timeCost: number; parallelism: number } | undefined {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(storedHash);
  if (!match) return undefined;
  return { memoryCost: Number(match[1]), timeCost: Number(match[2]), parallelism: Number(match[3]) };
}

let dummy: Promise<string> | undefined;

/** A hash of a random password, made once: sign-ins for unknown accounts verify against it so they take as long. */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}
