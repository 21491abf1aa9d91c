// Characters a text of the scenario may hold, written as YAML escapes ("\u0007", "\u202E"), that
// the players cannot see: control characters show as nothing or as a box, and a direction control
// turns the words after it around, the game's own words beside the text included. The file is
// valid, so the loader warns of them at the text's place (a warning: the file still plays). A tab
// and a line break are text.
import type { Problem } from './errors';
import { codeOf } from './quote';
import type { Scenario } from './schema';
import { texts } from './scenarioWalk';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/;

/** What a text holds that no player sees, in words, or null. */
function hiddenIn(text: string): string | null {
  const control = CONTROL.exec(text);
  if (control) return `the control character ${codeOf(control[0])}, which shows as nothing or as a box`;
  const direction = DIRECTION.exec(text);
  if (direction) return `the direction control ${codeOf(direction[0])}, which turns the words after it around, the game's own words beside the text too`;
  return null;
}

export function checkHiddenCharacters(s: Scenario): Problem[] {
  const found: Problem[] = [];
  for (const { value, path } of texts(s)) {
    const hidden = hiddenIn(value);
    if (hidden !== null) found.push({ path, message: `this text holds ${hidden}; delete it (in the file it is written as an escape such as "\\u0007")` });
  }
  return found;
}
