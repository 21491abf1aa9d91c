// The editor's marks and draft, without a browser: errors placed on the lines the loader names;
// the blank template is a valid scenario; the draft's file name comes from its id.
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { balanceReport } from '../../../src/app/balance';
import { playRange } from '../../../src/cli/batch/games';
import { summarizeBatch } from '../../../src/cli/batch/report';
import { indexScenario } from '../../../src/engine';
import { loadScenario } from '../../../src/scenario/load';
import { draftFileName } from '../../../src/ui/editor/editorScreen';
import { toDiagnostics } from '../../../src/ui/editor/lintSource';
import { BLANK_TEMPLATE } from '../../../src/ui/editor/templates';

describe('marks', () => {
  it('marks each error from the first character to the end of the line the loader names', () => {
    const text = BLANK_TEMPLATE.replace('target: china', 'target: chinx');
    const result = loadScenario(text, 'draft.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const doc = Text.of(text.split('\n'));
    const [d] = toDiagnostics(doc, result.errors);
    const line = text.split('\n').findIndex((l) => l.includes('target: chinx')) + 1;
    expect(doc.lineAt(d!.from).number).toBe(line);
    expect(doc.sliceString(d!.from, d!.to)).toBe('target: chinx');
    expect(d!.message).toMatch(/^options\[0\]\.target: no actor "chinx"/);
  });

  it("marks a valid draft's warnings as warnings, on their lines", () => {
    // The template's success asks for development 48 or more: on a track that stops at 40, never.
    const text = BLANK_TEMPLATE.replace('    start: 30', '    start: 30\n    max: 40');
    const result = loadScenario(text, 'draft.yaml');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const doc = Text.of(text.split('\n'));
    const ds = toDiagnostics(doc, result.warnings, 'warning');
    expect(ds.map((d) => [d.severity, doc.sliceString(d.from, d.to)])).toEqual([['warning', 'when: { all: [{ track: development, gte: 48 }, { track: dependence, lte: 52 }] }']]);
    expect(ds[0]!.message).toBe('endings[1].when.all[0]: this condition can never hold: no value of the track "development" (from 0 to 40) meets { gte: 48 }');
  });

  it('puts an error of the whole file, or past the end, on a line that exists', () => {
    const doc = Text.of(['a: 1', 'b: 2']);
    const ds = toDiagnostics(doc, [
      { file: 'f', path: '(file)', message: 'the file has no content' },
      { file: 'f', line: 99, path: 'x', message: 'far away' },
    ]);
    expect(ds.map((d) => [doc.lineAt(d.from).number, d.message])).toEqual([
      [1, 'the file has no content'],
      [2, 'x: far away'],
    ]);
  });
});

describe('the draft', () => {
  it('starts from a blank template that is already a valid scenario', () => {
    const result = loadScenario(BLANK_TEMPLATE, 'my-scenario.yaml');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('starts from a game already: the play-test\'s four targets pass on the blank template (100 games per bot, as the editor plays it)', () => {
    const loaded = loadScenario(BLANK_TEMPLATE, 'my-scenario.yaml');
    if (!loaded.ok) throw new Error('the template does not load');
    const index = indexScenario(loaded.scenario, loaded.hash);
    const [random, greedy] = (['random', 'greedy'] as const).map((bot) => summarizeBatch(playRange(index, bot, 'balance', 1, 100), index, { bot, seedBase: 'balance', workers: 1, milliseconds: 0 }));
    const report = balanceReport(index.scenario, random!, greedy!);
    expect(report.targets.map((t) => [t.target, t.pass, t.figure]).filter(([, pass]) => !pass)).toEqual([]);
  });

  it('is named after its scenario id', () => {
    expect(draftFileName('format: x\nid: amur-summit # the id\n')).toBe('amur-summit.yaml');
    expect(draftFileName('title: no id yet')).toBe('my-scenario.yaml');
    expect(draftFileName('id: "../../etc/passwd"')).toBe('my-scenario.yaml');
  });
});
