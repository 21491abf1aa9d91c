// From the games' summaries to the batch report: endings, scores, the bot's choices. Pure: the same
// summaries give the same report, whatever thread played them.
import { ENGINE_VERSION, fnv1a64, type BotName, type CrisisOutcome, type ScenarioIndex } from '../../engine';
import { triggersOf, triggerText } from '../../scenario/triggers';
import { flagNames } from '../../scenario/flagNames';
import { batchSeed, type GameSummary } from './games';
import { plural } from '../../scenario/plural';
import { displayWidth, padEndTo, padStartTo } from '../displayWidth';

export interface EndingCount {
  id: string;
  title: string;
  count: number;
  /** Share of the games, in percent, one decimal. */
  percent: number;
}

/** An option's target as the tables show it: "(alone)" for a step the player takes alone, whose `target` is the player's own id. */
export const targetCell = (o: { target: string; alone?: boolean }): string => (o.alone ? '(alone)' : o.target);

export interface OptionPicks {
  title: string;
  /** The actor it is proposed to; the player's own id for a step the player takes alone (`alone`). */
  target: string;
  alone?: true;
  /** Turns in which the bot proposed it (an option is proposed at most once a turn). */
  proposed: number;
  /** `proposed` as a share of all turns played, in percent, one decimal. */
  share: number;
  /** Deals made from it: accepted, or counter-offer taken. */
  agreed: number;
  /** With a counter-offer in the file: how often the target made it, the player took it, and a middle was agreed after bargaining. */
  counter?: { made: number; taken: number; middle: number };
}

export interface OfferCounts {
  actor: string;
  title: string;
  /** Times the actor made the offer, and times the player took it. */
  offered: number;
  taken: number;
}

export interface MoveCounts {
  actor: string;
  title: string;
  /** Turns the move was open to its actor (its condition held, not used up), times it happened, and the games it happened in. */
  open: number;
  happened: number;
  games: number;
}

export interface CrisisCount {
  games: number;
  total: number;
  outcomes: Record<CrisisOutcome, number>;
}

/** One crisis of the file in a batch: in how many games it opened, how often, how it ended, and how often each of its triggers was there when it opened. */
export interface CrisisRow extends CrisisCount {
  title: string;
  other: string;
  /** Per trigger, in the order `opensOn` lists them (`event thaad-question`): the openings it was among the causes of. */
  triggers: { on: string; opened: number }[];
}

/** The crises of a batch (or of one crisis, `only`): how many games had one, how many in all, how they ended. */
export function countCrises(summaries: readonly GameSummary[], only?: string): CrisisCount {
  const outcomes: Record<CrisisOutcome, number> = { 'player-backed-down': 0, 'other-backed-down': 0, settled: 0, 'top-rung': 0 };
  const of = (s: GameSummary) => (only === undefined ? s.crises : s.crises.filter((c) => c.crisis === only));
  for (const s of summaries) for (const c of of(s)) outcomes[c.outcome] += 1;
  return { games: summaries.filter((s) => of(s).length > 0).length, total: summaries.reduce((n, s) => n + of(s).length, 0), outcomes };
}

/** Each crisis of the file, in file order (zeros included). */
function crisisRows(summaries: readonly GameSummary[], index: ScenarioIndex): Record<string, CrisisRow> {
  return Object.fromEntries(
    index.scenario.crises.map((c) => {
      const triggers = triggersOf(c).map((t, i) => ({ on: triggerText(t), opened: summaries.reduce((n, s) => n + s.crises.filter((o) => o.crisis === c.id && o.triggers.includes(i)).length, 0) }));
      return [c.id, { title: c.title, other: c.other, ...countCrises(summaries, c.id), triggers }];
    }),
  );
}

/** Each flag of the file (named, then used), by name: in how many games it was set at the end. */
function flagRows(summaries: readonly GameSummary[], index: ScenarioIndex): Record<string, { name: string; games: number }> {
  return Object.fromEntries([...flagNames(index.scenario)].map(([id, name]) => [id, { name, games: summaries.filter((s) => s.flags.includes(id)).length }]));
}

/** Each track's value at the end of the games: lowest, median, highest. */
function trackRows(summaries: readonly GameSummary[], index: ScenarioIndex): Record<string, { name: string; min: number; median: number; max: number }> {
  return Object.fromEntries(
    index.scenario.tracks.map((t, slot) => {
      const values = summaries.map((s) => s.tracks[slot]!).sort((a, b) => a - b);
      return [t.id, { name: t.name, min: values[0] ?? 0, median: median(values), max: values.at(-1) ?? 0 }];
    }),
  );
}

export interface BatchReport {
  scenario: string;
  scenarioTitle: string;
  scenarioHash: string;
  engineVersion: string;
  bot: BotName;
  /** Other states' seats held by bots (`--seat`); absent or empty: the scenario's rules. */
  seats?: Record<string, string>;
  seedBase: string;
  firstSeed: string;
  lastSeed: string;
  games: number;
  workers: number;
  /** Ending id → games, every ending of the scenario in file order (zeros included). */
  endings: Record<string, number>;
  endingTable: EndingCount[];
  score: { min: number; median: number; mean: number; max: number };
  turns: { min: number; mean: number; max: number; total: number };
  /** Option id → how often the bot proposed it and how often a deal was made, in file order. */
  optionPicks: Record<string, OptionPicks>;
  /** `actor/offer` → how often each actor's offer was made and taken, in file order (empty: the file has none). */
  offers: Record<string, OfferCounts>;
  /** `actor/move` → how often each actor's move was open and happened, in file order (empty: the file has none). */
  moves: Record<string, MoveCounts>;
  /** Turns that began with nothing the player could propose: in how many games, by turn (only turns with some). */
  deadTurns: { turn: number; games: number }[];
  /** Games with at least one crisis, all crises, and how they ended. */
  crises: CrisisCount;
  /** The same for each crisis of the file, in file order, with how often each of its triggers opened it. */
  crisisTable: Record<string, CrisisRow>;
  /** Each flag of the file: its name, and in how many games it was set at the end. */
  flags: Record<string, { name: string; games: number }>;
  /** Each track's values at the end: lowest, median, highest. */
  trackEnds: Record<string, { name: string; min: number; median: number; max: number }>;
  /** A hash of every game's final checksum in seed order: equal batches have equal fingerprints. */
  fingerprint: string;
  seconds: number;
  gamesPerSecond: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : round((100 * part) / whole, 1));

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarizeBatch(
  summaries: readonly GameSummary[],
  index: ScenarioIndex,
  run: { bot: BotName; seedBase: string; workers: number; milliseconds: number },
): BatchReport {
  const games = summaries.length;
  const { scenario } = index;
  const endings: Record<string, number> = Object.fromEntries(scenario.endings.map((e) => [e.id, 0]));
  for (const s of summaries) endings[s.ending] = (endings[s.ending] ?? 0) + 1;
  const titles = new Map(scenario.endings.map((e) => [e.id, e.title]));

  const scores = summaries.map((s) => s.score).sort((a, b) => a - b);
  const turns = summaries.map((s) => s.turns);
  const totalTurns = turns.reduce((a, b) => a + b, 0);

  const total = (key: 'proposed' | 'agreed' | 'countered' | 'counterTaken' | 'middleAgreed' | 'offered' | 'offerTaken' | 'moveOpen' | 'moveMade', slot: number) => summaries.reduce((n, s) => n + (s[key][slot] ?? 0), 0);
  const optionPicks: Record<string, OptionPicks> = {};
  scenario.options.forEach((o, slot) => {
    const proposed = total('proposed', slot);
    const counter = o.counter ? { counter: { made: total('countered', slot), taken: total('counterTaken', slot), middle: total('middleAgreed', slot) } } : {};
    optionPicks[o.id] = { title: o.title, target: o.target ?? scenario.player.id, ...(o.target === undefined ? { alone: true as const } : {}), proposed, share: percent(proposed, totalTurns), agreed: total('agreed', slot), ...counter };
  });
  const offers: Record<string, OfferCounts> = {};
  [...index.offers.entries()].forEach(([key, offer], slot) => {
    offers[key] = { actor: key.slice(0, key.indexOf('/')), title: offer.title, offered: total('offered', slot), taken: total('offerTaken', slot) };
  });

  const moves: Record<string, MoveCounts> = {};
  [...index.moves.entries()].forEach(([key, move], slot) => {
    const games = summaries.filter((s) => (s.moveMade[slot] ?? 0) > 0).length;
    moves[key] = { actor: key.slice(0, key.indexOf('/')), title: move.title, open: total('moveOpen', slot), happened: total('moveMade', slot), games };
  });

  const dead = new Map<number, number>();
  for (const s of summaries) for (const turn of s.deadTurns) dead.set(turn, (dead.get(turn) ?? 0) + 1);

  const seconds = run.milliseconds / 1000;
  return {
    scenario: scenario.id,
    scenarioTitle: scenario.title,
    scenarioHash: index.hash,
    engineVersion: ENGINE_VERSION,
    bot: run.bot,
    seedBase: run.seedBase,
    firstSeed: batchSeed(run.seedBase, 1),
    lastSeed: batchSeed(run.seedBase, games),
    games,
    workers: run.workers,
    endings,
    endingTable: Object.entries(endings).map(([id, count]) => ({ id, title: titles.get(id) ?? id, count, percent: percent(count, games) })),
    score: {
      min: scores[0] ?? 0,
      median: median(scores),
      mean: games === 0 ? 0 : round(scores.reduce((a, b) => a + b, 0) / games, 2),
      max: scores.at(-1) ?? 0,
    },
    turns: { min: turns.reduce((a, b) => Math.min(a, b), turns[0] ?? 0), mean: games === 0 ? 0 : round(totalTurns / games, 2), max: turns.reduce((a, b) => Math.max(a, b), 0), total: totalTurns },
    optionPicks,
    offers,
    moves,
    deadTurns: [...dead.entries()].sort((a, b) => a[0] - b[0]).map(([turn, games]) => ({ turn, games })),
    crises: countCrises(summaries),
    crisisTable: crisisRows(summaries, index),
    flags: flagRows(summaries, index),
    trackEnds: trackRows(summaries, index),
    fingerprint: fnv1a64(summaries.map((s) => s.checksum).join(',')),
    seconds: round(seconds, 3),
    gamesPerSecond: seconds > 0 ? round(games / seconds, 1) : 0,
  };
}

/** A table with a header, columns padded; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => displayWidth(r[c] ?? ''))));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[\d.,%-]+$/.test(String(r[c]))));
  return cells.map((r) =>
    r
      .map((cell, c) => (numeric[c] ? padStartTo(cell, widths[c]!) : padEndTo(cell, widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatBatch(r: BatchReport): string[] {
  const lines = [
    `${plural(r.games, 'game')} of "${r.scenarioTitle}" ("${r.scenario}", hash ${r.scenarioHash}), ${r.bot} bot, seeds ${r.firstSeed} … ${r.lastSeed}, engine ${r.engineVersion}`,
    ...(r.seats && Object.keys(r.seats).length > 0 ? [`Other seats: ${Object.entries(r.seats).map(([a, b]) => `${a}=${b}`).join(', ')} (the rest play by the scenario's rules)`] : []),
    '',
    'Endings',
    ...table(
      ['ending', 'title', 'games', 'share'],
      r.endingTable.map((e) => [e.id, e.title, e.count, `${e.percent.toFixed(1)}%`]),
    ).map((l) => `  ${l}`),
    '',
    `Score: min ${r.score.min}, median ${r.score.median}, mean ${r.score.mean}, max ${r.score.max}`,
    `Turns per game: min ${r.turns.min}, mean ${r.turns.mean}, max ${r.turns.max}`,
    '',
    ...optionLines(r),
    '',
    ...offerLines(r),
    ...moveLines(r),
    crisisLine(r),
    ...crisisTableLines(r),
    '',
    ...flagLines(r),
    ...trackLines(r),
    '',
    `Speed: ${plural(r.games, 'game')} in ${r.seconds.toFixed(2)} s = ${r.gamesPerSecond} games/s (${r.workers === 1 ? 'one thread' : `${r.workers} worker threads`})`,
    `Fingerprint of all games: ${r.fingerprint}`,
  ];
  return lines;
}

/** The options table; with counter-offers in the file, how often each was made, taken, and ended in a middle. */
function optionLines(r: BatchReport): string[] {
  const picks = Object.entries(r.optionPicks);
  const counters = picks.some(([, o]) => o.counter);
  const header = ['option', 'target', 'proposed', 'share', 'agreed', ...(counters ? ['countered', 'taken', 'not taken', 'middle'] : [])];
  const rows = picks.map(([id, o]) => [id, targetCell(o), o.proposed, `${o.share.toFixed(1)}%`, o.agreed, ...(counters ? (o.counter ? [o.counter.made, o.counter.taken, o.counter.made - o.counter.taken, o.counter.middle] : ['-', '-', '-', '-']) : [])]);
  const key = counters ? ', counter-offers taken and middles included; countered = counter-offers made, taken = of those taken as offered, not taken = the rest (declined, or bargained over), middle = of the rest, the middle agreed after bargaining' : '';
  return [`Options the ${r.bot} bot proposed (share = of the ${plural(r.turns.total, 'turn')} played; agreed = deals made${key})`, ...table(header, rows).map((l) => `  ${l}`)];
}

/** The actors' offers, when the file has any: how often each was made and taken. */
function offerLines(r: BatchReport): string[] {
  const offers = Object.entries(r.offers);
  if (offers.length === 0) return [];
  return [
    `Actors' offers (made = times the actor offered it, taken = by the ${r.bot} bot)`,
    ...table(['offer', 'actor', 'made', 'taken'], offers.map(([key, o]) => [key.slice(key.indexOf('/') + 1), o.actor, o.offered, o.taken])).map((l) => `  ${l}`),
    '',
  ];
}

/** The actors' moves, when the file has any: how often each was open and happened. */
function moveLines(r: BatchReport): string[] {
  const moves = Object.entries(r.moves);
  if (moves.length === 0) return [];
  return [
    `Actors' moves (open = turns its actor could make it, happened = times it did, games = games it happened in)`,
    ...table(['move', 'actor', 'open', 'happened', 'games'], moves.map(([key, m]) => [key.slice(key.indexOf('/') + 1), m.actor, m.open, m.happened, m.games])).map((l) => `  ${l}`),
    '',
  ];
}

/** Each crisis of the file: where it opened and how it ended; for one with several triggers, how often each was there when it opened. */
function crisisTableLines(r: BatchReport): string[] {
  const rows = Object.entries(r.crisisTable);
  if (rows.length === 0) return [];
  const o = (c: CrisisRow) => c.outcomes;
  const lines = table(
    ['crisis', 'other side', 'games', 'opened', 'player backed down', 'other backed down', 'settled', 'top rung'],
    rows.map(([id, c]) => [id, c.other, c.games, c.total, o(c)['player-backed-down'], o(c)['other-backed-down'], o(c).settled, o(c)['top-rung']]),
  ).map((l) => `  ${l}`);
  for (const [id, c] of rows) if (c.triggers.length > 1) lines.push(`  ${id} opened on (a turn may hold more than one): ${c.triggers.map((t) => `${t.on} ${t.opened}`).join(', ')}`);
  return lines;
}

/** The flags of the file, by name: in how many games each was set at the end. */
function flagLines(r: BatchReport): string[] {
  const flags = Object.entries(r.flags);
  if (flags.length === 0) return [];
  return [
    'Flags set at the end (games)',
    ...table(['flag', 'name', 'games', 'share'], flags.map(([id, f]) => [id, f.name, f.games, `${percent(f.games, r.games).toFixed(1)}%`])).map((l) => `  ${l}`),
    '',
  ];
}

/** Each track's value at the end of the games. */
function trackLines(r: BatchReport): string[] {
  return ['Tracks at the end', ...table(['track', 'name', 'min', 'median', 'max'], Object.entries(r.trackEnds).map(([id, t]) => [id, t.name, t.min, t.median, t.max])).map((l) => `  ${l}`)];
}

/** "Crises: in 34 of 100 games (41 in all): you backed down 10, the other side backed down 12, …" */
export function crisisLine(r: Pick<BatchReport, 'games' | 'crises'>): string {
  const { games, total, outcomes } = r.crises;
  if (total === 0) return `Crises: none in ${plural(r.games, 'game')}`;
  return `Crises: in ${games} of ${plural(r.games, 'game')} (${percent(games, r.games).toFixed(1)}%), ${total} in all; ended: player backed down ${outcomes['player-backed-down']}, other side backed down ${outcomes['other-backed-down']}, settled ${outcomes.settled}, top rung ${outcomes['top-rung']}`;
}
