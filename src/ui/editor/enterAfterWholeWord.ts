// Enter while the completion list is open accepts the highlighted completion, CodeMirror's way.
// But a teacher who has typed the whole word already ("target: china") and presses Enter wants a
// new line: accepting changed nothing, the line stayed, and what they typed next ran on into it
// ("target: chinamaxTimes: 2"). So when the highlighted completion is the word already typed, Enter
// closes the list and makes the new line.
import { acceptCompletion, closeCompletion, completionStatus, selectedCompletion } from '@codemirror/autocomplete';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';

/** The word (an id's characters) just before the cursor. */
function wordBefore(view: EditorView): string {
  const { head } = view.state.selection.main;
  const line = view.state.doc.lineAt(head);
  return /[\w-]*$/.exec(line.text.slice(0, head - line.from))![0];
}

function enter(view: EditorView): boolean {
  if (completionStatus(view.state) !== 'active') return false;
  const selected = selectedCompletion(view.state);
  if (selected !== null && selected.label === wordBefore(view)) {
    closeCompletion(view);
    return false; // the editor's own Enter: a new line
  }
  return acceptCompletion(view);
}

/** Before the completion's own keymap, which it must precede (both at the highest precedence). */
export const enterAfterWholeWord: Extension = Prec.highest(keymap.of([{ key: 'Enter', run: enter }]));
