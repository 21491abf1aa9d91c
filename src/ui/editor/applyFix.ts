// A checker's fix (scenario/errors.ts TextFix) written into the draft: one change, undone by Ctrl-Z
// like any typing. Only on the very text that was checked: a mend the author typed meanwhile by
// hand must not be made twice (the fix's own `expect` covers only the span it replaces).
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { TextFix } from '../../scenario/errors';

/** Applies the fix made for `checked`; false (and nothing changed) when the draft is no longer that text. */
export function applyFix(view: EditorView, checked: Text, fix: TextFix): boolean {
  if (!view.state.doc.eq(checked)) return false;
  view.dispatch({
    changes: { from: fix.from, to: fix.to, insert: fix.insert },
    selection: { anchor: fix.from + fix.insert.length },
    scrollIntoView: true,
    userEvent: 'input',
  });
  return true;
}
