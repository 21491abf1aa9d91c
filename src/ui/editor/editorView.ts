// The YAML editor: CodeMirror 6 with YAML colouring, completion, the scenario check's marks and a
// theme in the page's colours. It lives in a shadow root: there CodeMirror's styles go into a
// constructed style sheet (adoptedStyleSheets) rather than a <style> element, which a Content
// Security Policy without 'unsafe-inline' styles would block.
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { bracketBomb } from '../../scenario/rawText';
import { hangingIndent } from './hangingIndent';
import { typeOverLines } from './typeOverLines';

const PAGE = {
  bg: '#0b1722',
  panel: '#0f1d2b',
  panel2: '#152638',
  edge: '#2c435a',
  text: '#eef3f8',
  muted: '#b4c2d0',
  accent: '#ffd166',
  primary: '#5aaef5',
  bad: '#f2a65a',
};

const theme = EditorView.theme(
  {
    '&': { color: PAGE.text, backgroundColor: PAGE.bg, height: '100%', fontSize: 'calc(14rem / 15)' }, // 14 px at the usual text size (the root's 15), larger with the reader's
    '&.cm-focused': { outline: `2px solid ${PAGE.accent}`, outlineOffset: '-2px' },
    '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace", lineHeight: '1.5' },
    '.cm-content': { caretColor: PAGE.accent },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: PAGE.accent, borderLeftWidth: '2px' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#2f5377' },
    '.cm-activeLine': { backgroundColor: '#12263a' },
    '.cm-gutters': { backgroundColor: PAGE.panel, color: PAGE.muted, borderRight: `1px solid ${PAGE.edge}` },
    '.cm-activeLineGutter': { backgroundColor: PAGE.panel2, color: PAGE.text },
    '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: `underline wavy ${PAGE.bad}`, textUnderlineOffset: '3px' },
    '.cm-tooltip': { backgroundColor: PAGE.panel2, color: PAGE.text, border: `1px solid ${PAGE.edge}`, borderRadius: '6px' },
    '.cm-tooltip-lint': { maxWidth: '36em' },
    '.cm-diagnostic-error': { borderLeft: `4px solid ${PAGE.bad}` },
    '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace", maxHeight: '16em' },
    '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: PAGE.primary, color: '#06121e' },
    '.cm-completionDetail': { color: PAGE.muted, fontStyle: 'normal', marginLeft: '1em' },
    '.cm-tooltip.cm-completionInfo': { maxWidth: '28em', padding: '6px 8px' },
    '.cm-matchingBracket': { backgroundColor: '#2c435a', outline: `1px solid ${PAGE.muted}` },
  },
  { dark: true },
);

/** YAML colours from the page's palette; keys and values differ by colour and weight. */
const colours = HighlightStyle.define([
  { tag: [t.definition(t.propertyName), t.propertyName], color: '#7cc4f4' },
  { tag: [t.string, t.special(t.string), t.content], color: PAGE.text },
  { tag: [t.number, t.bool, t.null, t.atom], color: PAGE.accent },
  { tag: [t.comment, t.lineComment], color: '#8fa3b8', fontStyle: 'italic' },
  { tag: [t.punctuation, t.separator, t.squareBracket, t.brace], color: PAGE.muted },
  { tag: [t.meta, t.keyword, t.typeName, t.labelName], color: '#cc9cf0' },
  { tag: t.invalid, color: PAGE.bad },
]);

/**
 * The YAML colouring, for a text the check can read: a file thousands of brackets deep (which the
 * check refuses at once) overflowed the stack of the YAML parser's tree, threw at every key and
 * made typing take seconds. Such a text is shown plain until it is nested as a scenario is.
 */
const colouring = new Compartment();
const colouringFor = (text: string): Extension => (bracketBomb(text) === undefined ? yaml() : []);

export interface EditorOptions {
  text: string;
  /** Called after every change of the text. */
  onChange(text: string): void;
  /** The completion and the linter, given by the screen. */
  extensions: Extension[];
  label: string;
}

export function createEditor(host: HTMLElement, options: EditorOptions): EditorView {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        // Long texts (an option's text, a note) wrap rather than run off to the right.
        EditorView.lineWrapping,
        hangingIndent,
        typeOverLines,
        lintGutter(),
        colouring.of(colouringFor(options.text)),
        syntaxHighlighting(colours),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's own way out, said on screen).
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': options.label, spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
        // The colouring follows the text in the same change (only when its verdict changes: none, or the language's).
        EditorState.transactionExtender.of((tr) => {
          if (!tr.docChanged) return null;
          const wanted = colouringFor(tr.newDoc.toString());
          return Array.isArray(wanted) === Array.isArray(colouring.get(tr.startState)) ? null : { effects: colouring.reconfigure(wanted) };
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
        ...options.extensions,
      ],
    }),
  });
  return view;
}

/** Replaces the whole text (a new start), as one undoable change. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}
