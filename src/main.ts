// The page: which screen shows, and the wiring between them, files, links and saves.
import './ui/styles.css';
import { SHIPPED, shippedById } from './app/browser/scenarios';
import { readTextFile } from './app/browser/files';
import { backGoesTo, replaceAddress } from './app/browser/backButton';
import { readSave, type ScenarioSource } from './app/browser/storage';
import { discardSave } from './app/browser/discardSave';
import { planLink } from './app/browser/linkOverSave';
import { holdsUnfinishedGame } from './app/browser/newGameOverSave';
import { randomSeed, readShareHash, type LinkSeats, type SharedGame } from './app/browser/url';
import { workOffline } from './app/browser/offline';
import { watchModuleLoads } from './app/browser/moduleLoads';
import { liveRegion } from './ui/announce';
import { board, prefetchBoardFor, preloadBoard } from './ui/boardHost';
import { mountStartScreen, type RecordFileResult, type StartChoice, type StartOptions } from './ui/startScreen';
import type { ReplayNav } from './ui/replayScreen';
import type { GameRecord } from './app/record';
import type { BrowserGame, LoadedScenario, ScenarioVersionChange } from './ui/gameApp';
import type { ClassData } from './ui/classScreen';
import type { ComputerPlayer } from './net/protocol';
import type { DebriefReader } from './ui/endingScreen';
import type { DraftPlay } from './ui/editor/editorScreen';

const root = document.getElementById('app')!;
let dispose: () => void = () => {};

/** Scenarios loaded from files during this visit, by their key. */
const fromFiles = new Map<string, { fileName: string; text: string; choice: StartChoice }>();

const gameApp = () => import('./ui/gameApp');
const classScreen = () => import('./ui/classScreen');
// Only for files and saves: the YAML parser and the schema library stay off a shipped game's path.
const scenarioLoader = () => import('./app/browser/loader');
const records = () => import('./app/record');
// The scenario editor and CodeMirror: only when "Write a scenario" is pressed.
const scenarioEditor = () => import('./ui/editor/editorScreen');

/**
 * Screens shown so far. A screen's opener that waits (for its code, a file) first takes the count
 * (`since`), and shows nothing if another screen came meanwhile: Back pressed while a game or a
 * replay loaded must not have it shown over the start screen a moment later.
 */
let screens = 0;

/** Shows a screen; `back`: where the browser's Back goes from it (none: Back leaves the page). */
function mount(next: () => () => void, back: (() => void) | null = null): void {
  screens++;
  dispose();
  dispose = () => {};
  window.scrollTo(0, 0);
  dispose = next();
  backGoesTo(back);
}

/**
 * Shows a screen whose opener waited (for its code, a file) since the count was `since`: nothing
 * if another screen was shown meanwhile. Returns whether it was shown.
 */
function showOpened(since: number, title: string, next: () => () => void, back: () => void): boolean {
  if (screens !== since) return false;
  document.title = title;
  mount(next, back);
  return true;
}

function showStart(extra: Partial<StartOptions> = {}): void {
  document.title = 'Pivot East';
  mount(() =>
    mountStartScreen(
      root,
      { shipped: SHIPPED, extra: [...fromFiles.values()].map((f) => f.choice), save: readSave(), ...(lastReplayed ? { lastReplayed: { fileName: lastReplayed.fileName, turn: lastReplayed.turn, open: () => lastReplayed!.open(lastReplayed!.at) } } : {}), ...extra },
      {
        start: (key, seed, hotSeat) => void startGame(key, seed, hotSeat),
        resume: () => void resume(),
        resumeAtLastGoodTurn: () => void resume(true),
        discardSave,
        loadScenarioFile,
        loadRecordFile,
        compareRecordFiles,
        openEditor: () => void showEditor(),
        hostClass: (key, seed, seconds, computer) => void hostClass(key, seed, seconds, computer),
        joinClass: () => void classGame().then((pages) => pages.join()),
        reopenClass: (code, token) => void classGame().then((pages) => pages.reopen(code, token)),
      },
    ),
  );
}

// ---- class games (src/app/browser/classPages.ts, in a chunk of their own loaded only then) -------
const classGame = () => import('./ui/class/classApp').then(({ classPages }) => classPages({ root, mount, showStart, showEnding: (game, reader, back) => void showEnding(game, screens, reader, back ?? null) }));

function hostClass(key: string, seed: string, turnSeconds: number, computer: ComputerPlayer): void {
  const source = sourceOfKey(key);
  if (!source) return showStart({ message: { text: 'That scenario is no longer loaded: load its file again.' } });
  void classGame().then((pages) => pages.host(source, key, seed, turnSeconds, computer));
}

/** The editor's address is `?write`: a reload opens it again, with the draft it keeps (a teacher landed on the start screen). */
async function showEditor(since = screens): Promise<void> {
  const { mountEditorScreen } = await scenarioEditor();
  const leave = () => replaceAddress(location.pathname);
  const back = () => {
    leave();
    showStart();
  };
  const play = async (text: string, fileName: string) => {
    const played = await playDraft(text, fileName);
    if (played.ok) leave();
    return played;
  };
  if (showOpened(since, 'Write a scenario — Pivot East', () => mountEditorScreen(root, SHIPPED, { back, play }), back)) replaceAddress(`${location.pathname}?write`);
}

/** "Play it now" in the editor: the draft goes the way of a loaded scenario file. */
async function playDraft(text: string, fileName: string): Promise<DraftPlay> {
  const since = screens;
  const loaded = await load({ kind: 'file', fileName, text });
  if (!loaded.ok) return loaded;
  rememberFile(fileName, text, loaded.scenario);
  const seed = randomSeed();
  if (!(await mayStartOverSave(loaded.scenario.index.scenario.title, seed))) return { ok: false, kept: true };
  const { newBrowserGame } = await gameApp();
  void play(newBrowserGame(loaded.scenario, seed), since);
  return { ok: true };
}

/** Whether a new game may take the saved game's place: the player is asked when it is unfinished (newGameOverSave.ts). */
async function mayStartOverSave(title: string, seed: string): Promise<boolean> {
  const save = readSave();
  if (!holdsUnfinishedGame(save)) return true;
  const { askReplaceSave } = await import('./ui/replaceSaveDialog');
  const choice = await askReplaceSave(save, {
    description: { before: `This starts a new game of “${title}” with the seed `, seed, after: '.' },
    replaceLabel: 'Start the new game and replace your saved game',
    opening: 'Starting it',
  });
  return choice === 'replace';
}

/** Loads a scenario: a shipped one as checked at build time, a file's through the scenario loader. */
async function load(source: ScenarioSource): Promise<{ ok: true; scenario: LoadedScenario; warnings: string[] } | { ok: false; errors: string[] }> {
  if (source.kind === 'shipped') {
    const shipped = shippedById(source.id);
    if (!shipped) return { ok: false, errors: [`there is no scenario “${source.id}” in this version of the game`] };
    const [{ indexScenario }, data] = await Promise.all([gameApp(), shipped.load()]);
    if (!data.ok) return data;
    return { ok: true, scenario: { index: indexScenario(data.scenario, data.hash), source, fileName: shipped.fileName }, warnings: [] };
  }
  const { loadScenarioText } = await scenarioLoader();
  const result = loadScenarioText(source.text, source.fileName);
  if (!result.ok) return result;
  return { ok: true, scenario: { index: result.index, source, fileName: source.fileName }, warnings: result.warnings };
}

function sourceOfKey(key: string): ScenarioSource | null {
  if (key.startsWith('shipped:')) return { kind: 'shipped', id: key.slice('shipped:'.length) };
  const file = fromFiles.get(key);
  return file ? { kind: 'file', fileName: file.fileName, text: file.text } : null;
}

/**
 * `hotSeat`: ask who plays which state first; `seats`: the seats a share link gives instead
 * (checked by openLink, which has asked about the saved game already: `link`). Otherwise the
 * player keeps an unfinished saved game if they say so, and the start screen stays as it was.
 */
async function startGame(key: string, seed: string, hotSeat = false, seats: LinkSeats = {}, link = false): Promise<void> {
  const source = sourceOfKey(key);
  if (!source) return showStart({ message: { text: 'That scenario is no longer loaded: load its file again.' } });
  const since = screens;
  const loaded = await load(source);
  if (!loaded.ok) return showStart({ message: { text: 'The scenario could not be loaded:', lines: loaded.errors }, selected: key, seed });
  if (!link && (!(await mayStartOverSave(loaded.scenario.index.scenario.title, seed)) || screens !== since)) return;
  const { newBrowserGame, mountSeatChoice } = await gameApp();
  if (!hotSeat) return void play(newBrowserGame(loaded.scenario, seed, seats), since);
  const back = () => showStart({ selected: key, seed, hotSeat: true });
  showOpened(since, 'Who plays which state? — Pivot East', () => mountSeatChoice(root, loaded.scenario.index, { start: (seats) => void play(newBrowserGame(loaded.scenario, seed, seats)), back }), back);
}

async function play(game: BrowserGame, since = screens): Promise<void> {
  const { mountSeatedGame } = await gameApp();
  // The game is saved as it goes: Back, like the menu's way out, leaves it on the start screen to resume.
  // Its scenario stays chosen (the list went back to the first after a game). Saved first: a new
  // game is saved once the page is idle, and one left at once was not yet.
  const quit = () => {
    if (game.savesHere()) game.save();
    showStart({ cameFrom: 'game', selected: keyOf(game.scenario.source), hotSeat: playedWithSeats(game) });
  };
  if (showOpened(since, `${game.index.scenario.title} — Pivot East`, () => mountSeatedGame(root, game, { quit, ended: (g) => void showEnding(g) }), quit)) markPlayable();
}

/** A hot-seat game of this device (people in other seats; a link's bot seats are not): the start screen keeps that box ticked for the next one. */
const playedWithSeats = (game: BrowserGame) => game.savesHere() && Object.values(game.shareSeats()).includes('person');

/**
 * Bench and test hook: `window.__pivotEastPlayable` is the time (ms after navigation) when a play
 * screen first had its End-turn button and its board had rendered a frame with the actors.
 */
function markPlayable(): void {
  void board().drawn.then(() => {
    const w = window as { __pivotEastPlayable?: number };
    if (w.__pivotEastPlayable === undefined && document.querySelector('[data-key="end-turn"]')) w.__pivotEastPlayable = performance.now();
  });
}

/** `back`: the screen the debrief was opened from (a class game's teacher's screen), its button's label; Back goes there too. */
async function showEnding(game: BrowserGame, since = screens, reader: DebriefReader | null = null, back: { label: string; go(): void } | null = null): Promise<void> {
  const { mountEndingScreen } = await gameApp();
  const playAgain = () => {
    // A student's class debrief keeps the game's code in the address (a reload shows it again); the start screen does not.
    if (reader !== null) replaceAddress(location.pathname);
    showStart({ selected: keyOf(game.scenario.source), cameFrom: 'debrief', hotSeat: playedWithSeats(game) });
  };
  showOpened(
    since,
    `Debrief: ${game.index.scenario.title} — Pivot East`,
    () =>
      mountEndingScreen(root, game, {
        playAgain,
        replay: (g) => void showReplay(g.scenario, g.record(), reader === null ? 'This is the game you just played.' : 'This is the class game just played.', { back: () => void showEnding(g, screens, reader, back), label: 'Back to the debrief' }),
        ...(back === null ? {} : { back }),
      }, reader),
    back?.go ?? playAgain,
  );
}

function keyOf(source: ScenarioSource): string {
  if (source.kind === 'shipped') return `shipped:${source.id}`;
  return [...fromFiles.entries()].find(([, f]) => f.text === source.text)?.[0] ?? '';
}

/** Resumes the save; `atLastGoodTurn` cuts a save whose later turns differ to its good turns. */
async function resume(atLastGoodTurn = false): Promise<void> {
  const [{ resumeSave }] = await Promise.all([import('./app/browser/resume'), gameApp()]);
  const resumed = await resumeSave(load, atLastGoodTurn);
  if (!resumed.ok) return showStart({ save: resumed.save, focusSave: true });
  const source = resumed.game.scenario.source;
  if (source.kind === 'file') rememberFile(source.fileName, source.text, resumed.game.scenario);
  void play(resumed.game);
}

function rememberFile(fileName: string, text: string, scenario: LoadedScenario): StartChoice {
  const s = scenario.index.scenario;
  const key = `file:${s.id}`;
  const choice: StartChoice = { key, title: s.title, summary: s.summary, teacherNotes: s.teacherNotes, language: s.language, fromFile: fileName };
  fromFiles.set(key, { fileName, text, choice });
  return choice;
}

async function loadScenarioFile(file: File): Promise<{ ok: true; choice: StartChoice; warnings: string[] } | { ok: false; title: string; errors: string[] }> {
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, title: `${file.name} cannot be used`, errors: [read.error] };
  const loaded = await load({ kind: 'file', fileName: file.name, text: read.text });
  if (!loaded.ok) {
    const n = loaded.errors.length;
    return { ok: false, title: `${n} problem${n === 1 ? '' : 's'} in ${file.name}`, errors: loaded.errors };
  }
  prefetchBoardFor(loaded.scenario.index.scenario);
  return { ok: true, choice: rememberFile(file.name, read.text, loaded.scenario), warnings: loaded.warnings };
}

async function loadRecordFile(file: File): Promise<RecordFileResult> {
  const read = await readTextFile(file);
  const fail = (error: string) => ({ ok: false as const, title: `${file.name} cannot be replayed`, errors: [error] });
  // A picture or a document is said as what it is, in a record's words; a text's encoding by its line.
  if (!read.ok) return fail(read.binary === undefined ? read.error : `${file.name}: ${(await import('./app/recordFileWords')).binaryNotRecord(read.binary)}`);
  const [{ parseRecord }, { replayRecord }, { recordRowName }, { resultChangeNote }] = await Promise.all([records(), gameApp(), import('./app/playerName'), import('./app/replay')]);
  const parsed = parseRecord(read.text);
  if (!parsed.ok) return fail(`${file.name}: ${parsed.error}`);
  const record = parsed.record;
  const fileKey = `file:${record.scenario.id}`;
  const source: ScenarioSource | null = shippedById(record.scenario.id)
    ? { kind: 'shipped', id: record.scenario.id }
    : fromFiles.has(fileKey)
      ? { kind: 'file', fileName: fromFiles.get(fileKey)!.fileName, text: fromFiles.get(fileKey)!.text }
      : null;
  if (!source) return fail(`${file.name}: the record is of the scenario “${record.scenario.title}” (${record.scenario.id}), which is not shipped with the game: load its scenario file first, then the record.`);
  const loaded = await load(source);
  if (!loaded.ok) return fail(`the scenario “${record.scenario.id}” cannot be loaded: ${loaded.errors[0] ?? ''}`);
  // A replay opened from this file, kept as the one to go back to (its good turns' too).
  const replayOpener = (shownRecord: GameRecord, verified: string) => {
    const open = (startAt: number) =>
      void showReplay(loaded.scenario, shownRecord, verified, { back: () => showStart(), label: 'Back to start', fileName: recordRowName(file.name, record), startAt, shown: (at, turn) => (lastReplayed = { fileName: file.name, at, turn, open }) });
    return open;
  };
  const check = replayRecord(record, loaded.scenario.index);
  if (!check.ok) {
    // "turn 3 differs from the record" needs no "turn 3: " before it.
    const reason = check.turn !== null && !check.reason.startsWith(`turn ${check.turn} `) ? `turn ${check.turn}: ${check.reason}` : check.reason;
    const { lastGoodTurn } = await import('./app/lastGoodTurn');
    const good = lastGoodTurn(record, loaded.scenario.index, check);
    const goodTurns = good?.goodTurns ?? 0;
    const why = `A record replays only as it was played: a choice, the seed or the scenario changed since (by hand, or by another version of the game) makes its turns differ from there on.`;
    const problem = fail(`${file.name}: ${reason}`);
    // Without a turn the record failed before replaying any (its seats cannot be played): nothing to explain by turns.
    if (check.turn !== null) problem.errors.push(goodTurns === 0 ? `${why} Not even its first turn matches.` : `${why} ${goodTurns === 1 ? 'Its first turn matches: it' : `Its first ${goodTurns} turns match: they`} can be replayed.`);
    if (good && goodTurns > 0) {
      const verified = `✗ From turn ${good.firstBadTurn} on, the record differs from the game its choices make: shown up to the end of turn ${goodTurns}, the turns that match its checksums.`;
      return { ...problem, goodTurns: { label: `Replay the ${goodTurns === 1 ? 'turn' : `${goodTurns} turns`} that match`, open: () => replayOpener(good.record, verified)(0) } };
    }
    return problem;
  }
  // A result written over after the game: the replay shows the one its moves give, and says so.
  const changed = check.resultChanged;
  const shown = changed ? { ...record, result: changed.replayed } : record;
  replayOpener(shown, await verifiedText(check.turns, check.scenarioVersionChanged, changed && resultChangeNote(changed, loaded.scenario.index)))(0);
  return { ok: true };
}

/**
 * The record file replayed last in this visit, and the turn its reader was at: Back (or "Back to
 * start") leaves a replay for the start screen, which offers to open it again there rather than
 * have the file chosen again.
 */
let lastReplayed: { fileName: string; at: number; turn: number; open(at: number): void } | null = null;

/**
 * "✓ All 4 turns match…", with a note when the record names another version of its scenario, and
 * `resultNote` when the result it states is not its moves' (src/app/replay.ts resultChangeNote).
 */
async function verifiedText(turns: number, change: ScenarioVersionChange | null, resultNote: string | null = null): Promise<string> {
  const { scenarioVersionNote } = await gameApp();
  // A save after its first turn has one: "All 1 turns match" was on screen.
  const matched = turns === 1 ? 'Its 1 turn matches' : `All ${turns} turns match`;
  const result = resultNote === null ? '' : ` But ${resultNote}; shown here as its moves give it.`;
  return `✓ ${matched} the record’s checksums.${change ? ` The record was ${scenarioVersionNote(change)}.` : ''}${result}`;
}

/**
 * The class view: students' record files of one scenario, each replayed, then compared. A scenario
 * not shipped with the game may be chosen with them (its .yaml file among the records): it is
 * loaded first, as from the scenario file button, so that a teacher needs one choice, not two in order.
 */
async function compareRecordFiles(chosen: File[]): Promise<{ ok: false; title: string; errors: string[] } | { ok: true }> {
  // A YAML file, or a JSON one whose start names the scenario format (a record names its own).
  const scenarioFiles = new Set<File>();
  for (const file of chosen) if (/\.ya?ml$/i.test(file.name) || /"format"\s*:\s*"pivot-east-scenario\//.test(await file.slice(0, 600).text())) scenarioFiles.add(file);
  for (const file of scenarioFiles) {
    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) return loaded;
  }
  const files = chosen.filter((f) => !scenarioFiles.has(f));
  if (files.length === 0 && chosen.length > 0) return { ok: false, title: 'No record was chosen', errors: [`${chosen.map((f) => f.name).join(', ')}: loaded as the scenario; choose the students’ record files (.json) with it.`] };
  const { compareClassFiles } = await classScreen();
  const result = await compareClassFiles(files, (id) => {
    const file = fromFiles.get(`file:${id}`);
    const source: ScenarioSource | null = shippedById(id) ? { kind: 'shipped', id } : file ? { kind: 'file', fileName: file.fileName, text: file.text } : null;
    return source ? load(source) : Promise.resolve(null);
  });
  if (!result.ok) return result;
  void showClass(result.data);
  return { ok: true };
}

async function showClass(data: ClassData, focusStudent?: string, since = screens): Promise<void> {
  const { mountClassScreen } = await classScreen();
  const replay = async (name: string, record: GameRecord) => {
    const since = screens;
    const student = data.comparison.students.find((s) => s.name === name);
    const changed = student?.resultChanged ?? null;
    const verified = await verifiedText(record.checksums.length, student?.scenarioVersionChanged ?? null, changed?.note ?? null);
    // The game as the class view counts it: a result written over after the game is its moves'.
    const shown = changed ? { ...record, result: changed.replayed } : record;
    void showReplay(data.scenario, shown, verified, { back: () => void showClass(data, name), label: 'Back to the class', fileName: name }, since);
  };
  const back = () => showStart();
  showOpened(since, `Class view: ${data.scenario.index.scenario.title} — Pivot East`, () => mountClassScreen(root, data, { back, replay }, focusStudent), back);
}

/**
 * A replay, left by `back` to the screen it was opened from (the start screen by default); a
 * record file's name is said on it (a teacher opening students' games one after another).
 */
async function showReplay(scenario: LoadedScenario, record: GameRecord, verified: string, back: { back: () => void; label: string; fileName?: string } & Pick<ReplayNav, 'startAt' | 'shown'> = { back: () => showStart(), label: 'Back to start' }, since = screens): Promise<void> {
  const { mountReplayScreen } = await gameApp();
  showOpened(
    since,
    `Replay${back.fileName ? ` of ${back.fileName}` : ''}: ${scenario.index.scenario.title} — Pivot East`,
    () =>
      mountReplayScreen(root, scenario, record, verified, {
        back: back.back,
        backLabel: back.label,
        ...(back.fileName ? { fileName: back.fileName } : {}),
        takeOver: (s, r, upTo) => void takeOver(s, r, upTo),
        startAt: back.startAt,
        shown: back.shown,
      }),
    back.back,
  );
}

async function takeOver(scenario: LoadedScenario, record: GameRecord, upTo: number): Promise<void> {
  const since = screens;
  const { replayBrowserGame } = await gameApp();
  if (screens !== since) return; // nothing saved: the replay was left meanwhile
  const replayed = replayBrowserGame(scenario, record, upTo);
  if (!replayed.ok) return showStart({ message: { text: `Taking over failed: ${replayed.reason}` } });
  // A student's game taken over from the class view would silently take the place of the teacher's own.
  const save = readSave();
  if (save.kind !== 'none') {
    const { askReplaceSave } = await import('./ui/replaceSaveDialog');
    const turn = replayed.game.session.game().turn;
    const choice = await askReplaceSave(save, {
      description: { before: `Taking over plays on from turn ${turn} of this replay, “${record.scenario.title}” with the seed `, seed: record.seed, after: ', as your own game.' },
      replaceLabel: 'Take over and replace your saved game',
      opening: 'Taking over',
    });
    if (choice !== 'replace' || screens !== since) return; // kept: the replay stays on screen
  }
  replayed.game.save();
  void play(replayed.game, since);
}

/** A share link (`#scenario=…&seed=…`) starts that game; the hash is then cleared so a reload resumes. */
function followShareLink(): boolean {
  if (location.hash.length <= 1) return false;
  const read = readShareHash(location.hash);
  if (!read.ok) {
    showStart({ message: { text: `This link cannot open a game: ${read.problem} (a link looks like #scenario=tutorial&seed=abc).` } });
    return true;
  }
  const shared = read.game;
  const link = location.hash;
  const consume = () => {
    if (location.hash === link) replaceAddress(location.pathname + location.search);
  };
  if (!shippedById(shared.scenario)) {
    consume();
    showStart({ message: { text: `The link names the scenario “${shared.scenario}”, which is not part of this version of the game.` } });
    return true;
  }
  void openLink(shared, consume);
  return true;
}

/** Why the scenario cannot seat the link's seats, or null (asked before any question about the saved game). */
async function linkSeatsProblem(shared: SharedGame): Promise<string | null> {
  if (!shared.seats) return null;
  const [loaded, { seatsProblem }] = await Promise.all([load({ kind: 'shipped', id: shared.scenario }), gameApp()]);
  return loaded.ok ? seatsProblem(loaded.scenario.index, shared.seats) : null; // a scenario that fails to load is said by startGame
}

/** Starts the link's game, unless the player keeps the saved game it would replace (see linkOverSave). */
async function openLink(shared: SharedGame, consume: () => void): Promise<void> {
  const seating = await linkSeatsProblem(shared);
  if (seating !== null) {
    consume();
    return showStart({ message: { text: `The link’s seats cannot be played: ${seating}.` } });
  }
  const plan = await planLink(shared, readSave(), async (save) => {
    if (!root.querySelector('.screen')) showStart(); // the question over the start screen, not a blank page
    const { askReplaceSave } = await import('./ui/replaceSaveDialog');
    const seats = shared.seats ? `, and other states played by ${Object.entries(shared.seats).map(([actor, holder]) => `${actor}: ${holder}`).join(', ')}` : '';
    return askReplaceSave(save, {
      description: { before: `The link opens “${shippedById(shared.scenario)!.title}” with the seed `, seed: shared.seed, after: `${seats}.` },
      replaceLabel: 'Open the linked game and replace your saved game',
      opening: 'Opening the link',
    });
  });
  if (plan !== 'start') {
    consume();
    if (plan === 'resume') void resume();
    return; // kept: the screen shown stays, with the saved game
  }
  // Once the board is drawn (or the game failed to start): rewriting the address took about
  // 10 ms before the board's first frame. A reload before then resumes the same game.
  void Promise.race([board().drawn, new Promise((wait) => setTimeout(wait, 2000))]).then(consume);
  void startGame(`shipped:${shared.scenario}`, shared.seed, false, shared.seats, true);
}

liveRegion();
window.addEventListener('hashchange', () => void followShareLink());
// A class game's join link, `?class=CODE`; the teacher's screen, `?teach=CODE` (a reload); the
// editor, `?write` (a reload).
const addressParams = new URLSearchParams(location.search);
const classCode = addressParams.get('class');
const teachCode = addressParams.get('teach');
if (classCode !== null) void classGame().then((pages) => pages.join(classCode));
else if (teachCode !== null) void classGame().then((pages) => pages.reopenKept(teachCode));
else if (addressParams.has('write')) void showEditor();
else if (!followShareLink()) showStart();
// Fetch the game's code and the map's while the player reads the start screen. Not on a join
// link: the map's code (Phaser, 1.4 MB) takes the page's thread for a while as it loads (about
// 2 s on a phone slowed 4x), which held up the join form, and only Russia's seat shows the map:
// its play screen loads it.
setTimeout(() => {
  void gameApp();
  if (classCode === null) preloadBoard();
}, 300);
watchModuleLoads();
workOffline();
