// Values quoted inside one-line error messages: escaped (a newline stays `\n`) and cut short.

const MAX_QUOTED = 40;

/** A text in keyboard quotes as YAML keeps it whole: double quotes (JSON's escapes are YAML's), or single ones when it holds a double quote. */
export const yamlQuoted = (s: string): string => (s.includes('"') ? `'${s.replaceAll("'", "''")}'` : JSON.stringify(s));

/**
 * Characters that turn or hide the text around them (bidirectional controls, zero-width spaces):
 * quoted by their code, so that a message shows "chi\u200Bna", not a "china" that looks right,
 * and a right-to-left override in a file or a link does not turn the message's own words around.
 * Not the zero-width joiners (Persian spelling, emoji).
 */
export const TURNS_OR_HIDES = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** `"oil-price"`; a long text is cut to its start, followed by `…`. */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return JSON.stringify(short).replace(TURNS_OR_HIDES, (c) => `\\u${codeOf(c).slice(2)}`);
}

/** The code of a character as Unicode writes it (`U+00A0`), for one a teacher cannot see. */
export const codeOf = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A number as a message writes it. YAML and JSON read some numbers as values that print otherwise
 * than the file has them: `.nan`, `.inf` or `1e400` (infinite), and whole numbers past 2^53, which
 * lose their last digits (9007199254740993 is read as …992). Those are named, not misquoted.
 */
export function numberText(n: number): string {
  if (Number.isNaN(n)) return '.nan (YAML\'s "not a number")';
  if (!Number.isFinite(n)) return `${n < 0 ? 'minus infinity (-.inf' : 'infinity (.inf'}, or a number too large to hold)`;
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return `a number too large to be kept exactly (about ${n.toPrecision(3).replace('e+', ' × 10^')})`;
  return String(n);
}

/** What a value is, in words a teacher knows: `text "abc"`, `the number 1.5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `text ${quote(value)}`;
  if (typeof value === 'number') {
    const text = numberText(value);
    return text === String(value) ? `the number ${text}` : text;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** A small value as YAML on one line (`{ actor: china, move: x }`), for a message that writes it out; ids stay bare. */
export function flowYaml(value: unknown): string {
  if (typeof value === 'string') return /^[a-z][a-z0-9-]*$/.test(value) ? value : yamlQuoted(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flowYaml(v)}`).join(', ')} }`;
  return '…';
}
