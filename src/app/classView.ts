// The class view: the students' records of one scenario, each verified by replaying it, then
// compared: endings, scores, the options proposed and the deals made, the tracks at the end, and
// (when the class shared one seed) the first turn where their choices parted. Pure: no DOM, no
// files; the same records give the same comparison in the browser and on the command line.
import { gameLog, isDeal, tracksById, type DecisionOutcome, type GameState, type LogEntry, type NegotiationResult, type ScenarioIndex } from '../engine';
import type { GameRecord } from './record';
import { replayRecord, resultChangeNote, type ResultChange, type ScenarioVersionChange } from './replay';
import { alikeSoloGames, sameGames } from './sameGame';

/** One student's record; `name` is how the teacher knows it (the file's name, after the player's name on it: src/app/playerName.ts). */
export interface ClassRecord {
  name: string;
  record: GameRecord;
}

/** A proposal the target weighed, and how its negotiation ended (null: a counter-offer still open). */
export interface StudentProposal {
  turn: number;
  option: string;
  title: string;
  actor: string;
  outcome: DecisionOutcome;
  result: NegotiationResult | null;
}

/** A deal made: the proposal accepted, or the counter-offer taken. */
export interface StudentDeal {
  turn: number;
  option: string;
  title: string;
  actor: string;
  countered: boolean;
}

export interface StudentGame {
  name: string;
  seed: string;
  /** Null when the game is not finished (a saved game). */
  ending: { id: string; title: string } | null;
  score: number | null;
  /** Turns played to the end (or so far). */
  turns: number;
  proposals: StudentProposal[];
  deals: StudentDeal[];
  /** Every track at the end, in file order. */
  tracks: Record<string, number>;
  /** Set when the record names another version of the scenario (and replays the same with this one). */
  scenarioVersionChanged: ScenarioVersionChange | null;
  /**
   * Set when the file states another result than its moves give (written over after the game):
   * the game is counted as its moves give it, and `note` says so.
   */
  resultChanged: (ResultChange & { note: string }) | null;
  /** Who held the other seats (a bot or a person); empty when the rules held them all. */
  seats: Readonly<Record<string, string>>;
  /**
   * The other files that hold this same game (src/app/sameGame.ts): copies of a game played
   * together, or the very same record sent again; counted once, as this one. `turns`: how far the
   * copy goes; `whole`: it has every event this one has.
   */
  copies: readonly GameCopy[];
}

/** Another file of the same game, by its name. */
export interface GameCopy {
  name: string;
  turns: number;
  whole: boolean;
  /** Set when the file is the very same record as the game's (a file sent twice): the name of that one. */
  sameRecordAs?: string;
}

/** A record left out of the comparison, and why (another scenario, a changed scenario, tampering…). */
export interface RefusedRecord {
  name: string;
  reason: string;
  /** The first turn that differs, when the replay got that far. */
  turn: number | null;
}

/** Why a file was left out, as the class view and compare say it: "turn 2: …" unless the reason names its turn. */
export function refusalWords(r: RefusedRecord): string {
  return r.turn !== null && !r.reason.includes(`turn ${r.turn}`) ? `turn ${r.turn}: ${r.reason}` : r.reason;
}

export interface EndingShare {
  id: string;
  title: string;
  count: number;
  /** Share of the finished games, in percent, one decimal. */
  percent: number;
}

export interface OptionUse {
  id: string;
  title: string;
  /** The actor it is proposed to; the player's own id for a step taken alone (`alone`). */
  target: string;
  alone: boolean;
  /** Students who proposed it at least once. */
  proposedBy: number;
  /** Students who made a deal of it at least once. */
  dealBy: number;
  /** Proposals and deals over the whole class. */
  proposals: number;
  deals: number;
}

export interface TrackSpread {
  id: string;
  name: string;
  min: number;
  median: number;
  max: number;
}

/** One option proposed in a turn, with the answer to its counter-offer if there was one. */
export interface TurnChoice {
  option: string;
  title: string;
  counter: 'taken' | 'declined' | null;
}

/** The first turn the students' choices differed, and who chose what in it. */
export interface Divergence {
  turn: number;
  groups: { choices: TurnChoice[]; students: string[] }[];
}

export interface ClassComparison {
  scenario: { id: string; title: string; hash: string };
  /** Records given, verified or not. */
  records: number;
  /** Records verified by replaying them, copies of one game each counted (`students` has each game once). */
  verified: number;
  /** The verified games, sorted by name: a game played together and brought in several files is one (its `copies`). */
  students: StudentGame[];
  /** The records left out, sorted by name. */
  refused: RefusedRecord[];
  /** Every ending of the scenario in file order (zeros included), over the finished games. */
  endings: EndingShare[];
  /** Verified games that are not finished: in the tables, not in the endings or the scores. */
  unfinished: number;
  /** Over the finished games; null when there is none. */
  score: { min: number; median: number; max: number } | null;
  /** Every option of the scenario, in file order. */
  options: OptionUse[];
  /**
   * Every track at the end of the finished games, in file order; empty when there is none. A game
   * not finished is left out, as from the endings and the scores: its values, partway through a
   * turn, were read as some student's end.
   */
  tracks: TrackSpread[];
  /** The seed every verified game was played with, or null when they differ (or there is none). */
  sharedSeed: string | null;
  /**
   * With a shared seed and two games or more: the first turn (among those every game has played)
   * where the choices differ; null when they never do, or without a shared seed.
   */
  divergence: Divergence | null;
  /**
   * With several seeds: the one most games share (at least two, more than any other seed), which
   * `divergence` is then of, and the games left out of it; null otherwise.
   */
  mostlySeed: { seed: string; leftOut: string[] } | null;
  /** Games nobody else played in that are alike move for move but not the same record (each still counted), each group's names. */
  alike: string[][];
}

/** The seed most of the games share, when two or more do and no other seed as many; with the names of the others. */
function commonSeed(students: readonly StudentGame[]): { seed: string; leftOut: string[] } | null {
  const counts = new Map<string, number>();
  for (const s of students) counts.set(s.seed, (counts.get(s.seed) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return { seed: first[0], leftOut: students.filter((s) => s.seed !== first[0]).map((s) => s.name) };
}

/**
 * Compares the students' records. Every record is replayed against `index`; one that does not
 * replay is listed in `refused` with its reason, never fatal. `unreadable` adds files that could
 * not even be read as records (listed with the refused).
 */
export function compareRecords(records: readonly ClassRecord[], index: ScenarioIndex, unreadable: readonly { name: string; reason: string }[] = []): ClassComparison {
  const refused: RefusedRecord[] = unreadable.map((u) => ({ name: u.name, reason: u.reason, turn: null }));
  const verifiedGames: (ClassRecord & { student: Omit<StudentGame, 'copies'>; game: GameState })[] = [];
  for (const { name, record } of records) {
    const verified = verify(record, index);
    if (!verified.ok) {
      refused.push({ name, reason: verified.reason, turn: verified.turn });
      continue;
    }
    const changed = verified.resultChanged;
    const resultChanged = changed === null ? null : { ...changed, note: resultChangeNote(changed, index) };
    const student = { ...studentGame(name, record.seed, verified.game, index), scenarioVersionChanged: verified.scenarioVersionChanged, resultChanged, seats: record.seats ?? {} };
    verifiedGames.push({ name, record, student, game: verified.game });
  }
  // Each game once: the copies of a game played together are compared as its fullest copy, a file sent twice once.
  const students: StudentGame[] = [];
  const games = new Map<StudentGame, GameState>();
  const same = sameGames(verifiedGames, compareNames);
  for (const { kept, copies, sameRecord } of same) {
    const copy = (c: (typeof copies)[number]) => ({ name: c.name, turns: c.student.turns, whole: c.record.events.length === kept.record.events.length, ...(sameRecord ? { sameRecordAs: kept.name } : {}) });
    const student = { ...kept.student, copies: copies.map(copy) };
    students.push(student);
    games.set(student, kept.game);
  }
  students.sort((a, b) => compareNames(a.name, b.name));
  refused.sort((a, b) => compareNames(a.name, b.name));

  const { scenario } = index;
  const finished = students.filter((s) => s.ending !== null);
  const endings = scenario.endings.map((e) => {
    const count = finished.filter((s) => s.ending!.id === e.id).length;
    return { id: e.id, title: e.title, count, percent: percent(count, finished.length) };
  });
  const scores = finished.map((s) => s.score!).sort((a, b) => a - b);
  const options = scenario.options.map((o) => {
    const proposals = students.map((s) => s.proposals.filter((p) => p.option === o.id).length);
    const deals = students.map((s) => s.deals.filter((d) => d.option === o.id).length);
    return { id: o.id, title: o.title, target: o.target ?? index.scenario.player.id, alone: o.target === undefined, proposedBy: proposals.filter((n) => n > 0).length, dealBy: deals.filter((n) => n > 0).length, proposals: sum(proposals), deals: sum(deals) };
  });
  const tracks =
    finished.length === 0
      ? []
      : scenario.tracks.map((t) => {
          const values = finished.map((s) => s.tracks[t.id]!).sort((a, b) => a - b);
          return { id: t.id, name: t.name, min: values[0]!, median: median(values), max: values.at(-1)! };
        });
  const seeds = new Set(students.map((s) => s.seed));
  const sharedSeed = seeds.size === 1 ? students[0]!.seed : null;
  // With several seeds, where the choices parted is still said of the games most of them share.
  const mostly = sharedSeed === null ? commonSeed(students) : null;
  const parted = students.filter((s) => s.seed === (sharedSeed ?? mostly?.seed));
  return {
    scenario: { id: scenario.id, title: scenario.title, hash: index.hash },
    records: records.length + unreadable.length,
    verified: verifiedGames.length,
    students,
    refused,
    endings,
    unfinished: students.length - finished.length,
    score: scores.length === 0 ? null : { min: scores[0]!, median: median(scores), max: scores.at(-1)! },
    options,
    tracks,
    sharedSeed,
    divergence: parted.length > 1 ? divergence(parted.map((s) => ({ name: s.name, game: games.get(s)! })), index) : null,
    mostlySeed: mostly,
    // A file sent twice is already said as a copy: the games alike are among the games kept.
    alike: alikeSoloGames(same.map((g) => g.kept), compareNames),
  };
}

/**
 * The scenario ids of the records, the most common first (then by id): a class's records should
 * all name one, and the records of any other are refused when compared.
 */
export function scenarioIdsOf(records: readonly ClassRecord[]): { id: string; hash: string; count: number }[] {
  const byId = new Map<string, { count: number; hashes: Map<string, number> }>();
  for (const { record } of records) {
    const entry = byId.get(record.scenario.id) ?? { count: 0, hashes: new Map<string, number>() };
    entry.count += 1;
    entry.hashes.set(record.scenario.hash, (entry.hashes.get(record.scenario.hash) ?? 0) + 1);
    byId.set(record.scenario.id, entry);
  }
  return [...byId.entries()]
    .map(([id, e]) => ({ id, count: e.count, hash: [...e.hashes.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0] }))
    .sort((a, b) => b.count - a.count || compareText(a.id, b.id));
}

type Verified = { ok: true; game: GameState; scenarioVersionChanged: ScenarioVersionChange | null; resultChanged: ResultChange | null } | { ok: false; reason: string; turn: number | null };

function verify(record: GameRecord, index: ScenarioIndex): Verified {
  try {
    const replayed = replayRecord(record, index);
    return replayed.ok ? { ok: true, game: replayed.session.game(), scenarioVersionChanged: replayed.scenarioVersionChanged, resultChanged: replayed.resultChanged } : { ok: false, reason: replayed.reason, turn: replayed.turn };
  } catch (e) {
    // The engine should refuse bad input rather than throw; if it throws, the record is refused.
    return { ok: false, reason: `the replay failed: ${e instanceof Error ? e.message : String(e)}`, turn: null };
  }
}

type Entry<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

function studentGame(name: string, seed: string, game: GameState, index: ScenarioIndex): Omit<StudentGame, 'scenarioVersionChanged' | 'resultChanged' | 'seats' | 'copies'> {
  const title = (option: string) => index.options.get(option)?.title ?? option;
  const log = gameLog(game);
  const deals = log.filter((e): e is Entry<'deal'> => e.kind === 'deal');
  const proposals = log
    .filter((e): e is Entry<'decision'> => e.kind === 'decision')
    .map(({ turn, decision: d }) => ({
      turn,
      option: d.option,
      title: title(d.option),
      actor: d.actor,
      outcome: d.outcome,
      result: deals.find((x) => x.turn === turn && x.option === d.option)?.result ?? null,
    }));
  const ending = game.ending;
  return {
    name,
    seed,
    ending: ending ? { id: ending.id, title: index.scenario.endings.find((e) => e.id === ending.id)?.title ?? ending.id } : null,
    score: ending ? ending.score : null,
    turns: game.history.length,
    proposals,
    deals: deals.filter((d) => isDeal(d.result)).map((d) => ({ turn: d.turn, option: d.option, title: title(d.option), actor: d.actor, countered: d.result === 'counter-taken' })),
    tracks: tracksById(game.tracks, index),
  };
}

/** A turn's choices: the options negotiated (in option order) and the answers to counter-offers. */
function choicesOf(game: GameState, turn: number, index: ScenarioIndex): TurnChoice[] {
  const slot = new Map(index.scenario.options.map((o, i) => [o.id, i]));
  return gameLog(game)
    .filter((e): e is Entry<'deal'> => e.kind === 'deal' && e.turn === turn)
    .map((d) => ({ option: d.option, title: index.options.get(d.option)?.title ?? d.option, counter: d.result === 'counter-taken' ? ('taken' as const) : d.result === 'counter-declined' ? ('declined' as const) : null }))
    .sort((a, b) => (slot.get(a.option) ?? 0) - (slot.get(b.option) ?? 0) || compareText(a.option, b.option));
}

function divergence(games: readonly { name: string; game: GameState }[], index: ScenarioIndex): Divergence | null {
  const turns = Math.min(...games.map((g) => g.game.history.length));
  for (let turn = 1; turn <= turns; turn++) {
    const groups = new Map<string, { choices: TurnChoice[]; students: string[] }>();
    for (const { name, game } of games) {
      const choices = choicesOf(game, turn, index);
      const key = JSON.stringify(choices.map((c) => [c.option, c.counter]));
      const group = groups.get(key) ?? { choices, students: [] };
      group.students.push(name);
      groups.set(key, group);
    }
    // Games are given sorted by name, so each group's students are too; the groups follow their first.
    if (groups.size > 1) return { turn, groups: [...groups.values()] };
  }
  return null;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Plain code-unit order: the same on every machine, whatever its language settings. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Names in the order a teacher expects, the same on every machine: case-insensitive, runs of
 * digits as numbers (student2 before student10), then code-unit order to break ties.
 */
export function compareNames(a: string, b: string): number {
  const parts = (s: string) => s.toLowerCase().match(/\d+|\D+/g) ?? [];
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return compareText(nx, ny);
      continue;
    }
    return compareText(x, y);
  }
  return pa.length - pb.length || compareText(a, b);
}
