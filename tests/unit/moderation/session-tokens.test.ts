// Tokens and the cookie reader: 43-character base64url tokens, SHA-256 hashes, only our well-formed cookie is read.
import type { Request } from 'express';
import { hashToken, newToken, readSessionToken, tokensEqual } from '../../../server/moderation/session-tokens';

const request = (cookie: string | undefined, secure = false) => ({ headers: { cookie }, secure }) as unknown as Request;

test('tokens are 32 random bytes in base64url, and their hash is a 32-byte SHA-256', () => {
  const a = newToken();
  expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(newToken()).not.toBe(a);
  expect(hashToken(a)).toHaveLength(32);
  expect(hashToken(a).equals(hashToken(a))).toBe(true);
});

test('the cookie named for the scheme is read; others, and malformed values, are not', () => {
  const token = newToken();
  expect(readSessionToken(request(`a=1; puente_session=${token}; b=2`))).toBe(token);
  expect(readSessionToken(request(`__Host-puente_session=${token}`, true))).toBe(token);
  expect(readSessionToken(request(`puente_session=${token}`, true))).toBeUndefined();
  expect(readSessionToken(request(`__Host-puente_session=${token}`))).toBeUndefined();
  expect(readSessionToken(request(`xpuente_session=${token}`))).toBeUndefined();
  expect(readSessionToken(request(`puente_session=${token}x`))).toBeUndefined();
  expect(readSessionToken(request(`puente_session=${token.slice(1)}'`))).toBeUndefined();
  expect(readSessionToken(request(undefined))).toBeUndefined();
});

test('token comparison is exact', () => {
  expect(tokensEqual('abc', 'abc')).toBe(true);
  expect(tokensEqual('abc', 'abd')).toBe(false);
  expect(tokensEqual('abc', 'abcd')).toBe(false);
  expect(tokensEqual('', '')).toBe(true);
});
