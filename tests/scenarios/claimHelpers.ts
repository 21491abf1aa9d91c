// Helpers for the claim tests of the shipped scenarios: load the real scenario file, set up a
// position, weigh a proposal over many seeds, play whole games with a scripted strategy, and count
// proportions. Generic: nothing here names an actor, an option or a scenario.
//
// Games are played with the pure engine functions in the same order as the game statechart
// (briefing, proposals in order, each weighed and settled, world moves, resolution, end check), so a
// strategy here plays exactly the game a player sending the same choices would play, only faster.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  answerOffer,
  availableCrisisAnswers,
  beginTurn,
  closeTurn,
  counterRefusal,
  gameLog,
  indexScenario,
  newGame,
  nextRuleOffer,
  proposalRefusal,
  propose,
  settleNegotiation,
  takeOfferRefusal,
  weighProposal,
  type Decision,
  type GameState,
  type LogEntry,
  type PendingOffer,
  type ScenarioIndex,
} from '../../src/engine';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/effects';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import type { Effect } from '../../src/scenario/schema';
import { startedGame, withPosition } from '../engine/helpers';

export { startedGame, withPosition };

/** The file names of the shipped scenarios (the project's scenarios/ folder). */
export const shippedScenarioFiles = (): string[] => readdirSync(fileURLToPath(new URL('../../scenarios/', import.meta.url))).filter((f) => f.endsWith('.yaml'));

/** Loads and indexes a scenario of the project's scenarios/ folder, e.g. `scenarioIndex('tutorial.yaml')`. */
export async function scenarioIndex(fileName: string): Promise<ScenarioIndex> {
  const path = fileURLToPath(new URL(`../../scenarios/${fileName}`, import.meta.url));
  const result = await readScenarioFile(path);
  if (!result.ok) throw new Error(`${fileName} does not load: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return indexScenario(result.scenario, result.hash);
}

/**
 * A copy of a state with effects applied as an event would apply them (derived tracks recomputed):
 * e.g. the effects of a deal, to set up "after Russia condemned THAAD", or an option opened.
 */
export function withEffects(state: GameState, index: ScenarioIndex, effects: readonly Effect[]): GameState {
  const next = draft(state);
  applyEffects(next, index, effects);
  return next;
}

/** The effects of an option's deal (or of its counter-offer), from the scenario. */
export function dealEffects(index: ScenarioIndex, option: string, counter = false): readonly Effect[] {
  const o = index.options.get(option);
  if (!o) throw new Error(`no option ${option}`);
  if (counter && !o.counter) throw new Error(`option ${option} has no counter-offer`);
  return counter ? o.counter!.effects : o.effects;
}

/** `n` seeds named `${prefix}-1` … `${prefix}-n`. */
export function seeds(n: number, prefix = 'claim'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
}

/** The share (0..1) of the items for which `test` holds. */
export function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  if (items.length === 0) return 0;
  return items.filter(test).length / items.length;
}

/**
 * The share of seeds in which the target's answer to `option` falls among `outcomes`. The position
 * is built per seed by `position(seed)` (usually `withPosition(startedGame(index, seed), index, {…})`),
 * so only the die differs between seeds. Accepting is `['accept']`; "a deal of some kind" is
 * `['accept', 'counter']`.
 */
export function decisionShare(
  index: ScenarioIndex,
  option: string,
  position: (seed: string) => GameState,
  seedList: readonly string[],
  outcomes: readonly Decision['outcome'][] = ['accept'],
): number {
  return share(seedList, (seed) => outcomes.includes(weighProposal(position(seed), index, option).decision.outcome));
}

/** What a scripted player proposes on a turn: option ids in order; those it cannot propose now are skipped. */
export type Strategy = (state: GameState, index: ScenarioIndex) => readonly string[];

export interface PlayOptions {
  /** Whether to take a counter-offer (when it is affordable). Default: take it. */
  takeCounter?: (state: GameState, decision: Decision) => boolean;
  /** Called after each turn's end check, with the state at the end of that turn. */
  afterTurn?: (state: GameState) => void;
  /** Stop after this turn even if the game has not ended. */
  stopAfterTurn?: number;
  /** Whether to take an actor's offer (when it is affordable). Default: decline it, as a player who does nothing would. */
  takeOffer?: (state: GameState, offer: PendingOffer) => boolean;
  /** The answer to the open crisis. Default: the scenario's first answer open to the player. */
  answerCrisis?: (state: GameState) => string;
}

/** The default crisis answer of a scripted player: the first the scenario lists that is open to it. */
export const firstCrisisAnswer = (index: ScenarioIndex) => (state: GameState) => availableCrisisAnswers(state, index)[0]!;

/** Proposes nothing, ever. */
export const passive: Strategy = () => [];

/** Plays one seeded game with a scripted strategy, in the game statechart's order (offers, crises and all). */
export function playGame(index: ScenarioIndex, seed: string, strategy: Strategy, options: PlayOptions = {}): GameState {
  let state = newGame(index, seed);
  while (state.ending === null && (options.stopAfterTurn === undefined || state.turn < options.stopAfterTurn)) {
    state = beginTurn(state, index);
    const asked: string[] = [];
    for (let offer = nextRuleOffer(state, index, asked); offer !== null; offer = nextRuleOffer(state, index, asked)) {
      state = answerOffer(state, index, offer, takeOfferRefusal(state, index, offer) === null && (options.takeOffer?.(state, offer) ?? false));
    }
    for (const option of strategy(state, index)) {
      if (proposalRefusal(state, index, option) === null) state = propose(state, index, option);
    }
    for (const { option } of [...state.proposals]) {
      const weighed = weighProposal(state, index, option);
      const { decision } = weighed;
      const take = decision.outcome === 'counter' && counterRefusal(weighed.state, index, decision) === null && (options.takeCounter?.(weighed.state, decision) ?? true);
      state = settleNegotiation(weighed.state, index, decision, take);
    }
    state = closeTurn(state, index, options.answerCrisis ?? firstCrisisAnswer(index));
    options.afterTurn?.(state);
  }
  return state;
}

/** Plays one game per seed. */
export function playGames(index: ScenarioIndex, seedList: readonly string[], strategy: Strategy, options: PlayOptions = {}): GameState[] {
  return seedList.map((seed) => playGame(index, seed, strategy, options));
}

/** The turns on which `actor` made `move` (the move happened, not only weighed). */
export function moveTurns(state: GameState, actor: string, move: string): number[] {
  return gameLog(state).filter((e) => e.kind === 'move' && e.actor === actor && e.move === move && e.happened).map((e) => e.turn);
}

/** The turns on which `event` fired. */
export function eventTurns(state: GameState, event: string): number[] {
  return gameLog(state).filter((e) => e.kind === 'event' && e.event === event).map((e) => e.turn);
}

/** Over `games`: the turns on which `first` fired, those on which `second` did, and those on which both did. */
export function eventsTogether(games: readonly GameState[], first: string, second: string): { first: number; second: number; both: number } {
  const counts = { first: 0, second: 0, both: 0 };
  for (const g of games) {
    const a = eventTurns(g, first);
    const b = eventTurns(g, second);
    counts.first += a.length;
    counts.second += b.length;
    counts.both += a.filter((t) => b.includes(t)).length;
  }
  return counts;
}

/** The turns on which an effect opened `option` (from closed to open). */
export function openedOnTurns(state: GameState, option: string): number[] {
  const turns: number[] = [];
  for (const e of gameLog(state)) {
    if (!('changes' in e)) continue;
    if (e.changes.some((c) => c.target === `option:${option}` && c.before === false && c.after === true)) turns.push(e.turn);
  }
  return turns;
}

/** Deals made from `option` (accepted, or counter-offer taken), with their turns. */
export function dealTurns(state: GameState, option: string): number[] {
  return gameLog(state).filter((e) => e.kind === 'deal' && e.option === option && (e.result === 'accepted' || e.result === 'counter-taken')).map((e) => e.turn);
}

/** The sum of the changes effects made to a track over the game (e.g. what a deal added in all). */
export function trackChangesFrom(state: GameState, track: string, from: (entry: LogEntry) => boolean): number {
  let total = 0;
  for (const e of gameLog(state)) {
    if (!('changes' in e) || !from(e)) continue;
    for (const c of e.changes) if (c.target === `track:${track}`) total += Number(c.after) - Number(c.before);
  }
  return total;
}

/** The endings of a set of games, as shares (0..1) by ending id. */
export function endingShares(games: readonly GameState[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of games) out[g.ending?.id ?? '(none)'] = (out[g.ending?.id ?? '(none)'] ?? 0) + 1 / games.length;
  return out;
}
