// How many columns of a terminal a text takes: what the tables pad by. A letter with its accent
// written as two characters (as some PDFs and Macs give it, "e" + U+0301) takes one column, and a
// Chinese, Japanese or Korean character two, so a table of such names lines up as one of ASCII does.

/** Characters that take no column: combining marks, zero-width spaces and joiners, direction marks and controls, the byte-order mark. */
const NO_COLUMN = /[\p{Mn}\p{Me}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/** East Asian wide and full-width characters (Unicode's EastAsianWidth W and F, the common blocks), and pictographs. */
const TWO_COLUMNS = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += NO_COLUMN.test(char) ? 0 : TWO_COLUMNS.test(char) ? 2 : 1;
  return width;
}

/** `text` with spaces after it to take `width` columns. */
export const padEndTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` with spaces before it to take `width` columns. */
export const padStartTo = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
