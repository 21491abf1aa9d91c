// Join codes and tokens from the operating system's cryptographic generator; tokens are kept only
// as hashes (a stolen log does not let anyone act as the teacher) and compared in constant time.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../net/protocol';

/** 29^8 ≈ 5·10^11 codes: with the join rate limit, guessing one takes years. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 128 random bits as 32 hex digits. */
export const newToken = (): string => randomBytes(16).toString('hex');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
