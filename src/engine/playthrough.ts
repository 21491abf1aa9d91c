// One playthrough: from a turn's planning, the given proposals, then the greedy bot's choices for
// the rest of the game, over fresh dice. The game's own generator is replaced before anything is
// drawn, so a playthrough never reads (nor predicts) the game's dice: the expert and the advisor
// see only what their own seeds give. Only the ending is kept, so a playthrough skips what a
// game of record needs: the turns' checksums, the log of turns past (the rules read only the
// present turn's entries: the crises' triggers and the rounds of bargaining) and the ending's
// explanation.
import { greedyBot } from './bots';
import { answerOpenCrisis, movesAndResolution } from './closeTurn';
import { openCrisis } from './crisis';
import { endingNow, endWithScore, finishGame } from './endings';
import { finishTurn, openTurn, playOn, type TurnCloser } from './playout';
import { objectList } from './lists';
import { seedRng } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import type { EndingResult, GameState } from './state';
import { copyState, withoutLog } from './stateCopy';

/**
 * After the moves and resolution: every crisis answered by `answer`, then the end check without the
 * turn's checksum (its history row). `finish` ends the game: with the ending's log entry, or
 * (endWithScore) without it when nothing will read it.
 */
export function answerCrisesAndEnd(state: GameState, index: ScenarioIndex, answer: (state: GameState) => string, finish = finishGame): GameState {
  let s = state;
  while (openCrisis(s)) s = answerOpenCrisis(s, index, answer(s));
  const ending = endingNow(s, index);
  return ending ? finish(s, index, ending) : s;
}

/** closeTurn without the turn's checksum, and the game's end without its explanation: only the ending is kept. */
const closeWithoutChecksum: TurnCloser = (state, index, answer) => answerCrisesAndEnd(movesAndResolution(state, index), index, answer, endWithScore);

/** The greedy bot's proposals for the rest of this turn, after those already queued. */
export function greedyFill(state: GameState, index: ScenarioIndex): string[] {
  const options: string[] = [];
  for (const choice of greedyBot().plan(state, index)) if (choice.type === 'PROPOSE') options.push(choice.option);
  return options;
}

/** A playthrough's own dice, and the present turn's log only (the rules read no older entries). */
export function withDice(state: GameState, diceSeed: string): GameState {
  const next = copyState(state);
  next.pastLog = objectList();
  next.rng = seedRng(diceSeed);
  return next;
}

/** Proposes `options` this turn, then lets the greedy bot play the game out over dice seeded by `diceSeed`. */
export function playThrough(state: GameState, index: ScenarioIndex, options: readonly string[], diceSeed: string): EndingResult {
  const greedy = greedyBot();
  let s = withDice(state, diceSeed);
  s = finishTurn(s, index, greedy, options, closeWithoutChecksum);
  if (!s.ending) s = playOn(openTurn(withoutLog(s), index, greedy), index, greedy, closeWithoutChecksum);
  return s.ending!;
}
