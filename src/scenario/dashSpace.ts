// A list item written without the space after its dash (`-id: x`, `-{ id: x }`): YAML reads the
// dash as part of the text, and the parser's complaint ("All mapping items must start at the same
// column", or a colon in a value) points nowhere near the missing space.
import { textFix, type TextFix } from './errors';
import { indentOf, lineOffset, linesNear } from './indentation';

/** A dash at the start of a line followed at once by a letter, a bracket or a quote (not a number: `-5`). */
const DASH_WITHOUT_SPACE = /^-[^\s\d.\-]/;

/**
 * The line at or just above `offset` (the parser's error) whose dash lacks its space, said in
 * plain words; undefined when neither line has one.
 */
export function dashWithoutSpace(text: string, offset: number): { offset: number; message: string; fix: TextFix } | undefined {
  const { lines, near } = linesNear(text, offset, 2);
  for (const index of near) {
    const trimmed = lines[index]!.trim();
    if (!DASH_WITHOUT_SPACE.test(trimmed)) continue;
    const fixed = `- ${trimmed.slice(1)}`;
    const dash = lineOffset(lines, index) + indentOf(lines[index]!);
    return {
      offset: dash,
      message: `this list item has no space after its dash (${JSON.stringify(trimmed)}); write ${JSON.stringify(fixed)}`,
      fix: textFix(text, 'Add the space', dash, dash + 1, '- '),
    };
  }
  return undefined;
}
