// A number written with a decimal comma, as French and German write it (`lat: 48,85`). On a line of
// its own YAML reads it as text; in { … } the comma ends the value, so `lon: -0,04` is the number
// -0 and a field "04" of no value, and the number silently loses its fraction. Three digits after
// the comma (`1,200`) may be an English thousands separator instead: both readings are offered.
import { z } from './zod';
import { quote } from './quote';
import type { Mend } from './writtenOut';

type Schema = z.core.$ZodType;

const DECIMAL_COMMA = /^([+-]?\d+),(\d+)$/;

/** The whole numbers nearest a fraction: `60 or 61` (just `60` for 60.0). */
const wholeNear = (n: number) => (Number.isInteger(n) ? `${n}` : `${Math.floor(n)} or ${Math.ceil(n)}`);

/** Whether `schema` refuses `n` for not being a whole number (`start: 60,5` on a track). */
export const wantsWhole = (schema: Schema | undefined, n: number): boolean =>
  schema !== undefined && (z.safeParse(schema, n).error?.issues.some((i) => i.code === 'invalid_type' && i.expected === 'int') ?? false);

/**
 * How to write `written` (`48,85`) when it is a number with a decimal comma, else undefined.
 * `schema`: the field's, to tell a field of whole numbers; `as`: how a value is written in the
 * advice (`lon: -0.04` in braces).
 */
export function decimalCommaHint(written: string, schema: Schema | undefined, as: (value: string) => string = (v) => v): string | undefined {
  const parts = DECIMAL_COMMA.exec(written.trim());
  if (!parts) return undefined;
  const [, units, fraction] = parts as unknown as [string, string, string];
  const value = Number(`${units}.${fraction}`);
  const whole = wantsWhole(schema, value);
  const meant = as(whole ? wholeNear(value) : String(value));
  if (fraction.length === 3) {
    return `a number takes no comma; write ${as(String(Number(`${units}${fraction}`)))} if it separates thousands, or ${whole ? `a whole number (${meant})` : meant} if it is a decimal comma`;
  }
  return whole ? `a number takes a decimal point, not a comma, and this field takes whole numbers; write ${meant}` : `a number takes a decimal point, not a comma; write ${meant}`;
}

/**
 * A key of a mapping in { … } that is the digits after a number's decimal comma (`04` of
 * `lon: -0,04`, read as the key 4 of no value): the field the number belongs to, and what to write.
 * `written`: the file's own text from a field's value to a key (the digits as typed: `04`, not 4),
 * undefined when it cannot be read. The field is found by that text, not by the order of the
 * mapping's keys: JavaScript puts a key of digits before all others.
 */
export function decimalCommaPiece(
  key: string,
  mapping: Record<string, unknown>,
  shape: Record<string, Schema>,
  written: (field: string, toKey: string) => string | undefined,
): Mend | undefined {
  if (!/^\d+$/.test(key) || mapping[key] !== null) return undefined;
  for (const field of Object.keys(shape)) {
    if (!Object.hasOwn(mapping, field) || !Number.isInteger(mapping[field])) continue;
    const number = written(field, key);
    const hint = number === undefined ? undefined : decimalCommaHint(number, shape[field], (v) => `${field}: ${v}`);
    if (hint === undefined) continue;
    const digits = number!.slice(number!.indexOf(',') + 1);
    return { field, message: `in { … } a comma ends a value, so the decimal comma of ${quote(number!)} made ${quote(digits)} a field of its own; ${hint}` };
  }
  return undefined;
}
