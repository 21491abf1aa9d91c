// "Write a scenario": the YAML editor with the scenario check's marks as you type, completion of
// fields and ids, and beside it the board preview, the turn calendar and the play-test. The draft
// is kept in the browser's storage; it can be downloaded, or played at once. This module and
// CodeMirror are loaded only when the editor opens.
import './editor.css';
import { autocompletion } from '@codemirror/autocomplete';
import { enterAfterWholeWord } from './enterAfterWholeWord';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { downloadText, readTextFile, safeFileName } from '../../app/browser/files';
import type { ShippedScenario } from '../../app/browser/scenarios';
import { announce } from '../announce';
import { button, h } from '../dom';
import { docLink } from './docLink';
import { analysisClient } from './analysisClient';
import type { Analysis } from './analysisProtocol';
import type { TextFix } from '../../scenario/errors';
import { plural } from '../../scenario/plural';
import { calendarTable } from './calendarPanel';
import { indexScenario } from '../../engine';
import { scenarioCompletion } from './completionSource';
import type { DocumentIds } from './documentIds';
import { debouncedDraftWriter, keepReplacedDraft, readDraft, readReplacedDraft, type Draft } from './draftStore';
import { createEditor, replaceText } from './editorView';
import { applyFix } from './applyFix';
import { scenarioLinter } from './lintSource';
import { playTestPanel } from './playTestPanel';
import { problemItems } from './problemList';
import { previewPanel } from './previewPanel';
import { sideTabs } from './sidePanels';
import { BLANK_TEMPLATE, templates, type Template } from './templates';

/** A draft played: started, its errors as lines, or `kept`: the player kept the saved game it would replace. */
export type DraftPlay = { ok: true } | { ok: false; errors: string[] } | { ok: false; kept: true };

export interface EditorActions {
  back(): void;
  /** Loads the text as a scenario file and starts a game of it. */
  play(text: string, fileName: string): Promise<DraftPlay>;
}

/** The name the draft downloads as and is played under: its scenario id, e.g. my-scenario.yaml. */
export function draftFileName(text: string): string {
  const id = /^id:\s*["']?([a-z][a-z0-9-]{0,47})["']?\s*(#.*)?$/m.exec(text)?.[1];
  return `${safeFileName(id ?? 'my-scenario') || 'my-scenario'}.yaml`;
}

/** The draft a replacement took the place of, as a choice of "Start from". */
function previousDraftChoice(draft: Draft): Template {
  const when = draft.savedAt.slice(0, 16).replace('T', ' ');
  return { key: 'previous-draft', label: `Your previous draft (${draft.fileName}, replaced ${when} UTC)`, load: () => Promise.resolve(draft.text) };
}

export function mountEditorScreen(root: HTMLElement, shipped: readonly ShippedScenario[], actions: EditorActions): () => void {
  const saved = readDraft();
  let text = saved?.text ?? BLANK_TEMPLATE;
  const client = analysisClient('draft.yaml');
  const writer = debouncedDraftWriter((ok) => {
    saveNote.textContent = ok ? '✓ Saved in this browser' : '⚠ This browser refused to keep the draft (storage full or off): download it to keep it.';
  });

  const saveNote = h('span', { class: 'small muted', attrs: { 'data-testid': 'save-note' } }, saved ? '✓ Your draft, as you left it' : 'A blank template: start from it or from a shipped scenario');
  // `data-state` is "checking" from a change until its analysis arrives: the list is then dimmed.
  const problemsTitle = h('h2', { id: 'problems-title', class: 'editor-problems-title', attrs: { 'data-state': 'checking', 'aria-live': 'polite' } }, 'Checking…');
  const problems = h('ul', { class: 'editor-problems', attrs: { 'data-testid': 'problems' } });
  const playReport = h('div', { class: 'file-report' });

  const choices = templates(shipped);
  const startFrom = h('select', { id: 'start-from' });
  // The editor holds a draft of one's own (kept, or started from a choice), or the blank template.
  let ownDraft = saved !== null;
  // The choices, the draft a replacement took the place of first: kept past a reload, where Ctrl-Z is not.
  const fillStartFrom = () => {
    const replaced = readReplacedDraft();
    const all = replaced ? [previousDraftChoice(replaced), ...choices] : choices;
    // Over a draft of one's own nothing is chosen: a title shown there read as the draft's own. The
    // blank template, where the editor holds it, is said as such.
    startFrom.replaceChildren(...(ownDraft ? [h('option', { value: '' }, 'Choose one…')] : []), ...all.map((c) => h('option', { value: c.key }, c.label)));
    startFrom.value = ownDraft ? '' : 'blank';
    return all;
  };
  let startChoices = fillStartFrom();

  const preview = previewPanel();
  // One note above the table: said once however many checks with errors come (not one per check).
  const calendarStale = h('p', { class: 'small muted', hidden: true, attrs: { 'data-testid': 'calendar-stale' } }, 'The draft has errors: this is the calendar of its last valid version.');
  const calendarBody = h('div', null, h('p', { class: 'muted' }, 'The calendar appears once the draft has no errors.'));
  const calendar = h('div', { class: 'editor-calendar-slot', attrs: { 'data-testid': 'calendar' } }, calendarStale, calendarBody);
  const playTest = playTestPanel();
  const tabs = sideTabs([
    { key: 'preview', label: 'Board preview', panel: preview.element, onShow: () => preview.attach(), onHide: () => preview.detach() },
    { key: 'calendar', label: 'Calendar', panel: calendar },
    { key: 'playtest', label: 'Play-test', panel: playTest.element },
  ]);

  const editorHost = h('div', { class: 'editor-host', attrs: { 'data-testid': 'editor' } });
  const view: EditorView = createEditor(editorHost, {
    text,
    label: 'Scenario draft (YAML)',
    onChange: (t) => {
      text = t;
      // Typed or pasted over the template, the draft is one's own: "Start from" no longer names the template.
      if (!ownDraft) {
        ownDraft = true;
        startChoices = fillStartFrom();
      }
      writer.write(t, draftFileName(t));
      saveNote.textContent = 'Saving…';
      problemsTitle.dataset.state = 'checking';
    },
    extensions: [scenarioLinter(client), enterAfterWholeWord, autocompletion({ override: [scenarioCompletion(() => ids)], icons: false })],
  });

  // The ids of the last version that parsed: a half-typed line must not empty the completions.
  let ids: DocumentIds | null = null;
  client.onAnalysis((a) => {
    ids = a.ids ?? ids;
    showAnalysis(a);
  });

  function showAnalysis(a: Analysis): void {
    const n = a.errors.length;
    const w = a.warnings.length;
    const warned = w === 0 ? '' : ` (${plural(w, 'warning')}: the game plays it, but see ${w === 1 ? 'it' : 'them'} below)`;
    const title = n === 0 ? `✓ No problems: this is a valid scenario${warned}` : `${n} problem${n === 1 ? '' : 's'}`;
    // Only a change is written (and so announced): not the same words after every pause in typing.
    if (problemsTitle.textContent !== title) problemsTitle.textContent = title;
    problemsTitle.classList.toggle('ok', n === 0);
    // An answer for an older text (the newer one is on its way) keeps the "checking" state.
    if (client.latestText === text) problemsTitle.dataset.state = 'done';
    // The draft these problems are of: the one in the editor once its check is in (fixDraft).
    const checked = problemsTitle.dataset.state === 'done' ? view.state.doc : null;
    problems.replaceChildren(...problemItems(a.errors, a.warnings, { goToLine, fix: (fix) => fixDraft(checked, fix) }));
    const fileName = draftFileName(text);
    playTest.setDraft(a.valid ? { scenario: a.valid.scenario, hash: a.valid.hash } : null, fileName);
    if (a.valid) {
      preview.show(a.valid.board, a.valid.scenario.title);
      calendarBody.replaceChildren(calendarTable(a.valid.calendar, indexScenario(a.valid.scenario, a.valid.hash)));
    } else preview.show(null);
    calendarStale.hidden = a.valid !== null || !calendarBody.querySelector('table');
  }

  function fixDraft(checked: Text | null, fix: TextFix): boolean {
    const done = checked !== null && applyFix(view, checked, fix);
    if (done) view.focus();
    else announce('The draft has changed since it was checked: see the list again in a moment.');
    return done;
  }

  function goToLine(line: number): void {
    const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
    view.dispatch({ selection: { anchor: l.from }, scrollIntoView: true });
    view.focus();
  }

  async function restart(): Promise<void> {
    const choice = startChoices.find((c) => c.key === startFrom.value);
    if (!choice) {
      saveNote.textContent = 'Choose in the list what to start from: your draft is unchanged';
      announce(saveNote.textContent);
      startFrom.focus();
      return;
    }
    // Loaded first: bringing back the previous draft keeps the one it replaces in its place.
    replaceDraft(await choice.load(), `starts from ${choice.label}`, `Started from ${choice.label}`);
  }

  /** The draft replaced by `next`, the one it replaces kept for "Start from"; `now` and `done` say what it is now. */
  function replaceDraft(next: string, now: string, done: string): void {
    const kept = keepReplacedDraft(text, draftFileName(text));
    ownDraft = true;
    replaceText(view, next);
    // Saved now, so that the note below stays until the next change ("Saved" took its place at once).
    writer.flush();
    const back = kept ? '; “Start from” keeps your previous draft, even after a reload' : '';
    startChoices = fillStartFrom();
    announce(`The draft now ${now}. Undo (Ctrl-Z) brings back the previous text${back}.`);
    saveNote.textContent = `${done}; Ctrl-Z brings back the previous text${back}`;
    view.focus();
  }

  // A scenario file of one's own, read as the start screen reads it (its size, its encoding).
  const openFile = h('input', {
    id: 'editor-open-file',
    type: 'file',
    hidden: true, // the button opens it
    attrs: { accept: '.yaml,.yml,.json,application/json,text/yaml' },
    on: {
      change: () => {
        const file = openFile.files?.[0];
        openFile.value = '';
        if (!file) return;
        void readTextFile(file).then((read) => {
          if (read.ok) replaceDraft(read.text, `is ${file.name}`, `Opened ${file.name}`);
          else {
            saveNote.textContent = `${file.name} was not opened: ${read.reason}. Your draft is unchanged`;
            announce(saveNote.textContent);
          }
        });
      },
    },
  });

  async function play(): Promise<void> {
    writer.flush();
    playReport.replaceChildren(h('p', { class: 'muted' }, 'Loading the draft…'));
    const result = await actions.play(text, draftFileName(text));
    if (result.ok) return;
    if ('kept' in result) return void playReport.replaceChildren(h('p', { class: 'muted' }, 'Your saved game was kept: the draft was not started.'));
    playReport.replaceChildren(
      h(
        'section',
        { class: 'errors', attrs: { 'aria-labelledby': 'play-errors-title' } },
        h('h3', { id: 'play-errors-title', tabIndex: -1 }, 'The draft cannot be played yet: fix these first'),
        h('ul', { class: 'error-lines' }, result.errors.map((line) => h('li', null, h('code', null, line)))),
      ),
    );
    (playReport.querySelector('h3') as HTMLElement).focus();
  }

  const screen = h(
    'div',
    { class: 'screen editor-screen' },
    h(
      'header',
      { class: 'editor-head' },
      h('div', null, h('h1', { id: 'editor-title', tabIndex: -1 }, 'Write a scenario'), h('p', { class: 'small muted' }, 'YAML, as described in ', docLink('scenario-format', 'the scenario format'), ' (and ', docLink('editor', 'this editor'), '). Mistakes are marked on their line as you type; Ctrl-Space offers fields and ids.')),
      h(
        'div',
        { class: 'editor-actions' },
        button('← Start screen', () => actions.back(), { class: 'secondary', key: 'editor-back' }),
        button('Download', () => downloadText(draftFileName(text), text, 'text/yaml'), { class: 'secondary', key: 'editor-download' }),
        button('Play it now', () => void play(), { class: 'primary', key: 'editor-play' }),
      ),
    ),
    playReport,
    h(
      'div',
      { class: 'editor-start-from' },
      h('label', { attrs: { for: 'start-from' } }, 'Start from'),
      startFrom,
      button('Replace the draft with it', () => void restart(), { class: 'secondary', key: 'editor-start-from' }),
      button('Open a file…', () => openFile.click(), { class: 'secondary', key: 'editor-open-file' }),
      openFile,
      saveNote,
    ),
    h(
      'main',
      { class: 'editor-main' },
      h(
        'section',
        { class: 'editor-pane', attrs: { 'aria-labelledby': 'problems-title' } },
        editorHost,
        h('p', { class: 'small muted editor-keys', id: 'editor-keys' }, 'Keyboard: Tab indents inside the editor. To move on to the next control, press Escape, then Tab. Ctrl-Space: completions; F8: next problem.'),
        h('div', { class: 'panel editor-problems-panel' }, problemsTitle, problems),
      ),
      h('aside', { class: 'editor-side panel', attrs: { 'aria-label': 'Preview, calendar and play-test' } }, tabs.element),
    ),
  );
  root.replaceChildren(screen);
  tabs.select('preview');
  void client.analyse(text);
  (screen.querySelector('#editor-title') as HTMLElement).focus();

  // Leaving the page keeps the last keystrokes too.
  const flush = () => writer.flush();
  window.addEventListener('pagehide', flush);
  return () => {
    window.removeEventListener('pagehide', flush);
    writer.flush();
    playTest.dispose();
    preview.detach();
    client.dispose();
    view.destroy();
  };
}
