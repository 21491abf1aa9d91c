// The expert in another state's seat: it answers each question by playing the future out. Every
// choice the seat has (an answer, a move or none, an offer or none, a crisis reply, a round's
// answer) is played to the end of the game over SEAT_EXPERT_PLAYTHROUGHS playthroughs of the same
// dice (seatPlaythrough.ts), and weighed by what the actor gains by its own interests (seatGain.ts).
// It keeps the greedy seat bot's choice unless another is clearly better (pairedChoice.ts). Its
// dice are seeded like the other seat bots' (the game's seed, the actor, the turn, the question),
// never from the game's generator: a replay needs only the recorded events.
import { greedyBot } from './bots';
import { movesAndResolution } from './closeTurn';
import { openCrisis, replyToCrisisBySeat } from './crisis';
import { settleBargain, settleNegotiation } from './negotiation';
import { answerOffer, openOffers } from './offers';
import { pairedChoice } from './pairedChoice';
import { bargainRoundBySeat, roundWeighing } from './rounds';
import { must, type ScenarioIndex } from './scenarioIndex';
import { botAnswer, botCrisisReply, botMove, botOffer, botRound, crisisReplyQuestion } from './seatBots';
import { seatGain } from './seatGain';
import { settleCounter } from './playout';
import { withDice } from './playthrough';
import { playRest, type SeatStage } from './seatPlaythrough';
import { CRISIS_REPLIES, ROUND_ANSWERS } from './seatReplies';
import { answerBySeat, answerRefusal, openMoves, SEAT_ANSWERS, type SeatAnswer } from './seats';
import type { BargainOutcome, CrisisStep, Decision, GameState } from './state';

/** Playthroughs per choice: a question costs at most 3 × this many games played out (4 for a move or an offer of several). */
export const SEAT_EXPERT_PLAYTHROUGHS = 12;
const HOLDER = 'expert';

/** The default first, then the other choices in their order. */
const defaultFirst = <T>(fallback: T, all: readonly T[]): T[] => [fallback, ...all.filter((c) => c !== fallback)];

/** What the actor gains from its choice to the end of the game, playthrough `i` of the question. */
function gainOf(state: GameState, index: ScenarioIndex, actorId: string, question: string, i: number, choose: (s: GameState) => { state: GameState; stage: SeatStage }): number {
  const start = withDice(state, `${state.seed}/seat/${actorId}/${state.turn}/${question}/expert/${i}`);
  const chosen = choose(start);
  return seatGain(index, actorId, playRest(chosen.state, index, chosen.stage, start.turnLog.length));
}

/** The target's answer to a proposal. */
export function expertAnswer(state: GameState, index: ScenarioIndex, optionId: string, playthroughs = SEAT_EXPERT_PLAYTHROUGHS): SeatAnswer {
  const actorId = must(index.options.get(optionId), 'option').target!;
  const allowed = SEAT_ANSWERS.filter((a) => answerRefusal(index, optionId, a) === null);
  const player = greedyBot();
  return pairedChoice(
    defaultFirst(botAnswer('greedy', state, index, optionId), allowed),
    (answer, i) =>
      gainOf(state, index, actorId, `answer/${optionId}`, i, (s) => {
        const { state: answered, decision } = answerBySeat(s, index, optionId, answer, HOLDER);
        const settled = answer === 'counter' ? settleCounter(answered, index, player, decision) : settleNegotiation(answered, index, decision);
        return { state: settled, stage: { at: 'negotiation' } };
      }),
    playthroughs,
  );
}

/** The actor's move this turn, or none. */
export function expertMove(state: GameState, index: ScenarioIndex, actorId: string, playthroughs = SEAT_EXPERT_PLAYTHROUGHS): string | null {
  return pairedChoice(
    defaultFirst<string | null>(botMove('greedy', state, index, actorId), [null, ...openMoves(state, index, actorId)]),
    (move, i) =>
      gainOf(state, index, actorId, 'move', i, (s) => ({
        state: movesAndResolution(s, index, { [actorId]: { move, decidedBy: HOLDER } }),
        stage: { at: 'crises' },
      })),
    playthroughs,
  );
}

/** The actor's offer to the player this turn, or none. */
export function expertOffer(state: GameState, index: ScenarioIndex, actorId: string, playthroughs = SEAT_EXPERT_PLAYTHROUGHS): string | null {
  const player = greedyBot();
  // The actors are asked in the scenario's order: those before this one have been asked.
  const asked = index.actorIds.slice(0, index.actorIds.indexOf(actorId) + 1);
  return pairedChoice(
    defaultFirst<string | null>(botOffer('greedy', state, index, actorId), [null, ...openOffers(state, index, actorId)]),
    (offer, i) =>
      gainOf(state, index, actorId, 'offer', i, (s) => {
        if (offer === null) return { state: s, stage: { at: 'offers', asked } };
        const pending = { actor: actorId, offer, decidedBy: HOLDER };
        const answer = player.answerOffer(s, index, pending);
        return { state: answerOffer(s, index, pending, answer.type === 'ANSWER_OFFER' && answer.take), stage: { at: 'offers', asked } };
      }),
    playthroughs,
  );
}

/** The other side's reply in the open crisis. */
export function expertCrisisReply(state: GameState, index: ScenarioIndex, playthroughs = SEAT_EXPERT_PLAYTHROUGHS): CrisisStep {
  const open = openCrisis(state)!;
  return pairedChoice(
    defaultFirst<CrisisStep>(botCrisisReply('greedy', state, index), CRISIS_REPLIES),
    (reply, i) => gainOf(state, index, open.actor, crisisReplyQuestion(state), i, (s) => ({ state: replyToCrisisBySeat(s, index, reply, HOLDER).state, stage: { at: 'crises' } })),
    playthroughs,
  );
}

/** The target's answer to the middle the player offered for its counter-offer. */
export function expertRound(state: GameState, index: ScenarioIndex, decision: Decision, playthroughs = SEAT_EXPERT_PLAYTHROUGHS): BargainOutcome {
  const player = greedyBot();
  const round = roundWeighing(state, index, decision).round;
  return pairedChoice(
    defaultFirst<BargainOutcome>(botRound('greedy', state, index, decision), ROUND_ANSWERS),
    (outcome, i) =>
      gainOf(state, index, decision.actor, `round/${decision.option}/${round}`, i, (s) => {
        const after = bargainRoundBySeat(s, index, decision, outcome, HOLDER).state;
        const settled = outcome === 'hold' ? settleCounter(after, index, player, decision) : settleBargain(after, index, decision, outcome);
        return { state: settled, stage: { at: 'negotiation' } };
      }),
    playthroughs,
  );
}
