// The end check and the final score. An ending explains itself by the values of its condition.
import type { ScenarioEnding } from '../scenario/schema';
import { holds, trace } from './conditions';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState, Term } from './state';
import { copyState } from './stateCopy';
import { trackValue } from './trackValue';
import { figure } from './figure';
import { sumTerms } from './weigh';
import { termAround } from './termWords';

export function scoreTerms(state: GameState, index: ScenarioIndex): Term[] {
  return index.scenario.score.map((s) => {
    const value = trackValue(state.tracks, index, s.track);
    return termAround('', index.tracks.get(s.track)!.name, ` (${figure(value)}) × ${figure(s.weight)}`, s.weight * value, 'base');
  });
}

/** The ending that holds now: an early one at any turn, any one on the last turn, else null. */
export function endingNow(state: GameState, index: ScenarioIndex): ScenarioEnding | null {
  const { endings, calendar } = index.scenario;
  const early = endings.find((e) => e.early && e.when !== undefined && holds(state, index, e.when));
  if (early) return early;
  if (state.turn < calendar.turns) return null;
  return lastTurnEnding(state, index);
}

/** The ending the last turn gives: the first whose condition holds, else the one without a condition. */
function lastTurnEnding(state: GameState, index: ScenarioIndex): ScenarioEnding {
  const { endings } = index.scenario;
  return endings.find((e) => e.when !== undefined && holds(state, index, e.when)) ?? endings.find((e) => e.when === undefined)!;
}

/**
 * A game stopped before its end (a class game its teacher ended) judged as it stands, as the last
 * turn would judge it: a copy with that ending, its score and its reasons, for the debrief. The
 * game itself has no ending and its record none: this is a reading of it, not a move in it.
 */
export function judgedAsItStands(state: GameState, index: ScenarioIndex): GameState {
  return finishGame(state, index, lastTurnEnding(state, index));
}

/**
 * The final score without writing its terms: the tracks' weighted values and the ending's bonus,
 * finishGame's sum (tests/engine/quietWeighing.test.ts holds the two equal).
 */
export function finalScore(state: GameState, index: ScenarioIndex, ending: ScenarioEnding): number {
  let score = ending.bonus;
  for (const s of index.scenario.score) score += s.weight * trackValue(state.tracks, index, s.track);
  return score;
}

/**
 * The game ended, as a playthrough keeps it: the ending and its score, without the log entry that
 * explains them (its labelled terms and its condition's trace), which a playthrough would throw
 * away. It saves little: 290.5 → 286.0 KB allocated a playthrough (docs/speed.md).
 */
export function endWithScore(state: GameState, index: ScenarioIndex, ending: ScenarioEnding): GameState {
  const next = copyState(state);
  next.ending = { id: ending.id, turn: state.turn, score: finalScore(state, index, ending) };
  return next;
}

/** The game ended: a copy with the ending and its score, and its log entry with the reasons behind it. */
export function finishGame(state: GameState, index: ScenarioIndex, ending: ScenarioEnding): GameState {
  const terms = [...scoreTerms(state, index)];
  if (ending.bonus !== 0) terms.push(termAround('Ending: ', ending.title, '', ending.bonus, 'modifier'));
  const score = sumTerms(terms);
  const next = copyState(state);
  next.ending = { id: ending.id, turn: state.turn, score };
  next.turnLog = [...state.turnLog, { kind: 'ending', turn: state.turn, ending: ending.id, score, scoreTerms: terms, reasons: trace(state, index, ending.when) }];
  return next;
}
