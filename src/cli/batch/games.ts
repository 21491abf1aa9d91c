// One seeded bot game reduced to what a batch report needs. The same in the main thread and in
// every worker, so results do not depend on where a game was played.
import { playWithBot } from '../../app/playBot';
import { triggersOf } from '../../scenario/triggers';
import { canPropose, gameLog, isDeal, setsOff, type BotName, type CrisisOutcome, type GameState, type LogEntry, type ScenarioIndex, type Seats } from '../../engine';

export interface GameSummary {
  ending: string;
  score: number;
  turns: number;
  /** Checksum after the last turn. */
  checksum: string;
  /** Per option, in file order: proposals the target weighed (at most one per turn). */
  proposed: number[];
  /** Per option, in file order: deals made (accepted, or counter-offer taken). */
  agreed: number[];
  /** Per option, in file order: counter-offers the target made, those taken, and middles agreed after bargaining. */
  countered: number[];
  counterTaken: number[];
  middleAgreed: number[];
  /** Per actor's offer (ScenarioIndex.offers' order): times made, and times the player took it. */
  offered: number[];
  offerTaken: number[];
  /** Per actor's move (ScenarioIndex.moves' order): turns it was open (weighed by its actor), and times it happened. */
  moveOpen: number[];
  moveMade: number[];
  /** Turns that began with nothing the player could propose (none open, allowed and affordable). */
  deadTurns: number[];
  /** Each crisis of the game in the order they opened: which, how it ended, and which of its triggers (by place in its list) were in the log of the turn it opened. */
  crises: { crisis: string; outcome: CrisisOutcome; triggers: number[] }[];
  /** The flags set at the end. */
  flags: string[];
  /** Each track's value at the end, in file order. */
  tracks: number[];
}

/** Game `i` of a batch (counting from 1) is played with this seed. */
export function batchSeed(base: string, i: number): string {
  return `${base}-${i}`;
}

/** One game's summary; its counts are in the index's slots (the state's count tables' places). */
export function playSummary(index: ScenarioIndex, seed: string, bot: BotName, seats: Seats = {}): GameSummary {
  const deadTurns: number[] = [];
  // A dead turn has no option to propose: the first one open ends the search.
  const onPlanning = (state: GameState) => {
    if (!index.scenario.options.some((o) => canPropose(state, index, o.id))) deadTurns.push(state.turn);
  };
  const game = playWithBot(index, seed, bot, { onPlanning }, seats).game();
  const { options: optionSlot, offers: offerSlot, moves: moveSlot } = index.slots;
  const zeros = (n: number) => new Array<number>(n).fill(0);
  const options = optionSlot.size;
  const [proposed, agreed, countered, counterTaken, middleAgreed] = [zeros(options), zeros(options), zeros(options), zeros(options), zeros(options)];
  const [offered, offerTaken] = [zeros(offerSlot.size), zeros(offerSlot.size)];
  const [moveOpen, moveMade] = [zeros(moveSlot.size), zeros(moveSlot.size)];
  const crises: GameSummary['crises'] = [];
  const log = gameLog(game);
  log.forEach((entry, at) => {
    if (entry.kind === 'crisis-open') crises.push({ crisis: entry.crisis, outcome: outcomeOf(game, crises.length), triggers: triggersBefore(index, log, at) });
    else if (entry.kind === 'decision') {
      const slot = optionSlot.get(entry.decision.option)!;
      proposed[slot]! += 1;
      if (entry.decision.outcome === 'counter') countered[slot]! += 1;
    } else if (entry.kind === 'deal') {
      const slot = optionSlot.get(entry.option)!;
      if (isDeal(entry.result)) agreed[slot]! += 1;
      if (entry.result === 'counter-taken') counterTaken[slot]! += 1;
      if (entry.result === 'middle-taken') middleAgreed[slot]! += 1;
    } else if (entry.kind === 'offer') {
      const slot = offerSlot.get(`${entry.actor}/${entry.offer}`)!;
      offered[slot]! += 1;
      if (entry.taken) offerTaken[slot]! += 1;
    } else if (entry.kind === 'move') {
      // The rules weigh every move open to the actor; a seat's choice is among them.
      for (const w of entry.weighed) moveOpen[moveSlot.get(`${entry.actor}/${w.move}`)!]! += 1;
      if (entry.happened) moveMade[moveSlot.get(`${entry.actor}/${entry.move}`)!]! += 1;
    }
  });
  const ending = game.ending!;
  return {
    ending: ending.id,
    score: ending.score,
    turns: game.turn,
    checksum: game.history.at(-1)?.checksum ?? '',
    proposed,
    agreed,
    countered,
    counterTaken,
    middleAgreed,
    offered,
    offerTaken,
    moveOpen,
    moveMade,
    deadTurns,
    crises,
    flags: Object.keys(game.flags).filter((flag) => game.flags[flag] === true),
    tracks: [...game.tracks],
  };
}

/** How the game's n-th crisis (in the order they opened) ended. */
const outcomeOf = (game: GameState, n: number): CrisisOutcome => game.crises[n]!.outcome!;

/** Which triggers of the crisis opened at `log[at]` were in the log of its turn before it. */
function triggersBefore(index: ScenarioIndex, log: readonly LogEntry[], at: number): number[] {
  const open = log[at] as Extract<LogEntry, { kind: 'crisis-open' }>;
  const crisis = index.scenario.crises.find((c) => c.id === open.crisis)!;
  const turn: LogEntry[] = [];
  for (let i = at - 1; i >= 0 && log[i]!.turn === open.turn; i--) turn.push(log[i]!);
  return triggersOf(crisis).flatMap((t, i) => (turn.some((e) => setsOff(e, t)) ? [i] : []));
}

/** A game that threw: a bug in the engine, the machines or a bot, never the scenario's fault. */
export class GameFailure extends Error {
  constructor(
    readonly game: number,
    readonly seed: string,
    readonly reason: string,
  ) {
    super(`game ${game} (seed "${seed}") failed: ${reason}`);
  }
}

/** Plays games `from`..`to` (inclusive, counting from 1) in this thread. */
export function playRange(index: ScenarioIndex, bot: BotName, seedBase: string, from: number, to: number, onGame?: (i: number) => void, seats: Seats = {}): GameSummary[] {
  const out: GameSummary[] = [];
  for (let i = from; i <= to; i++) {
    const seed = batchSeed(seedBase, i);
    try {
      out.push(playSummary(index, seed, bot, seats));
    } catch (e) {
      throw new GameFailure(i, seed, e instanceof Error ? e.message : String(e));
    }
    onGame?.(i);
  }
  return out;
}
