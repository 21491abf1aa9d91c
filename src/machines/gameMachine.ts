// The game actor: a turn's briefing and offers → planning → negotiation → world moves and
// resolution → crises → end check, until an ending holds. Guards and actions call the pure engine;
// the context is plain data (src/machines/gameContext.ts), the refusals' reasons are in
// src/machines/gameRefusals.ts.
// Seats held by a bot or a person (not the rules) are asked: the game waits in a state of its own
// for their event (offers.seat, negotiation.awaitingSeat, worldMoves.seat, crises.awaitingSeat…).
// What the rules decide they decide at once, in an action: a state is entered only where someone
// is waited for or the flow branches. Each transition taken costs XState a microstep and each child
// actor a start and a stop, so the whole game is this one actor, with no child; and each `assign`
// a copy of the snapshot, so a step the rules take at once is one action. A turn the rules play
// through takes four microsteps after END_TURN (negotiation, crises, offers, planning): the moves
// and resolution, and the end check, are actions on the way out of a state, not states.
import { and, assign, setup } from 'xstate';
import {
  answerBySeat,
  answerCrisis,
  answerOffer,
  bargainRound,
  bargainRoundBySeat,
  beginTurn,
  canPropose,
  counterBackRefusal,
  counterRefusal,
  crisisAnswerRefusal,
  deciderOf,
  decidesByEvent,
  endCheck,
  endingNow,
  movesAndResolution,
  nextOfferer,
  openCrisis,
  planRefusal,
  proposalRefusal,
  propose,
  proposeAll,
  replyToCrisis,
  replyToCrisisBySeat,
  settleNegotiation,
  withdraw,
  withdrawalRefusal,
  type CrisisStep,
  type SeatMove,
} from '../engine';
import { standInOf, type PlanEvent, type PlayerEvent, type SeatEvent } from './events';
import {
  counterWaits,
  nextMover,
  nextProposal,
  ruleOffersUntilWait,
  seatMovesOfTurn,
  weighByRulesUntilWait,
  type GameContext,
  type GameEvent,
  type GameInput,
} from './gameContext';
import {
  refusalsInCrisis,
  refusalsInNegotiation,
  refusalsInPlanning,
  refuse,
  refuseSeatEvent,
  refuseSeatEventsElsewhere,
  seatEventRefusal,
  waitForSeat,
  waitingOr,
} from './gameRefusals';
import { afterDecision, afterRound } from './negotiationSteps';

export type { GameContext, GameInput } from './gameContext';

// After the negotiation, and after each seat's move: the next seat to choose its move, or, when
// none is left, all move and the turn is resolved, at once (no state between, no microstep more).
const toWorldMoves = [{ guard: 'seatToMove', target: '#game.worldMoves.seat' }, { target: '#game.crises', actions: 'moveAndResolve' }] as const;

export const gameMachine = setup({
  types: {
    input: {} as GameInput,
    context: {} as GameContext,
    events: {} as GameEvent,
  },
  actions: {
    // The briefing: the turn's events, and a new round of the seats' offers and moves, the rules'
    // actors offering at once (one copy of the snapshot for both).
    beginTurn: assign(({ context }) => {
      const begun = { ...context, game: beginTurn(context.game, context.index), offerAsked: [], offer: null, seatMoves: {}, asking: null };
      return { ...begun, ...ruleOffersUntilWait(begun) };
    }),
    ruleOffers: assign(({ context }) => ruleOffersUntilWait(context)),
    askOfferer: assign(({ context }) => ({ asking: { kind: 'offer' as const, actor: nextOfferer(context.game, context.index, context.offerAsked)! } })),
    seatOffers: assign(({ context, event }) => {
      const { actor, offer, by } = event as Extract<SeatEvent, { type: 'SEAT_OFFER' }>;
      return { offerAsked: [...context.offerAsked, actor], offer: offer === null ? null : { actor, offer, decidedBy: deciderOf(context.seats, actor, by) }, asking: null, refusal: null };
    }),
    askTakeOffer: assign(({ context }) => ({ asking: { kind: 'take-offer' as const, actor: context.offer!.actor, offer: context.offer!.offer } })),
    answerOffer: assign(({ context, event }) => ({
      game: answerOffer(context.game, context.index, context.offer!, (event as Extract<SeatEvent, { type: 'ANSWER_OFFER' }>).take, standInOf(event as PlayerEvent)),
      offer: null,
      asking: null,
      refusal: null,
    })),
    propose: assign(({ context, event }) => ({ game: propose(context.game, context.index, (event as { option: string }).option), refusal: null })),
    proposeAll: assign(({ context, event }) => ({ game: proposeAll(context.game, context.index, (event as PlanEvent).options), refusal: null })),
    withdraw: assign(({ context, event }) => ({ game: withdraw(context.game, (event as { option: string }).option), refusal: null })),
    // Entered only by an accepted event (END_TURN, an answer, a round): no refusal stands.
    weighByRules: assign(({ context }) => ({ ...weighByRulesUntilWait(context), refusal: null })),
    askAnswer: assign(({ context }) => {
      const { option } = nextProposal(context.game)!;
      return { asking: { kind: 'answer' as const, actor: context.index.options.get(option)!.target!, option } };
    }),
    seatAnswers: assign(({ context, event }) => {
      const { actor, answer, by } = event as Extract<SeatEvent, { type: 'SEAT_ANSWER' }>;
      const { state, decision } = answerBySeat(context.game, context.index, nextProposal(context.game)!.option, answer, deciderOf(context.seats, actor, by));
      return { ...afterDecision(context.index, state, decision), asking: null, refusal: null };
    }),
    settleCounter: assign(({ context, event }, params: { taken: boolean }) => ({ game: settleNegotiation(context.game, context.index, context.counter!, params.taken, standInOf(event as PlayerEvent)), counter: null, refusal: null })),
    bargainByRules: assign(({ context }) => {
      const { state, round } = bargainRound(context.game, context.index, context.counter!);
      return { ...afterRound(context.index, state, context.counter!, round), refusal: null };
    }),
    // The player offered the middle and the target's seat decides the round.
    askRound: assign(({ context }) => ({ asking: { kind: 'round' as const, actor: context.counter!.actor, option: context.counter!.option } })),
    seatBargains: assign(({ context, event }) => {
      const { actor, answer, by } = event as Extract<SeatEvent, { type: 'SEAT_ROUND' }>;
      const { state, round } = bargainRoundBySeat(context.game, context.index, context.counter!, answer, deciderOf(context.seats, actor, by));
      return { ...afterRound(context.index, state, context.counter!, round), asking: null, refusal: null };
    }),
    askMover: assign(({ context }) => ({ asking: { kind: 'move' as const, actor: nextMover(context)! } })),
    seatMoves: assign(({ context, event }) => {
      const { actor, move, by } = event as Extract<SeatEvent, { type: 'SEAT_MOVE' }>;
      const seatMove: SeatMove = { move, decidedBy: deciderOf(context.seats, actor, by) };
      return { seatMoves: { ...context.seatMoves, [actor]: seatMove }, asking: null, refusal: null };
    }),
    // All move (the seats' chosen moves, the rules' weighed ones), the turn is resolved, and the
    // crises its events, moves and deals set off open: one step, one copy of the context.
    moveAndResolve: assign(({ context }) => ({ game: movesAndResolution(context.game, context.index, seatMovesOfTurn(context)) })),
    startCrisis: assign(({ context }) => ({ crisisAt: context.game.crises.findIndex((c) => c.outcome === null) })),
    // The computer's answer for a class game's player names its bot in the log, as a seat's does.
    answerCrisis: assign(({ context, event }) => ({ game: answerCrisis(context.game, context.index, (event as { answer: string }).answer, standInOf(event as PlayerEvent)), refusal: null })),
    replyToCrisis: assign(({ context }) => ({ game: replyToCrisis(context.game, context.index).state })),
    askCrisisReply: assign(({ context }) => {
      const open = openCrisis(context.game)!;
      return { asking: { kind: 'crisis-reply' as const, actor: open.actor, crisis: open.crisis } };
    }),
    seatRepliesToCrisis: assign(({ context, event }) => {
      const { actor, reply, by } = event as Extract<SeatEvent, { type: 'SEAT_CRISIS_REPLY' }>;
      return { game: replyToCrisisBySeat(context.game, context.index, reply as CrisisStep, deciderOf(context.seats, actor, by)).state, asking: null, refusal: null };
    }),
    endCheck: assign(({ context }) => ({ game: endCheck(context.game, context.index, context.checksums) })),
    clearRefusal: assign({ refusal: null }),
    refuse: assign(({ event }, params: { reason: string }) => ({ refusal: { event, reason: params.reason } })),
  },
  guards: {
    canPropose: ({ context, event }) => event.type === 'PROPOSE' && canPropose(context.game, context.index, event.option),
    canPlan: ({ context, event }) => event.type === 'PLAN' && planRefusal(context.game, context.index, event.options) === null,
    canWithdraw: ({ context, event }) => event.type === 'WITHDRAW' && withdrawalRefusal(context.game, event.option) === null,
    counterWaiting: ({ context }) => counterWaits(context),
    canTakeCounter: ({ context }) => counterWaits(context) && counterRefusal(context.game, context.index, context.counter!) === null,
    canCounterBack: ({ context }) => counterWaits(context) && counterBackRefusal(context.game, context.index, context.counter!) === null,
    hasProposalToWeigh: ({ context }) => nextProposal(context.game) !== undefined,
    countered: ({ context }) => context.counter !== null,
    targetSeatDecides: ({ context }) => decidesByEvent(context.seats, context.counter!.actor),
    endsNow: ({ context }) => endingNow(context.game, context.index) !== null,
    seatEventFits: ({ context, event }) => seatEventRefusal(context, event as SeatEvent) === null,
    offerWaiting: ({ context }) => context.offer !== null,
    // The rules' offerers have had their turn (ruleOffers): the next one, if any, is a seat's.
    seatOfferer: ({ context }) => nextOfferer(context.game, context.index, context.offerAsked) !== null,
    seatToMove: ({ context }) => nextMover(context) !== undefined,
    hasOpenCrisis: ({ context }) => openCrisis(context.game) !== null,
    crisisEnded: ({ context }) => context.game.crises[context.crisisAt!]!.outcome !== null,
    crisisSeatReplies: ({ context }) => decidesByEvent(context.seats, openCrisis(context.game)!.actor),
    canAnswerCrisis: ({ context, event }) => event.type === 'ANSWER_CRISIS' && context.asking === null && crisisAnswerRefusal(context.game, context.index, event.answer) === null,
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ index: input.index, game: input.game, counter: null, refusal: null, seats: input.seats ?? {}, asking: null, offerAsked: [], offer: null, seatMoves: {}, crisisAt: null, checksums: input.checksums }),
  initial: 'offers',
  // The seats' events, wherever no state takes them: refused with what the game waits for.
  on: refuseSeatEventsElsewhere,
  states: {
    // A turn begins with its briefing; then each actor with an offer open may make one, and the
    // player takes or declines it before planning. The rules' actors offer at once: with the
    // briefing (beginTurn), and after each offer answered or seat asked (ruleOffers).
    offers: {
      entry: 'beginTurn',
      initial: 'next',
      states: {
        next: {
          always: [{ guard: 'offerWaiting', target: 'answer' }, { guard: 'seatOfferer', target: 'seat' }, { target: '#game.planning' }],
        },
        seat: {
          entry: 'askOfferer',
          on: { SEAT_OFFER: [{ guard: 'seatEventFits', actions: ['seatOffers', 'ruleOffers'], target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
        answer: {
          entry: 'askTakeOffer',
          on: { ANSWER_OFFER: [{ guard: 'seatEventFits', actions: ['answerOffer', 'ruleOffers'], target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
      },
    },
    planning: {
      on: {
        PROPOSE: [{ guard: 'canPropose', actions: 'propose' }, { actions: refuse(({ context, event }) => proposalRefusal(context.game, context.index, (event as { option: string }).option)!) }],
        WITHDRAW: [{ guard: 'canWithdraw', actions: 'withdraw' }, { actions: refuse(({ context, event }) => withdrawalRefusal(context.game, (event as { option: string }).option)!) }],
        END_TURN: { target: 'negotiation' },
        // A bot's whole plan: its proposals and END_TURN in one event, one step instead of one each.
        PLAN: [{ guard: 'canPlan', target: 'negotiation', actions: 'proposeAll' }, { actions: refuse(({ context, event }) => planRefusal(context.game, context.index, (event as PlanEvent).options)!) }],
        ...refusalsInPlanning,
      },
    },
    // Each proposal in turn: the rules weigh at once those aimed at their seats (weighQueued); the
    // game waits only for a seat's answer (awaitingSeat) or the player's answer to a counter-offer
    // (countered): take it, decline it, or offer the middle, a round of bargaining that the rules
    // roll at once or the target's seat answers (awaitingRound), for as many rounds as it allows.
    negotiation: {
      initial: 'next',
      on: {
        SEAT_ANSWER: [{ guard: 'seatEventFits', target: '.next', actions: 'seatAnswers' }, refuseSeatEvent],
        SEAT_ROUND: [{ guard: 'seatEventFits', target: '.next', actions: 'seatBargains' }, refuseSeatEvent],
        TAKE_COUNTER: [
          { guard: 'canTakeCounter', target: '.next', actions: { type: 'settleCounter', params: { taken: true } } },
          { actions: refuse(({ context }) => waitingOr(context, context.counter ? counterRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
        ],
        DECLINE_COUNTER: [
          { guard: 'counterWaiting', target: '.next', actions: { type: 'settleCounter', params: { taken: false } } },
          { actions: refuse(({ context }) => waitingOr(context, 'no counter-offer is waiting for an answer')) },
        ],
        COUNTER_BACK: [
          { guard: and(['canCounterBack', 'targetSeatDecides']), target: '.awaitingRound', actions: 'clearRefusal' },
          { guard: 'canCounterBack', target: '.next', actions: 'bargainByRules' },
          { actions: refuse(({ context }) => waitingOr(context, context.counter ? counterBackRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
        ],
        ...refusalsInNegotiation,
      },
      states: {
        next: {
          entry: 'weighByRules',
          always: [{ guard: 'countered', target: 'countered' }, { guard: 'hasProposalToWeigh', target: 'awaitingSeat' }, ...toWorldMoves],
        },
        awaitingSeat: { entry: 'askAnswer' },
        countered: {},
        awaitingRound: { entry: 'askRound' },
      },
    },
    // Seats held by a bot or a person choose their moves first (in actor order); then all move and
    // the turn is resolved (toWorldMoves).
    worldMoves: {
      initial: 'next',
      states: {
        next: { always: toWorldMoves },
        seat: {
          entry: 'askMover',
          on: { SEAT_MOVE: [{ guard: 'seatEventFits', actions: 'seatMoves', target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
      },
    },
    // The turn's crises, opened by its events, moves and deals, are answered one by one: the
    // player answers (answering), then, unless that ended it, the other side replies: its seat when
    // a bot or a person holds it (awaitingSeat), else the rules at once; then the player answers
    // again on the rung reached, or the next crisis comes. The rules are the engine's
    // (src/engine/crisis.ts); this only sequences them.
    crises: {
      initial: 'next',
      on: {
        ANSWER_CRISIS: [
          { guard: 'canAnswerCrisis', target: '.answered', actions: 'answerCrisis' },
          { actions: refuse(({ context, event }) => waitingOr(context, crisisAnswerRefusal(context.game, context.index, (event as { answer: string }).answer)!)) },
        ],
        SEAT_CRISIS_REPLY: [{ guard: 'seatEventFits', target: '.next', actions: 'seatRepliesToCrisis' }, refuseSeatEvent],
        ...refusalsInCrisis,
      },
      states: {
        // No crisis open: the end check (endCheck), then the game is over or the next turn begins.
        next: {
          always: [
            { guard: 'hasOpenCrisis', target: 'answering', actions: 'startCrisis' },
            { guard: 'endsNow', target: '#game.over', actions: 'endCheck' },
            { target: '#game.offers', actions: 'endCheck' },
          ],
        },
        answering: {},
        answered: {
          always: [{ guard: 'crisisEnded', target: 'next' }, { guard: 'crisisSeatReplies', target: 'awaitingSeat' }, { target: 'next', actions: 'replyToCrisis' }],
        },
        awaitingSeat: { entry: 'askCrisisReply' },
      },
    },
    over: {
      on: {
        '*': { actions: refuse(() => 'the game has ended') },
      },
    },
  },
});
