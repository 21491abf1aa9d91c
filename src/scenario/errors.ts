// What the loader reports: one error per problem, each naming the file, the line when known, and the
// path inside the scenario, so that a teacher can find it without reading any code.
import { codeOf } from './quote';

/** A path inside a scenario, e.g. ['options', 3, 'effects', 0, 'track']. */
export type Path = readonly (string | number)[];

/**
 * A change to the text that mends a problem (the editor offers it as a button): `expect`, what the
 * text holds from `from` to `to`, replaced by `insert`. Made for the text that was checked: the
 * editor applies it only to that very text, and a tool applying it later should at least find
 * `expect` there.
 */
export interface TextFix {
  label: string;
  from: number;
  to: number;
  expect: string;
  insert: string;
}

/** One problem in a scenario file. `path` is rendered, e.g. `options[3].effects[0].track`. */
export interface ScenarioError {
  file: string;
  line?: number;
  column?: number;
  path: string;
  message: string;
  fix?: TextFix;
}

/**
 * A problem before it is placed in the file: found by a path, or (for syntax errors, where no path
 * exists yet) by an offset in the text.
 */
export interface Problem {
  path: Path;
  message: string;
  offset?: number;
  fix?: TextFix;
}

/** The fix that replaces `from`…`to` of `text` with `insert`. */
export function textFix(text: string, label: string, from: number, to: number, insert: string): TextFix {
  return { label, from, to, expect: text.slice(from, to), insert };
}

/** The path shown for a problem with the file as a whole. */
export const FILE_PATH = '(file)';

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Paths longer than this (only in absurdly nested files) are cut short with `…`. */
const MAX_SHOWN_SEGMENTS = 16;

/** Characters that show as a blank or as nothing (a non-breaking space, a zero-width space, a byte-order mark), or turn the text around them (bidirectional controls). */
const INVISIBLE = /[\u00a0\u2000-\u200f\u2028\u2029\u202a-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/g;

/**
 * `options[3].effects[0].track`; keys that are not plain words are quoted: `touches["a b"]`, with an
 * invisible character escaped, so that the path shows it: `["cost\u00A0"]`.
 */
export function renderPath(path: Path): string {
  let out = '';
  for (const segment of path.slice(0, MAX_SHOWN_SEGMENTS)) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment).replace(INVISIBLE, (c) => `\\u${codeOf(c).slice(2)}`)}]`;
  }
  if (path.length > MAX_SHOWN_SEGMENTS) out += '…';
  return out === '' ? FILE_PATH : out;
}

/** Exactly one line: `scenarios/x.yaml:12: options[3].target: no actor "atlantis"`. */
export function formatError(e: ScenarioError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
  return `${where}: ${e.path}: ${e.message}`.replace(/[\r\n]+/g, ' ');
}
