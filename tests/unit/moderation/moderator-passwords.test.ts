// Password hashing: argon2id PHC strings at the chosen parameters, verification that never throws, rehash detection.
import { hash } from '@node-rs/argon2';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  parsePhcParameters,
  verifyPassword,
} from '../../../server/moderation/moderator-passwords';

test('a hash verifies its password and no other', async () => {
  const stored = await hashPassword('correct horse battery staple');
  expect(parsePhcParameters(stored)).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
  expect(await verifyPassword(stored, 'correct horse battery stapl')).toBe(false);
  expect(needsRehash(stored)).toBe(false);
});

test('the same password typed composed or decomposed verifies (NFKC)', async () => {
  const stored = await hashPassword('contrase\u00f1a segura 2026');
  expect(await verifyPassword(stored, 'contrasen\u0303a segura 2026')).toBe(true);
});

test('a malformed or foreign stored hash verifies nothing and needs a rehash', async () => {
  for (const stored of ['', 'plaintext', '$2b$12$abcdefghijklmnopqrstuu', '$argon2id$v=19$m=19456,t=2,p=1$bad']) {
    expect(await verifyPassword(stored, 'plaintext')).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  }
});

test('hashes weaker than the parameters, or argon2i, need a rehash', async () => {
  expect(needsRehash(await hash('x', { algorithm: 2, memoryCost: 8192, timeCost: 2, parallelism: 1 }))).toBe(true);
  expect(needsRehash(await hash('x', { algorithm: 2, memoryCost: 19_456, timeCost: 1, parallelism: 1 }))).toBe(true);
  expect(needsRehash(await hash('x', { algorithm: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 }))).toBe(true);
  expect(needsRehash(await hash('x', { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1 }))).toBe(false);
});

test('the dummy hash is made once and matches no guess', async () => {
  const dummy = await dummyPasswordHash();
  expect(await dummyPasswordHash()).toBe(dummy);
  expect(parsePhcParameters(dummy)).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  expect(await verifyPassword(dummy, '')).toBe(false);
});
