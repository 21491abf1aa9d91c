// Seats: who decides for each actor. The scenario's rules decide by default (`rule`); a bot or a
// person can hold any actor's seat instead. A seat held by a bot or a person decides by events
// (SEAT_ANSWER, SEAT_MOVE, SEAT_OFFER), recorded like the player's own, so a replay needs neither
// the bot nor the person. A seat's decision is certain: no die is drawn for it (docs/rules.md).
import { countedOne } from './counts';
import { holds } from './conditions';
import { inSentence } from './names';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { Decision, GameState } from './state';
import { withTurnLog } from './stateCopy';
import { SEAT_HOLDERS, type SeatHolder, type StandInBot } from './seatHolders';
import { chanceOf, proposalTerms, sumTerms } from './weigh';

export { EVENT_SEAT_HOLDERS, SEAT_HOLDERS, type SeatHolder } from './seatHolders';

/** The bots that can hold an actor's seat: two quick ones (seatBots.ts) and the expert, which plays the future out (seatExpert.ts). */
export const SEAT_BOTS = ['random', 'greedy', 'expert'] as const;
export type SeatBot = (typeof SEAT_BOTS)[number];

/** Actor id → who holds its seat; an actor left out is played by the rules. */
export type Seats = Readonly<Record<string, SeatHolder>>;

export const SEAT_ANSWERS = ['accept', 'reject', 'counter'] as const;
export type SeatAnswer = (typeof SEAT_ANSWERS)[number];

export function seatOf(seats: Seats, actorId: string): SeatHolder {
  return Object.hasOwn(seats, actorId) ? seats[actorId]! : 'rule';
}

/** Who decided a seat's event: its holder, or the bot that decided for a person's seat nobody was at (the event's `by`). */
export function deciderOf(seats: Seats, actorId: string, by: StandInBot | undefined): SeatHolder {
  const holder = seatOf(seats, actorId);
  return holder === 'person' && by !== undefined ? by : holder;
}

/** A seat not played by the rules decides by events, which the game waits for. */
export function decidesByEvent(seats: Seats, actorId: string): boolean {
  return seatOf(seats, actorId) !== 'rule';
}

/** Why a seating cannot be played with this scenario, or null; names the choices. */
export function seatsProblem(index: ScenarioIndex, seats: Seats): string | null {
  for (const [actorId, holder] of Object.entries(seats)) {
    if (!index.actors.has(actorId)) {
      const player = actorId === index.scenario.player.id ? ` (${inSentence(index, actorId)} is the player's own seat)` : '';
      return `there is no actor "${actorId}" in this scenario${player}; the actors are ${[...index.actors.keys()].join(', ')}`;
    }
    if (!(SEAT_HOLDERS as readonly string[]).includes(holder)) return `"${String(holder)}" cannot hold ${actorId}'s seat; the choices are ${SEAT_HOLDERS.join(', ')}`;
  }
  return null;
}

/** Only the seats that are not the rules', in the scenario's actor order (what a record keeps). */
export function seatsOfNote(index: ScenarioIndex, seats: Seats): Record<string, SeatHolder> {
  const kept: Record<string, SeatHolder> = {};
  for (const actor of index.scenario.actors) if (decidesByEvent(seats, actor.id)) kept[actor.id] = seatOf(seats, actor.id);
  return kept;
}

// ---- answering a proposal -------------------------------------------------------------------

/** Why the target's seat cannot give this answer to the option, or null. */
export function answerRefusal(index: ScenarioIndex, optionId: string, answer: string): string | null {
  if (!(SEAT_ANSWERS as readonly string[]).includes(answer)) return `"${answer}" is not an answer; answer ${SEAT_ANSWERS.join(', ')}`;
  const option = must(index.options.get(optionId), `option ${optionId}`);
  if (answer === 'counter' && !option.counter) return `"${option.title}" has no counter-offer in this scenario; answer accept or reject`;
  return null;
}

/**
 * The seat's answer as a decision: the rules' weighing is kept beside it (the advisor's view:
 * terms, score and chance), but no die is drawn and `roll` is null.
 */
export function seatDecision(state: GameState, index: ScenarioIndex, optionId: string, answer: SeatAnswer, holder: SeatHolder): Decision {
  const option = must(index.options.get(optionId), `option ${optionId}`);
  const terms = proposalTerms(state, index, optionId);
  const score = sumTerms(terms);
  const chance = chanceOf(score);
  return { turn: state.turn, option: optionId, actor: option.target!, terms, score, chance, counterBelow: chance, roll: null, outcome: answer, decidedBy: holder };
}

/** The seat answers: logged like the rules' decision, and the option counted as tried. */
export function answerBySeat(state: GameState, index: ScenarioIndex, optionId: string, answer: SeatAnswer, holder: SeatHolder): { state: GameState; decision: Decision } {
  const decision = seatDecision(state, index, optionId, answer, holder);
  const next = withTurnLog(state, [...state.turnLog, { kind: 'decision', turn: state.turn, decision }]);
  next.optionTries = countedOne(state.optionTries, index.slots.options.get(optionId)!);
  return { state: next, decision };
}

// ---- choosing a move ------------------------------------------------------------------------

/** The actor's moves open now (not used up, condition holding), in file order. */
export function openMoves(state: GameState, index: ScenarioIndex, actorId: string): string[] {
  const open: string[] = [];
  for (const { move, slot } of must(index.weighableMoves.get(actorId), `actor ${actorId}`)) {
    if (state.moveTimes[slot]! < move.maxTimes && holds(state, index, move.when)) open.push(move.id);
  }
  return open;
}

/** Why the actor's seat cannot choose this move now (null: none), or null when it can. */
export function moveRefusal(state: GameState, index: ScenarioIndex, actorId: string, moveId: string | null): string | null {
  if (moveId === null) return null;
  const actor = must(index.actors.get(actorId), `actor ${actorId}`);
  const move = actor.moves.find((m) => m.id === moveId);
  if (!move) return `${inSentence(index, actorId)} has no move "${moveId}"; its moves are ${actor.moves.map((m) => m.id).join(', ') || 'none'}`;
  if (!openMoves(state, index, actorId).includes(moveId)) return `"${move.title}" is not open to ${inSentence(index, actorId)} now`;
  return null;
}
