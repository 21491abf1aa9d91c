// An id written with a letter of the author's language: an accent (`côte-divoire`), an apostrophe
// (`cote-d'ivoire`), ß or œ. To a French or German author ô is a lower-case letter like any other,
// so "lower-case letters" does not say what is wrong: name the characters at fault, and the id
// written without them.
import { ID_PATTERN } from './idPattern';
import { codeOf, quote } from './quote';

/** Letters that take no accent off, as a–z writes them. */
const SPELT: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** The apostrophes of a keyboard and of a word processor: dropped (`d'ivoire` → `divoire`). */
const APOSTROPHES = /['’ʼ‘`]/g;

/** What an id never holds. */
const NOT_IN_ID = /[^a-z0-9-]/gu;

/** The id written with a–z alone: accents taken off, ß and œ spelt out, apostrophes dropped, spaces made dashes. */
export function withoutAccents(written: string): string {
  return written
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (c) => SPELT[c]!)
    .replace(APOSTROPHES, '')
    .replace(/[\s_]+/g, '-');
}

/** A character as a message shows it: `"ô"`, or with its code when it shows as a blank but is no space: `" " (U+00A0)`. */
const shown = (c: string) => (c === ' ' || /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? quote(c) : `${quote(c)} (${codeOf(c)})`);

/**
 * For an id holding a character beyond ASCII or an apostrophe: the characters at fault and the id
 * written without them (` ("ô" is not allowed): write cote-divoire`); nothing for other mistakes
 * (`Bad Schema`), which the rule itself says.
 */
export function idHint(written: string): string {
  if (!/[^\x20-\x7e]|['`]/u.test(written)) return '';
  const faults = [...new Set(written.match(NOT_IN_ID))].map(shown);
  const listed = faults.length === 1 ? `${faults[0]} is` : `${faults.slice(0, -1).join(', ')} and ${faults.at(-1)} are`;
  const mended = withoutAccents(written);
  return ` (${listed} not allowed)${ID_PATTERN.test(mended) ? `: write ${mended}` : ''}`;
}
