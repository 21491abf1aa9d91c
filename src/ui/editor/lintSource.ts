// The loader's errors as marks in the editor: each on the line it names, from its first character
// to its end (an error of the file as a whole marks the first line). The check itself runs in the
// analysis worker; CodeMirror's linter waits for the typing to pause before asking.
import type { Text } from '@codemirror/state';
import { linter, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { ScenarioError } from '../../scenario/errors';
import type { AnalysisClient } from './analysisClient';
import { applyFix } from './applyFix';

/** Pause in typing (ms) before the draft is checked again. */
export const LINT_DELAY = 350;

/** One error's text in the editor: the path inside the scenario, then what is wrong. */
export function errorText(e: Pick<ScenarioError, 'path' | 'message'>): string {
  // '(file)' is the loader's FILE_PATH, written out: its module would be split into a chunk of its own.
  return e.path === '(file)' ? e.message : `${e.path}: ${e.message}`;
}

export function toDiagnostics(doc: Text, errors: readonly ScenarioError[], severity: Diagnostic['severity'] = 'error'): Diagnostic[] {
  return errors.map((e) => {
    const line = doc.line(Math.min(Math.max(e.line ?? 1, 1), doc.lines));
    const indent = /^\s*/.exec(line.text)![0].length;
    const from = line.from + Math.min(indent, line.length);
    const { fix } = e;
    const actions = fix && [{ name: fix.label, apply: (view: EditorView) => void applyFix(view, doc, fix) }];
    return { from, to: Math.max(from, line.to), severity, source: 'scenario check', message: errorText(e), ...(actions && { actions }) };
  });
}

export function scenarioLinter(client: AnalysisClient) {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      const analysis = await client.analyse(doc.toString());
      return analysis ? [...toDiagnostics(doc, analysis.errors), ...toDiagnostics(doc, analysis.warnings, 'warning')] : [];
    },
    { delay: LINT_DELAY },
  );
}
