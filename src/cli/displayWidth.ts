// How many columns of a terminal a text takes: what the tables pad by. A letter with its accent
// written as two characters (as some PDFs and Macs give it, "e" + U+0301) takes one column, and a
// Chinese, Japanese or Korean character two, so a table of such names lines up as one of ASCII does.

/** Characters that take no column: combining marks, zero-width spaces and joiners, direction marks and controls, the byte-order mark. */
const NO_COLUMN = /[\p{Mn}\p{Me}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/**
 * East Asian wide and full-width characters (Unicode's EastAsianWidth W and F, the common blocks),
 * and the pictographs shown as emoji by default (☕, ⚡, ✅, 🚀: Emoji_Presentation, also wide).
 */
const TWO_COLUMNS = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}\p{Emoji_Presentation}]/u;
/** The letters of a flag (🇯🇵 is two of them): a column each, the flag two, as terminals draw it. */
const FLAG_LETTER = /[\u{1F1E6}-\u{1F1FF}]/u;
/** A symbol shown as text by default (✈, ⚠) that the emoji variation selector after it turns into a wide emoji. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const AS_EMOJI = '\uFE0F';

export function displayWidth(text: string): number {
  let width = 0;
  let previous = '';
  for (const char of text) {
    if (char === AS_EMOJI && PICTOGRAPH.test(previous) && !TWO_COLUMNS.test(previous)) width += 1;
    else width += NO_COLUMN.test(char) ? 0 : FLAG_LETTER.test(char) ? 1 : TWO_COLUMNS.test(char) ? 2 : 1;
    previous = char;
  }
  return width;
}

/** `text` with spaces after it to take `width` columns. */
export const padEndTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` with spaces before it to take `width` columns. */
export const padStartTo = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
