// Wrapped lines continue under their text, not at the left edge: each line gets a class for its
// indentation (a class, not a style attribute, which a Content Security Policy would refuse), and
// the theme gives every class a hanging indent.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

const MAX = 40;
const marks = Array.from({ length: MAX + 1 }, (_, n) => Decoration.line({ class: `cm-hang-${n}` }));

/** Where a wrapped line's text continues: under the value, after the indentation and any "- ". */
export function hangOf(line: string): number {
  const lead = /^( *)((?:- +)*)/.exec(line)!;
  return Math.min(MAX, lead[1]!.length + lead[2]!.length + 2);
}

function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      builder.add(line.from, line.from, marks[hangOf(line.text)]!);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const rules: Record<string, Record<string, string>> = {};
for (let n = 0; n <= MAX; n++) rules[`.cm-line.cm-hang-${n}`] = { paddingLeft: `calc(${n}ch + 6px)`, textIndent: `-${n}ch` };

export const hangingIndent = [
  ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorate(view);
      }
      update(u: ViewUpdate) {
        if (u.docChanged || u.viewportChanged) this.decorations = decorate(u.view);
      }
    },
    { decorations: (v) => v.decorations },
  ),
  EditorView.theme(rules),
];
