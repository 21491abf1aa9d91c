// A run of a flow mapping's text as the file has it, from one field's value to another field's key.
// A comma in `{ note: about 50,000 troops }` splits the text into fields ("about 50" and "000
// troops"), and the mend must give the teacher's own text back: the commas as written, not the
// pieces joined again by ", ".
import { isMap, isScalar, type Node } from 'yaml';
import type { Path } from './errors';
import type { Tree } from './locate';

/** The text from the value of `fromValueOf` to the end of the key `toKey` in the mapping at `path`; undefined when not on one line. */
export type WrittenBetween = (path: Path, fromValueOf: string, toKey: string) => string | undefined;

export function writtenBetween(doc: Tree, text: string): WrittenBetween {
  return (path, fromValueOf, toKey) => {
    const mapping = doc.getIn(path, true);
    if (!isMap(mapping)) return undefined;
    const pair = (key: string) => mapping.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const value = pair(fromValueOf)?.value;
    // A value in quotes ends at its quote: the comma after it did not split it, and its quotes are not the text's.
    if (!isScalar(value) || value.type !== 'PLAIN') return undefined;
    const start = (value as Node).range?.[0];
    const end = (pair(toKey)?.key as Node | null | undefined)?.range?.[1];
    if (start === undefined || end === undefined || end < start) return undefined;
    const written = text.slice(start, end);
    // Over lines, YAML folds the line breaks into spaces: the pieces joined say it as well.
    return written.includes('\n') ? undefined : written;
  };
}
