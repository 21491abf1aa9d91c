// One proposal's negotiation, a child statechart of the game:
// proposed → (the seat answers, when a bot or a person holds the target's seat; the game
// weighs by the rules itself and starts this child from its decision only for a counter-offer) → weighed →
// accepted | rejected | countered → (counter taken | declined), and from
// countered the player may offer the middle: bargaining (the rules' die) or awaitingRound (the
// target's seat, when a bot or a person holds it) → middle taken | walked away | countered
// again (the target keeps its counter-offer), for as many rounds as the counter-offer allows.
// The deal is then carried out over its turns as an agreement in the game state.
import { and, assign, sendParent, setup } from 'xstate';
import { answerBySeat, bargainRound, bargainRoundBySeat, counterBackRefusal, settleBargain, settleNegotiation, weighProposal, type ScenarioIndex, type SeatAnswer, type SeatHolder } from '../engine';
import type { BargainOutcome, BargainRound, Decision, GameState } from '../engine';

export interface NegotiationInput {
  index: ScenarioIndex;
  game: GameState;
  option: string;
  /** Who holds the target's seat: the rules weigh and roll; anyone else answers by SEAT_ANSWER and SEAT_ROUND. */
  seat?: SeatHolder;
  /** The rules' decision when they already weighed it (the game does, and invokes this child only for a counter-offer). */
  decision?: Decision;
}

interface NegotiationContext extends Omit<NegotiationInput, 'decision'> {
  decision: Decision | null;
  /** The last round of bargaining, if the player offered the middle. */
  round: BargainRound | null;
}

export type NegotiationEvent =
  | { type: 'TAKE_COUNTER' }
  | { type: 'DECLINE_COUNTER' }
  | { type: 'COUNTER_BACK' }
  | { type: 'SEAT_ANSWER'; answer: SeatAnswer }
  | { type: 'SEAT_ROUND'; answer: BargainOutcome };

/** Sent to the parent when the target counter-offers and the player must answer. */
export interface CounterOfferedEvent {
  type: 'negotiation.countered';
  game: GameState;
  decision: Decision;
}

export const negotiationMachine = setup({
  types: {
    input: {} as NegotiationInput,
    context: {} as NegotiationContext,
    events: {} as NegotiationEvent,
    output: {} as { game: GameState; decision: Decision },
  },
  actions: {
    weigh: assign(({ context }) => {
      const { state, decision } = weighProposal(context.game, context.index, context.option);
      return { game: state, decision };
    }),
    seatAnswers: assign(({ context, event }) => {
      const { state, decision } = answerBySeat(context.game, context.index, context.option, (event as { answer: SeatAnswer }).answer, context.seat!);
      return { game: state, decision };
    }),
    settle: assign(({ context }, params: { counterTaken: boolean }) => ({
      game: settleNegotiation(context.game, context.index, context.decision!, params.counterTaken),
    })),
    bargain: assign(({ context }) => {
      const { state, round } = bargainRound(context.game, context.index, context.decision!);
      return { game: state, round };
    }),
    seatBargains: assign(({ context, event }) => {
      const { state, round } = bargainRoundBySeat(context.game, context.index, context.decision!, (event as { answer: BargainOutcome }).answer, context.seat!);
      return { game: state, round };
    }),
    settleBargain: assign(({ context }, params: { outcome: 'accept' | 'walk-away' }) => ({
      game: settleBargain(context.game, context.index, context.decision!, params.outcome),
    })),
    announceCounter: sendParent(({ context }): CounterOfferedEvent => ({ type: 'negotiation.countered', game: context.game, decision: context.decision! })),
  },
  guards: {
    seatDecides: ({ context }) => (context.seat ?? 'rule') !== 'rule',
    alreadyWeighed: ({ context }) => context.decision !== null,
    accepted: ({ context }) => context.decision!.outcome === 'accept',
    countered: ({ context }) => context.decision!.outcome === 'counter',
    mayCounterBack: ({ context }) => counterBackRefusal(context.game, context.index, context.decision!) === null,
    middleAccepted: ({ context }) => context.round?.outcome === 'accept',
    walkedAway: ({ context }) => context.round?.outcome === 'walk-away',
  },
}).createMachine({
  id: 'negotiation',
  context: ({ input }) => ({ ...input, decision: input.decision ?? null, round: null }),
  initial: 'proposed',
  states: {
    proposed: { always: [{ guard: 'alreadyWeighed', target: 'weighed' }, { guard: 'seatDecides', target: 'awaitingSeat' }, { target: 'weighed', actions: 'weigh' }] },
    // The parent checks the answer (the seat, the option's counter) before passing it on.
    awaitingSeat: { on: { SEAT_ANSWER: { target: 'weighed', actions: 'seatAnswers' } } },
    weighed: {
      always: [
        { guard: 'accepted', target: 'accepted' },
        { guard: 'countered', target: 'countered' },
        { target: 'rejected' },
      ],
    },
    countered: {
      entry: 'announceCounter',
      on: {
        TAKE_COUNTER: 'counterTaken',
        DECLINE_COUNTER: 'counterDeclined',
        COUNTER_BACK: [
          { guard: and(['mayCounterBack', 'seatDecides']), target: 'awaitingRound' },
          // The rules roll the round at once.
          { guard: 'mayCounterBack', target: 'roundDecided', actions: 'bargain' },
        ],
      },
    },
    // The parent checks the seat's event before passing it on.
    awaitingRound: { on: { SEAT_ROUND: { target: 'roundDecided', actions: 'seatBargains' } } },
    roundDecided: {
      always: [
        { guard: 'middleAccepted', target: 'middleTaken' },
        { guard: 'walkedAway', target: 'walkedAway' },
        { target: 'countered' },
      ],
    },
    accepted: { type: 'final', entry: { type: 'settle', params: { counterTaken: false } } },
    rejected: { type: 'final', entry: { type: 'settle', params: { counterTaken: false } } },
    counterTaken: { type: 'final', entry: { type: 'settle', params: { counterTaken: true } } },
    counterDeclined: { type: 'final', entry: { type: 'settle', params: { counterTaken: false } } },
    middleTaken: { type: 'final', entry: { type: 'settleBargain', params: { outcome: 'accept' } } },
    walkedAway: { type: 'final', entry: { type: 'settleBargain', params: { outcome: 'walk-away' } } },
  },
  output: ({ context }) => ({ game: context.game, decision: context.decision! }),
});
