// The start screen: the shipped scenarios, a seed, Start; resume a saved game; load a scenario
// file or a game record file, or a class's record files to compare. Errors in files are shown as
// lines of text, never as HTML.
import type { ShippedScenario } from '../app/browser/scenarios';
import type { ComputerPlayer } from '../net/protocol';
import { plural } from '../scenario/plural';
import { MAX_SEED_LENGTH, cleanSeed, randomSeed } from '../app/browser/url';
import type { ReadSave } from '../app/browser/storage';
import { savedGameEnded } from '../app/browser/newGameOverSave';
import { isModuleLoadFailure } from '../app/browser/moduleLoads';
import { LOAD_FAILURE_WORDS } from './loadFailureNotice';
import { announce } from './announce';
import { button, h, type Child } from './dom';
import { classStartPanel } from './class/classStartPanel';
import { hotSeatOption } from './seats/hotSeatOption';
import { teacherNotesPanel } from './teacherNotes';
import { showDiscarded } from './discardedSave';
import { END_TURN_KEYS, PROPOSALS_KEYS } from './play/playKeys';
import { scenarioSpan, scenarioText } from './scenarioText';

/** A scenario the player may start: shipped, or loaded from a file in this page. */
export interface StartChoice {
  key: string;
  title: string;
  summary: string;
  /** The scenario's notes for teachers, shown under "For teachers" while it is chosen. */
  teacherNotes?: readonly string[];
  /** The language of its texts (its `language`): its title, summary and notes are marked with it. */
  language?: string;
  fromFile?: string;
}

/** A record file opened: replayed, or refused with why, and with its turns that match when some do (a record changed by hand). */
export type RecordFileResult = { ok: true } | { ok: false; title: string; errors: string[]; goodTurns?: { label: string; open(): void } };

export interface StartActions {
  /** `hotSeat`: other states may be given to people on this device (chosen next). */
  start(choiceKey: string, seed: string, hotSeat: boolean): void;
  resume(): void;
  /** Resumes a save whose later turns no longer replay at the end of its last good turn. */
  resumeAtLastGoodTurn(): void;
  /** Discards the saved game; returns its Undo, which says whether it could put the game back. */
  discardSave(): () => boolean;
  /** `warnings`: the valid file's warnings (load.ts), one line each. */
  loadScenarioFile(file: File): Promise<{ ok: true; choice: StartChoice; warnings: string[] } | { ok: false; title: string; errors: string[] }>;
  loadRecordFile(file: File): Promise<RecordFileResult>;
  /** The class view: several students' record files of one scenario, compared. */
  compareRecordFiles(files: File[]): Promise<{ ok: false; title: string; errors: string[] } | { ok: true }>;
  /** The scenario editor (its code is loaded only then). */
  openEditor(): void;
  /** A class game over the network (src/ui/class/): host the chosen scenario and seed, or join one. */
  hostClass(choiceKey: string, seed: string, turnSeconds: number, computer: ComputerPlayer): void;
  joinClass(): void;
  reopenClass(code: string, teacherToken: string): void;
}

export interface StartOptions {
  shipped: readonly ShippedScenario[];
  extra: readonly StartChoice[];
  save: ReadSave;
  selected?: string;
  seed?: string;
  /** The hot-seat box ticked (back from the choice of seats). */
  hotSeat?: boolean;
  /** After Resume failed: the saved game's panel takes the focus and its problem is read out. */
  focusSave?: boolean;
  /**
   * The screen the player comes back from, by their own choice: from a game (Quit to start) the
   * saved game's panel takes the focus and says it is kept; from a debrief (New game) the new
   * game's heading. Else the focus was left on the page's body, and nothing was said.
   */
  cameFrom?: 'game' | 'debrief';
  /** A message to show at the top (a bad link, a save that could not be resumed…). */
  message?: { text: string; lines?: string[] };
  /** The record file replayed last in this visit, to open again at the turn it was left at. */
  lastReplayed?: { fileName: string; turn: number; open(): void };
}

export function mountStartScreen(root: HTMLElement, options: StartOptions, actions: StartActions): () => void {
  const choices: StartChoice[] = [...options.shipped.map((s) => ({ key: `shipped:${s.id}`, title: s.title, summary: s.summary, teacherNotes: s.teacherNotes, language: s.language })), ...options.extra];
  let selected = options.selected && choices.some((c) => c.key === options.selected) ? options.selected : choices[0]?.key;

  const seedInput = h('input', {
    id: 'seed',
    type: 'text',
    value: options.seed ?? randomSeed(),
    attrs: { maxlength: MAX_SEED_LENGTH, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'seed-help' },
  });
  const seedError = h('p', { class: 'field-error', id: 'seed-error', hidden: true });
  const hotSeat = hotSeatOption(options.hotSeat);
  const scenarioList = h('div', { class: 'scenario-list', attrs: { role: 'radiogroup', 'aria-labelledby': 'choose-title' } });
  const fileReport = h('div', { class: 'file-report', attrs: { 'aria-live': 'off' } });
  const recordReport = h('div', { class: 'file-report' });
  const classReport = h('div', { class: 'file-report' });
  // "For teachers": the chosen scenario's notes, redrawn when another scenario is chosen.
  const notesSlot = h('div', { class: 'teacher-notes-slot' });
  function drawNotes(): void {
    const choice = choices.find((c) => c.key === selected);
    const count = choice?.teacherNotes?.length ?? 0;
    const panel = choice ? teacherNotesPanel(choice.teacherNotes, 'teacher-notes-title', { collapsed: ['How to run “', scenarioSpan(choice.language, choice.title), `” in class: ${count} note${count === 1 ? '' : 's'}`], language: choice.language }) : null;
    notesSlot.replaceChildren(...(panel ? [panel] : []));
  }

  function drawChoices(): void {
    // Named by the title alone, the summary its description: the whole paragraph as a name was
    // read at every arrow key.
    scenarioList.replaceChildren(
      ...choices.map((c, i) =>
        h(
          'label',
          { class: `scenario-choice${c.key === selected ? ' selected' : ''}` },
          h('input', {
            type: 'radio',
            value: c.key,
            attrs: { name: 'scenario', checked: c.key === selected, 'data-testid': `choice-${c.key}`, 'aria-labelledby': `choice-title-${i}`, 'aria-describedby': `choice-summary-${i}` },
            on: {
              change: (e) => {
                selected = c.key;
                for (const el of scenarioList.querySelectorAll('.scenario-choice')) el.classList.toggle('selected', el.querySelector('input')!.checked);
                drawNotes();
                // The card left folds its summary, which moved the one chosen by an arrow key up out of the window (200 % zoom).
                (e.target as HTMLElement).scrollIntoView({ block: 'nearest' });
              },
            },
          }),
          h('span', { class: 'choice-text' }, h('span', { class: 'choice-title', id: `choice-title-${i}` }, scenarioSpan(c.language, c.title), c.fromFile ? h('span', { class: 'muted' }, ` — from ${c.fromFile}`) : null), scenarioText(c.language, 'span', { class: 'choice-summary', id: `choice-summary-${i}` }, c.summary)),
        ),
      ),
    );
  }

  function start(): void {
    const chosen = chosenGame();
    if (chosen) actions.start(chosen.key, chosen.seed, hotSeat.checked());
  }

  /** The scenario and seed chosen, or null (the seed's problem said) when the seed is not usable. */
  function chosenGame(): { key: string; seed: string } | null {
    const seed = cleanSeed(seedInput.value);
    if (seed === null) {
      seedError.textContent = `Type a seed of 1 to ${MAX_SEED_LENGTH} characters (letters, digits, spaces, punctuation), or press “New random seed”.`;
      seedError.hidden = false;
      seedInput.setAttribute('aria-invalid', 'true');
      seedInput.setAttribute('aria-describedby', 'seed-help seed-error');
      seedInput.focus();
      announce(seedError.textContent);
      return null;
    }
    const checked = scenarioList.querySelector<HTMLInputElement>('input[name="scenario"]:checked');
    const key = checked?.value ?? selected;
    return key ? { key, seed } : null;
  }

  /** A titled list of a file's lines (errors, or a valid file's warnings), each shown as text. */
  function lineReport(kind: 'errors' | 'warnings', id: string, title: string, lines: readonly string[]): HTMLElement {
    return h(
      'section',
      { class: kind, attrs: { 'aria-labelledby': id } },
      h('h3', { id, tabIndex: -1 }, title),
      h('ul', { class: 'error-lines', tabIndex: 0, attrs: { 'data-testid': kind === 'errors' ? 'error-lines' : 'warning-lines', 'aria-labelledby': id } }, lines.map((line) => h('li', null, h('code', null, line)))),
    );
  }

  /** What a valid file holds that is most likely not what its author meant (a part that can never come into play, a text cut short): it plays all the same. */
  function warningReport(lines: readonly string[]): HTMLElement {
    const n = lines.length;
    return lineReport('warnings', 'scenario-warnings-title', `${plural(n, 'warning')}: this file plays, but ${n === 1 ? 'this is' : 'these are'} most likely not what you meant`, lines);
  }

  function errorReport(target: HTMLElement, id: string, title: string, lines: readonly string[]): void {
    target.replaceChildren(lineReport('errors', id, title, lines));
    announce(`${title}. ${lines.slice(0, 3).join(' ')}`);
    (target.querySelector('h3') as HTMLElement).focus();
  }

  /**
   * Waits for a file's reading, then `then`. The readers answer every bad file in words; should one
   * throw all the same (a part of the game not fetched, or a bug), the report says so rather than
   * "Reading…" for ever.
   */
  function whenRead<T>(reading: Promise<T>, input: HTMLInputElement, target: HTMLElement, id: string, what: string, then: (result: T) => void): void {
    reading.then(
      (result) => {
        input.value = '';
        then(result);
      },
      (e: unknown) => {
        input.value = '';
        // A part of the game the reader needs could not be fetched: not the file's fault, nor a bug.
        const why = isModuleLoadFailure(e) ? `${LOAD_FAILURE_WORDS} Reload the page, then choose the file again.` : `${e instanceof Error ? e.message : String(e)}: this is a bug in Pivot East; please report it with the file`;
        errorReport(target, id, `${what} could not be read`, [why]);
      },
    );
  }

  const scenarioFile = h('input', {
    id: 'scenario-file',
    type: 'file',
    attrs: { accept: '.yaml,.yml,.json,application/json,text/yaml' },
    on: {
      change: () => {
        const file = scenarioFile.files?.[0];
        if (!file) return;
        fileReport.replaceChildren(h('p', { class: 'muted' }, `Checking ${file.name}…`));
        whenRead(actions.loadScenarioFile(file), scenarioFile, fileReport, 'scenario-errors-title', file.name, (r) => {
          if (!r.ok) {
            errorReport(fileReport, 'scenario-errors-title', r.title, r.errors);
            return;
          }
          const existing = choices.findIndex((c) => c.key === r.choice.key);
          if (existing >= 0) choices.splice(existing, 1, r.choice);
          else choices.push(r.choice);
          selected = r.choice.key;
          drawChoices();
          drawNotes();
          fileReport.replaceChildren(h('p', { class: 'ok-note' }, `✓ ${r.choice.fromFile} is a valid scenario: “`, scenarioSpan(r.choice.language, r.choice.title), '”. It is selected above; press Start.'));
          const warnings = r.warnings.length > 0 ? warningReport(r.warnings) : null;
          if (warnings) fileReport.append(warnings);
          announce(`${r.choice.fromFile} loaded and selected: ${r.choice.title}.${warnings ? ` ${warnings.querySelector('h3')!.textContent}.` : ''}`);
          scenarioList.querySelector<HTMLInputElement>('input:checked')?.focus();
        });
      },
    },
  });

  const recordFile = h('input', {
    id: 'record-file',
    type: 'file',
    attrs: { accept: '.json,application/json' },
    on: {
      change: () => {
        const file = recordFile.files?.[0];
        if (!file) return;
        recordReport.replaceChildren(h('p', { class: 'muted' }, `Reading ${file.name}…`));
        whenRead(actions.loadRecordFile(file), recordFile, recordReport, 'record-errors-title', file.name, (r) => {
          if (r.ok) return;
          errorReport(recordReport, 'record-errors-title', r.title, r.errors);
          if (r.goodTurns) recordReport.append(button(r.goodTurns.label, r.goodTurns.open, { class: 'secondary', key: 'record-good-turns' }));
        });
      },
    },
  });

  const classFiles = h('input', {
    id: 'class-files',
    type: 'file',
    attrs: { accept: '.json,application/json,.yaml,.yml', multiple: true, 'aria-describedby': 'class-files-help' },
    on: {
      change: () => {
        const files = [...(classFiles.files ?? [])];
        if (files.length === 0) return;
        classReport.replaceChildren(h('p', { class: 'muted' }, `Checking ${files.length} file${files.length === 1 ? '' : 's'}…`));
        whenRead(actions.compareRecordFiles(files), classFiles, classReport, 'class-errors-title', files.length === 1 ? files[0]!.name : `${files.length} files`, (r) => {
          if (!r.ok) errorReport(classReport, 'class-errors-title', r.title, r.errors);
        });
      },
    },
  });

  const saveSection = (): Child => {
    const save = options.save;
    if (save.kind === 'none') return null;
    if (save.kind === 'broken' && save.recover) return recoverSection(save.reason, save.recover, actions, discard);
    if (save.kind === 'broken') {
      return h(
        'section',
        { class: 'panel resume broken', attrs: { 'aria-labelledby': 'resume-title' } },
        h('h2', { id: 'resume-title', tabIndex: -1 }, 'Saved game'),
        h('p', { attrs: { 'data-testid': 'save-problem' } }, `The saved game cannot be resumed: ${save.reason}.`),
        button('Discard the saved game', discard, { class: 'secondary', key: 'discard-save' }),
      );
    }
    const record = save.save.record as { scenario?: { title?: unknown }; seed?: unknown };
    const title = typeof record.scenario?.title === 'string' ? record.scenario.title : 'a scenario';
    // A game played to its end opens at its debrief: there is nothing to continue.
    const over = savedGameEnded(save);
    return h(
      'section',
      { class: 'panel resume', attrs: { 'aria-labelledby': 'resume-title' } },
      h('h2', { id: 'resume-title', tabIndex: -1 }, over ? 'Your last game' : 'Continue your game'),
      h('p', null, h('strong', null, title), save.save.where ? ` — ${save.save.where}` : '', typeof record.seed === 'string' ? h('span', { class: 'muted' }, ` (seed ${record.seed})`) : null),
      h('div', { class: 'row' }, button(over ? 'See its debrief' : 'Resume', () => actions.resume(), { class: 'primary', key: 'resume' }), button('Discard', discard, { class: 'secondary', key: 'discard-save' })),
    );
  };

  const savePanel = saveSection() as HTMLElement | null;
  function discard(): void {
    const what = options.save.kind === 'ok' ? (savePanel?.querySelector('p')?.textContent ?? 'your game') : 'the saved game that could not be resumed';
    if (savePanel) showDiscarded(savePanel, actions.discardSave(), what);
  }

  const message = options.message
    ? h('div', { class: 'notice', attrs: { role: 'alert' } }, h('p', null, options.message.text), options.message.lines?.length ? h('ul', { class: 'error-lines' }, options.message.lines.map((l) => h('li', null, h('code', null, l)))) : null)
    : null;

  drawChoices();
  drawNotes();
  const screen = h(
    'div',
    { class: 'screen start-screen' },
    h(
      'header',
      { class: 'start-head' },
      h('h1', null, 'Pivot East'),
      // Not Russia's alone: a teacher's scenario of another region and player is chosen on this screen too.
      h('p', { class: 'tagline' }, 'A strategy game of diplomacy: Russia’s turn to Asia, 2012–2019, and any region a teacher writes. Govern one state’s policy turn by turn; every other state’s answer can be explained, cited and replayed.'),
      // A student with a code needs this first: on a phone the class panel is two screens down.
      h('p', { class: 'class-shortcut' }, 'In a class with a join code? ', button('Join a class game', () => actions.joinClass(), { class: 'secondary small', key: 'join-class-top' })),
    ),
    h(
      'main',
      { class: 'start-main' },
      message,
      savePanel,
      h(
        'section',
        { class: 'panel new-game', attrs: { 'aria-labelledby': 'new-title' } },
        h('h2', { id: 'new-title', tabIndex: -1 }, 'New game'),
        h(
          'form',
          {
            on: {
              submit: (e) => {
                e.preventDefault();
                start();
              },
            },
          },
          h(
            'div',
            { class: 'new-game-grid' },
            h(
              'div',
              { class: 'choose' },
              h('h3', { id: 'choose-title' }, 'Scenario'),
              choices.length === 0 ? h('p', { class: 'muted' }, 'No scenario is shipped with this build: load a scenario file below.') : scenarioList,
            ),
            h(
              'div',
              { class: 'launch' },
              h(
                'div',
                { class: 'seed-row' },
                h('label', { attrs: { for: 'seed' } }, 'Seed'),
                seedInput,
                button('New random seed', () => {
                  seedInput.value = randomSeed();
                  seedError.hidden = true;
                  seedInput.removeAttribute('aria-invalid');
                  announce(`New seed: ${seedInput.value}`);
                }, { class: 'secondary', key: 'new-seed' }),
              ),
              h('p', { class: 'small muted', id: 'seed-help' }, 'The same scenario, seed and choices always give the same game: a class can share one seed.'),
              seedError,
              hotSeat.element,
              h('button', { type: 'submit', class: 'primary big', attrs: { 'data-testid': 'start' } }, 'Start'),
            ),
          ),
        ),
      ),
      notesSlot,
      classStartPanel(
        {
          host: (seconds, computer) => {
            const chosen = chosenGame();
            if (chosen) actions.hostClass(chosen.key, chosen.seed, seconds, computer);
          },
          join: () => actions.joinClass(),
          reopen: (code, token) => actions.reopenClass(code, token),
        },
        h('div', { class: 'file-report' }),
      ),
      h(
        'section',
        { class: 'panel files', attrs: { 'aria-labelledby': 'files-title' } },
        h('h2', { id: 'files-title' }, 'From a file'),
        h('div', { class: 'file-field' }, h('label', { attrs: { for: 'scenario-file' } }, 'Load a scenario file (YAML or JSON)'), scenarioFile, fileReport),
        h('div', { class: 'file-field' }, h('p', { class: 'small muted', id: 'write-help' }, 'Or write one here: a YAML editor that marks mistakes as you type, with a map preview and a play-test.'), button('Write a scenario', () => actions.openEditor(), { class: 'secondary', key: 'open-editor', attrs: { 'aria-describedby': 'write-help' } })),
        h(
          'div',
          { class: 'file-field' },
          h('label', { attrs: { for: 'record-file' } }, 'Replay a game record (JSON)'),
          recordFile,
          options.lastReplayed ? button(`Back to the replay of ${options.lastReplayed.fileName}, turn ${options.lastReplayed.turn}`, options.lastReplayed.open, { class: 'secondary', key: 'replay-again' }) : null,
          recordReport,
        ),
        h(
          'div',
          { class: 'file-field' },
          h('label', { attrs: { for: 'class-files' } }, 'Compare a class’s games (several record files)'),
          classFiles,
          h('p', { class: 'small muted', id: 'class-files-help' }, 'Choose every student’s record file of one scenario at once (with the scenario’s own file, if it is not one shipped with the game); each is replayed and checked, then endings, scores and choices are compared.'),
          classReport,
        ),
      ),
    ),
    h('footer', { class: 'start-foot small muted' }, `Sources of each scenario are cited in the game. Keyboard: Tab moves between controls, Enter or Space activates them; in a game, ${END_TURN_KEYS} goes to End turn and ${PROPOSALS_KEYS} to your proposals.`),
  );
  root.replaceChildren(screen);
  if (options.focusSave && options.save.kind === 'broken') {
    screen.querySelector<HTMLElement>('#resume-title')?.focus();
    announce([...screen.querySelectorAll('.resume p')].map((p) => p.textContent).join(' '));
  } else if (options.cameFrom === 'game' && options.save.kind === 'ok') {
    screen.querySelector<HTMLElement>('#resume-title')?.focus();
    announce(`Your game is kept in this browser: ${screen.querySelector('.resume p')?.textContent ?? ''}. Resume brings it back.`);
  } else if (options.cameFrom !== undefined) {
    screen.querySelector<HTMLElement>('#new-title')?.focus();
    announce('New game: choose a scenario and a seed, then Start.');
  }
  return () => {};
}

/** A save whose later turns no longer replay: say which, and offer its good turns. */
function recoverSection(reason: string, recover: { goodTurns: number; firstBadTurn: number }, actions: StartActions, discard: () => void): Child {
  const { goodTurns } = recover;
  const good =
    goodTurns === 0
      ? 'None of its turns can be trusted, but its scenario and seed can: the game can start again from turn 1.'
      : `Its first ${goodTurns === 1 ? 'turn replays' : `${goodTurns} turns replay`} exactly: the game can go on from the end of turn ${goodTurns}, and the later moves are dropped.`;
  return h(
    'section',
    { class: 'panel resume broken', attrs: { 'aria-labelledby': 'resume-title' } },
    h('h2', { id: 'resume-title', tabIndex: -1 }, 'Saved game'),
    h('p', { attrs: { 'data-testid': 'save-problem' } }, `The saved game cannot be resumed as it is: ${reason}.`),
    h('p', { attrs: { 'data-testid': 'save-recover' } }, good),
    h(
      'div',
      { class: 'row' },
      button(goodTurns === 0 ? 'Start it again from turn 1' : `Resume at the end of turn ${goodTurns}`, () => actions.resumeAtLastGoodTurn(), { class: 'primary', key: 'resume-good-turns' }),
      button('Discard the saved game', discard, { class: 'secondary', key: 'discard-save' }),
    ),
  );
}
