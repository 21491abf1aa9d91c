// A block of lines indented with tabs, most often pasted from another file or a document: the
// parser stops at its first line, and "indent with spaces" there leaves the teacher to find the
// rest one error at a time. Say which lines, and when every tab standing for the file's own step
// of indentation (its shallowest indentation in spaces, else 2) makes the text YAML again up to the
// block's end, offer that as the mend.
import { parseAllDocuments } from 'yaml';
import { textFix, type TextFix } from './errors';
import { indentOf, lineIndexAt, lineOffset } from './indentation';
import { plural } from './plural';
import { YAML_OPTIONS } from './yamlOptions';

export const NO_TABS = 'indent with spaces, not tabs';
/** Whether a line's indentation is spaces only. */
export const spacesOnly = (line: string) => !line.slice(0, indentOf(line)).includes('\t');
const blank = (line: string) => line.trim() === '';
/** A line with something on it, indented with a tab. */
const tabbed = (line: string) => !blank(line) && !spacesOnly(line);

/** The file's step of indentation: the least indentation of a line indented with spaces alone. */
function stepOf(lines: readonly string[]): number {
  let step = Infinity;
  for (const line of lines) if (!blank(line) && spacesOnly(line) && indentOf(line) > 0) step = Math.min(step, indentOf(line));
  return Number.isFinite(step) ? step : 2;
}

/** The first and last line (from 0) of the run of tab-indented lines around `index`, blank lines between them allowed. */
function runAround(lines: readonly string[], index: number): [number, number] {
  const inRun = (i: number) => i >= 0 && i < lines.length && (tabbed(lines[i]!) || blank(lines[i]!));
  let first = index;
  let last = index;
  while (inRun(first - 1)) first--;
  while (inRun(last + 1)) last++;
  while (blank(lines[first]!)) first++;
  while (blank(lines[last]!)) last--;
  return [first, last];
}

/** Whether the text parses with no error before `end` (an error further on is another mistake). */
function parsesUpTo(text: string, end: number): boolean {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  const error = doc?.errors[0];
  return doc !== undefined && (error === undefined || error.pos[0] > end);
}

/**
 * The message, and the mend when it is sure, for a tab at `offset` that begins a run of two lines
 * or more indented with tabs; undefined for a tab alone (tabIndent.ts reads the lines beside it).
 */
export function tabbedBlock(text: string, offset: number): { offset: number; message: string; fix?: TextFix } | undefined {
  const lines = text.split('\n');
  const [first, last] = runAround(lines, lineIndexAt(text, offset));
  const block = lines.slice(first, last + 1);
  const count = block.filter(tabbed).length;
  if (count < 2) return undefined;
  const start = lineOffset(lines, first);
  const message = `${NO_TABS}: ${count} lines from line ${first + 1} to line ${last + 1} are indented with tabs`;
  const at = start + block[0]!.indexOf('\t');
  const step = stepOf(lines);
  const mended = block.map((line) => line.slice(0, indentOf(line)).replaceAll('\t', ' '.repeat(step)) + line.slice(indentOf(line)));
  const end = start + block.join('\n').length;
  const fix = textFix(text, `Indent with ${plural(step, 'space')} for each tab`, start, end, mended.join('\n'));
  // The line after the block must read right too: a block one step too deep parses, and the next item fails.
  let next = last + 1;
  while (next < lines.length && blank(lines[next]!)) next++;
  const checkedTo = start + fix.insert.length + lines.slice(last + 1, next + 1).join('\n').length + 1;
  if (!parsesUpTo(text.slice(0, start) + fix.insert + text.slice(end), checkedTo)) return { offset: at, message };
  return { offset: at, message: `${message}; written with ${plural(step, 'space')} for each tab, as the rest of the file is indented, they fit the lines around them`, fix };
}
