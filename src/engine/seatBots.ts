// Bots in another state's seat: they play for that state's interests as the scenario defines them.
// A bot's decision is an event like a person's; its generator is seeded from the game's seed, the
// turn, the actor and the question (never the game's own generator), so a bot decides the same way
// whenever it is asked the same thing, after a reload as in a batch.
import { crisisReplyWeighing, openCrisis } from './crisis';
import { roundWeighing } from './rounds';
import { CRISIS_REPLIES, ROUND_ANSWERS } from './seatReplies';
import { COUNTER_BAND, chanceOf, interestTerms, proposalScore, sumTerms } from './weigh';
import { openOffers } from './offers';
import { roll, seedRng } from './rng';
import { must, type ScenarioIndex } from './scenarioIndex';
import { answerRefusal, openMoves, SEAT_ANSWERS, type SeatAnswer, type SeatBot } from './seats';
import type { BargainOutcome, CrisisStep, Decision, GameState } from './state';
import { weighMoves } from './worldMoves';

/** The quick seat bots, decided here; the expert is in seatExpert.ts. */
export type QuickSeatBot = Exclude<SeatBot, 'expert'>;

/** The question a crisis reply answers, for a seat bot's seed: the crisis and which reply of this turn it is. */
export function crisisReplyQuestion(state: GameState): string {
  const open = openCrisis(state)!;
  const replies = state.turnLog.filter((e) => e.kind === 'crisis-reply' && e.reply.crisis === open.crisis).length;
  return `crisis/${open.crisis}/${replies + 1}`;
}

function pick<T>(state: GameState, actorId: string, question: string, choices: readonly T[]): T {
  return choices[roll(seedRng(`${state.seed}/seat/${actorId}/${state.turn}/${question}`), choices.length).value]!;
}

/**
 * greedy: the rules' weighing without the die: accept when the chance is at least 50 %, else
 * counter when the counter-offer band reaches 50 %, else reject. random: any allowed answer.
 */
export function botAnswer(bot: QuickSeatBot, state: GameState, index: ScenarioIndex, optionId: string): SeatAnswer {
  const allowed = SEAT_ANSWERS.filter((a) => answerRefusal(index, optionId, a) === null);
  if (bot === 'random') return pick(state, must(index.options.get(optionId), 'option').target!, `answer/${optionId}`, allowed);
  const chance = chanceOf(proposalScore(state, index, optionId));
  if (chance >= 50) return 'accept';
  return allowed.includes('counter') && chance + COUNTER_BAND >= 50 ? 'counter' : 'reject';
}

/** greedy: the open move the rules weigh likeliest, when its chance is at least 50 %; random: any open move or none. */
export function botMove(bot: QuickSeatBot, state: GameState, index: ScenarioIndex, actorId: string): string | null {
  if (bot === 'random') return pick<string | null>(state, actorId, 'move', [null, ...openMoves(state, index, actorId)]);
  let best: { move: string; chance: number } | null = null;
  for (const w of weighMoves(state, index, actorId)) if (best === null || w.chance > best.chance) best = w;
  return best !== null && best.chance >= 50 ? best.move : null;
}

/** greedy: the open offer that serves the actor's interests most, unless it hurts them; random: any or none. */
export function botOffer(bot: QuickSeatBot, state: GameState, index: ScenarioIndex, actorId: string): string | null {
  const open = openOffers(state, index, actorId);
  if (bot === 'random') return pick<string | null>(state, actorId, 'offer', [null, ...open]);
  let best: { id: string; value: number } | null = null;
  for (const id of open) {
    const value = sumTerms(interestTerms(index, actorId, must(index.offers.get(`${actorId}/${id}`), 'offer').touches));
    if (best === null || value > best.value) best = { id, value };
  }
  return best !== null && best.value >= 0 ? best.id : null;
}

/**
 * The reply the rules' die would give if it showed 50: `first` below `chance`, `second` below
 * `holdBelow`, else `third`. greedy's threshold rule for the crisis reply and the round.
 */
function medianDie<T>(weighed: { chance: number; holdBelow: number }, [first, second, third]: readonly [T, T, T]): T {
  return weighed.chance >= 50 ? first : weighed.holdBelow >= 50 ? second : third;
}

/**
 * The other side's reply in the open crisis. greedy: back down when the rules' chance of backing
 * down is at least 50 %, else hold when the chance plus the hold band (40) reaches 50 %, else
 * escalate. random: any reply.
 */
export function botCrisisReply(bot: QuickSeatBot, state: GameState, index: ScenarioIndex): CrisisStep {
  const open = openCrisis(state)!;
  if (bot === 'random') return pick(state, open.actor, crisisReplyQuestion(state), CRISIS_REPLIES);
  return medianDie(crisisReplyWeighing(state, index), CRISIS_REPLIES);
}

/**
 * The target's answer to the middle. greedy: take it when the rules' chance is at least 50 %, else
 * keep the counter-offer when the chance plus the counter band (25) reaches 50 %, else walk away.
 * random: any answer.
 */
export function botRound(bot: QuickSeatBot, state: GameState, index: ScenarioIndex, decision: Decision): BargainOutcome {
  const weighed = roundWeighing(state, index, decision);
  if (bot === 'random') return pick(state, decision.actor, `round/${decision.option}/${weighed.round}`, ROUND_ANSWERS);
  return medianDie(weighed, ROUND_ANSWERS);
}
