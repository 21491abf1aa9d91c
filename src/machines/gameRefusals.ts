// Why the game refuses an event now, in plain words. A refusal leaves the game untouched: the
// statechart's `refuse` action only records the event and its reason in the context.
import { answerRefusal, crisisReplyRefusal, moveRefusal, offerRefusal, roundAnswerRefusal, takeOfferRefusal } from '../engine';
import type { SeatEvent } from './events';
import { nextProposal, type GameContext, type GameEvent } from './gameContext';
import { describeQuestion, seatEventMismatch } from './seatQuestion';

/** A refusal names its reason; the `reason` function reads the context and the event. */
export const refuse = (reason: (args: { context: GameContext; event: GameEvent }) => string) => ({
  type: 'refuse' as const,
  params: (args: { context: GameContext; event: GameEvent }) => ({ reason: reason(args) }),
});

/** Why a seat's event cannot be taken now, or null: first whether it fits the question, then the rules. */
export function seatEventRefusal(context: GameContext, event: SeatEvent): string | null {
  const mismatch = seatEventMismatch(context.asking, event, context.index, context.seats);
  if (mismatch !== null) return mismatch;
  const { game, index } = context;
  switch (event.type) {
    case 'SEAT_ANSWER':
      return answerRefusal(index, nextProposal(game)!.option, event.answer);
    case 'SEAT_MOVE':
      return moveRefusal(game, index, event.actor, event.move);
    case 'SEAT_OFFER':
      return offerRefusal(game, index, event.actor, event.offer);
    case 'ANSWER_OFFER':
      return event.take ? takeOfferRefusal(game, index, context.offer!) : null;
    case 'SEAT_CRISIS_REPLY':
      return crisisReplyRefusal(event.reply);
    case 'SEAT_ROUND':
      return roundAnswerRefusal(event.answer);
  }
}

const SEAT_EVENT_TYPES: ReadonlySet<string> = new Set(['SEAT_ANSWER', 'SEAT_MOVE', 'SEAT_OFFER', 'ANSWER_OFFER', 'SEAT_CRISIS_REPLY', 'SEAT_ROUND']);
const isSeatEvent = (event: GameEvent): event is SeatEvent => SEAT_EVENT_TYPES.has(event.type);

/** A seat's event that does not fit or that the rules refuse. */
export const refuseSeatEvent = { actions: refuse(({ context, event }) => seatEventRefusal(context, event as SeatEvent) ?? 'not now') };

/** What the game waits for when a seat is asked, else the reason given. */
export const waitingOr = (context: GameContext, reason: string) => (context.asking ? `the game waits for ${describeQuestion(context.asking, context.index)}` : reason);

/** While a seat is asked, the player's planning and counter events wait. */
export const waitForSeat = {
  '*': { actions: refuse(({ context, event }) => (isSeatEvent(event) ? seatEventRefusal(context, event) : null) ?? `the game waits for ${describeQuestion(context.asking!, context.index)}`) },
};

/** The seats' events, wherever no state takes them: refused with what the game waits for. */
export const refuseSeatEventsElsewhere = {
  SEAT_ANSWER: refuseSeatEvent,
  SEAT_MOVE: refuseSeatEvent,
  SEAT_OFFER: refuseSeatEvent,
  ANSWER_OFFER: refuseSeatEvent,
  SEAT_CRISIS_REPLY: refuseSeatEvent,
  SEAT_ROUND: refuseSeatEvent,
};

const noCounterInPlanning = refuse(() => 'there is no counter-offer to answer during planning');

/** During planning: the counter-offer and crisis events have nothing to answer. */
export const refusalsInPlanning = {
  TAKE_COUNTER: { actions: noCounterInPlanning },
  DECLINE_COUNTER: { actions: noCounterInPlanning },
  COUNTER_BACK: { actions: noCounterInPlanning },
  ANSWER_CRISIS: { actions: refuse(() => 'no crisis is waiting for an answer: crises are answered at the end of the turn') },
};

/** While a proposal's negotiation waits: planning and crisis events. */
export const refusalsInNegotiation = {
  PROPOSE: { actions: refuse(({ context }) => waitingOr(context, 'proposals are made during planning; answer the counter-offer first')) },
  WITHDRAW: { actions: refuse(() => 'proposals are being negotiated and can no longer be withdrawn') },
  END_TURN: { actions: refuse(({ context }) => waitingOr(context, 'answer the counter-offer first')) },
  PLAN: { actions: refuse(({ context }) => waitingOr(context, 'proposals are made during planning; answer the counter-offer first')) },
  ANSWER_CRISIS: { actions: refuse(() => 'no crisis is waiting for an answer; answer the counter-offer first') },
};

const proposalsInPlanning = refuse(() => 'answer the crisis first; proposals are made during planning');
const noCounterInCrisis = refuse(() => 'no counter-offer is waiting; answer the crisis first');

/** While a crisis waits: planning and counter-offer events. */
export const refusalsInCrisis = {
  PROPOSE: { actions: proposalsInPlanning },
  WITHDRAW: { actions: proposalsInPlanning },
  END_TURN: { actions: refuse(() => 'answer the crisis first') },
  PLAN: { actions: proposalsInPlanning },
  TAKE_COUNTER: { actions: noCounterInCrisis },
  DECLINE_COUNTER: { actions: noCounterInCrisis },
  COUNTER_BACK: { actions: noCounterInCrisis },
};
