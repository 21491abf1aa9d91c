// A character typed over a selection of several lines is written by the editor itself. Left to the
// browser, its own editing deletes across the lines' elements and, to keep the look of what it
// joins, wraps it in inline styles, which the page's Content-Security-Policy (style-src 'self')
// refuses: a console error for each, before CodeMirror draws the lines again from its text.
// (CodeMirror's keymap already makes Enter, Backspace and Delete over a selection itself.)
import { EditorView } from '@codemirror/view';

const spansLines = (view: EditorView) =>
  view.state.selection.ranges.some((r) => !r.empty && view.state.doc.lineAt(r.from).number !== view.state.doc.lineAt(r.to).number);

export const typeOverLines = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== 'insertText' || event.isComposing || event.data === null || !spansLines(view)) return false;
    event.preventDefault();
    const text = event.data;
    const { from, to } = view.state.selection.main;
    const typed = () => view.state.update(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
    // The editor's input handlers (closing brackets) first, as for any character typed.
    if (!view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, text, typed))) view.dispatch(typed());
    return true;
  },
});
