// The editor's list of the draft's problems: each with a button to its line, its text, and, when
// the checker knows the mechanical mend (a text to put in quotes, a space after a dash, a closing
// quote), a button that writes it into the draft.
import type { ScenarioError, TextFix } from '../../scenario/errors';
import { button, h } from '../dom';
import { errorText } from './lintSource';

export interface ProblemActions {
  goToLine(line: number): void;
  /** Writes the fix into the draft; false when the draft changed since it was checked. */
  fix(fix: TextFix): boolean;
}

/** One problem's row: `kind` is the row's test id (problem or warning). */
function problemItem(e: ScenarioError, kind: 'problem' | 'warning', actions: ProblemActions): HTMLElement {
  const where = e.line === undefined ? 'File' : `Line ${e.line}`;
  const { fix } = e;
  return h(
    'li',
    { attrs: { 'data-testid': kind } },
    button(where, () => actions.goToLine(e.line ?? 1), { class: 'small secondary' }),
    ' ',
    h('code', null, (kind === 'warning' ? 'warning: ' : '') + errorText(e)),
    fix ? [' ', button(fix.label, () => actions.fix(fix), { class: 'small', attrs: { 'aria-label': `${fix.label} (${where.toLowerCase()})`, 'data-testid': 'fix' } })] : null,
  );
}

export function problemItems(errors: readonly ScenarioError[], warnings: readonly ScenarioError[], actions: ProblemActions): HTMLElement[] {
  return [...errors.map((e) => problemItem(e, 'problem', actions)), ...warnings.map((e) => problemItem(e, 'warning', actions))];
}
