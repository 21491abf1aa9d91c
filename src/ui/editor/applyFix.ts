// A checker's fix (scenario/errors.ts TextFix) written into the draft: one change, undone by Ctrl-Z
// like any typing. Only where the draft still holds what the fix was made for: an answer for an
// older text must not write into a newer one.
import type { EditorView } from '@codemirror/view';
import type { TextFix } from '../../scenario/errors';

/** Applies the fix; false (and nothing changed) when the draft no longer holds what it mends. */
export function applyFix(view: EditorView, fix: TextFix): boolean {
  const { doc } = view.state;
  if (fix.to > doc.length || doc.sliceString(fix.from, fix.to) !== fix.expect) return false;
  view.dispatch({
    changes: { from: fix.from, to: fix.to, insert: fix.insert },
    selection: { anchor: fix.from + fix.insert.length },
    scrollIntoView: true,
    userEvent: 'input',
  });
  return true;
}
