// Hosting a class game takes every seed a game alone takes (up to 200 characters), and says what
// is wrong with a host's options in the game's words, not zod's.
import { describe, expect, it } from 'vitest';
import { SEED_MAX_LENGTH } from '../../src/app/seed';
import { hostOptionsSchema, memberSchema, studentOptionsSchema } from '../../src/net/protocol';

const host = (fields: object) => hostOptionsSchema.safeParse({ host: { scenario: { id: 'tutorial' }, seed: 'class-1', ...fields } });
const firstMessage = (fields: object) => {
  const parsed = host(fields);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe('a host\'s options', () => {
  it('take a seed as long as a game alone takes, and refuse one longer or with a control character in the seed rule\'s words', () => {
    expect(host({ seed: 'a'.repeat(SEED_MAX_LENGTH) }).success).toBe(true);
    expect(firstMessage({ seed: 'a'.repeat(SEED_MAX_LENGTH + 1) })).toBe('the seed has 201 characters; at most 200 are allowed');
    expect(firstMessage({ seed: 'a\u001bb' })).toBe('the seed holds a control character (U+001B); use letters, digits, spaces and punctuation');
    expect(firstMessage({ seed: '' })).toBe('the seed is empty');
    // Invisible characters, which turn the words around the seed or hide a difference, as the seed rule refuses them everywhere.
    expect(firstMessage({ seed: '\u202Eevil' })).toBe('the seed holds an invisible character (U+202E); use letters, digits, spaces and punctuation');
    expect(firstMessage({ seed: 'a\u200Bb' })).toBe('the seed holds an invisible character (U+200B); use letters, digits, spaces and punctuation');
  });

  it('refuse a student\'s name that holds an invisible character (a right-to-left override turned teammates\' lines around)', () => {
    const name = (text: string) => {
      const parsed = studentOptionsSchema.safeParse({ code: '23456789', name: text });
      return parsed.success ? null : parsed.error.issues[0]!.message;
    };
    expect(name('Anna')).toBeNull();
    expect(name('Ли Вэй')).toBeNull();
    expect(name('\u202Eevil name')).toBe('the name holds an invisible character (U+202E) that would turn or hide the words around it; type the name again');
    expect(name('Anna\u200B')).toBe('the name holds an invisible character (U+200B) that would turn or hide the words around it; type the name again');
    // The zero-width non-joiner and joiner are parts of Persian spelling and of emoji: names keep them.
    expect(name('علی\u200Cرضا')).toBeNull();
    expect(name('Anna 👩\u200D🚀')).toBeNull();
  });

  it('read back a member\'s name and the room\'s seed as the server sends them, kept before the rule on invisible characters', () => {
    expect(memberSchema.safeParse({ id: 'm1', name: 'Anna\u200B', connected: true }).success).toBe(true);
  });

  it('say what the seconds per turn may be', () => {
    expect(firstMessage({ turnSeconds: 1.5 })).toBe('the seconds per turn are a whole number');
    expect(firstMessage({ turnSeconds: 7200 })).toBe('the seconds per turn are at most 3600 (an hour)');
    expect(host({ turnSeconds: 15 }).success).toBe(true);
  });
});
