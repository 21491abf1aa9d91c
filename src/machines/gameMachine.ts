// The game actor: briefing → offers → planning → negotiation → world moves → resolution → end
// check, until an ending holds. Guards and actions call the pure engine; the context is plain data.
// Seats held by a bot or a person (not the rules) are asked: the game waits in `asking` for their event.
import { assign, sendTo, setup } from 'xstate';
import {
  answerOffer,
  answerRefusal,
  beginTurn,
  counterBackRefusal,
  decidesByEvent,
  moveRefusal,
  nextOfferer,
  offerRefusal,
  openMoves,
  ruleOffer,
  seatOf,
  takeOfferRefusal,
  counterRefusal,
  crisisAnswerRefusal,
  crisisReplyRefusal,
  roundAnswerRefusal,
  endCheck,
  openCrises,
  openCrisis,
  proposalRefusal,
  propose,
  resolveTurn,
  withdraw,
  withdrawalRefusal,
  worldMoves,
  type Decision,
  type GameState,
  type PendingOffer,
  type ScenarioIndex,
  type SeatAnswer,
  type SeatMove,
  type Seats,
} from '../engine';
import type { PlayerEvent, Refusal, SeatEvent } from './events';
import { crisisMachine, type CrisisAskingEvent, type CrisisWaitingEvent } from './crisisMachine';
import { negotiationMachine, type CounterOfferedEvent } from './negotiationMachine';
import { describeQuestion, seatEventMismatch, type SeatQuestion } from './seatQuestion';

export interface GameContext {
  index: ScenarioIndex;
  game: GameState;
  /** The counter-offer awaiting the player's answer, if any. */
  counter: Decision | null;
  /** The last refused event and why; refusals leave `game` untouched. */
  refusal: Refusal | null;
  /** Who holds each actor's seat; actors left out are played by the rules. */
  seats: Seats;
  /** The seat's decision the game waits for, if any. */
  asking: SeatQuestion | null;
  /** This turn: the actors already asked for an offer, the offer awaiting the player, the seats' moves. */
  offerAsked: string[];
  offer: PendingOffer | null;
  seatMoves: Record<string, SeatMove>;
}

export interface GameInput {
  index: ScenarioIndex;
  game: GameState;
  seats?: Seats;
}

type GameEvent = PlayerEvent | CounterOfferedEvent | CrisisWaitingEvent | CrisisAskingEvent;

/** A refusal names its reason; the `reason` function reads the context and the event. */
const refuse = (reason: (args: { context: GameContext; event: GameEvent }) => string) => ({
  type: 'refuse' as const,
  params: (args: { context: GameContext; event: GameEvent }) => ({ reason: reason(args) }),
});

const nextProposal = (game: GameState) => game.proposals[game.outcomes.length];

/** The next actor held by a bot or a person that has a move open and has not chosen yet. */
const nextMover = (context: GameContext) =>
  context.index.scenario.actors.find((a) => decidesByEvent(context.seats, a.id) && !Object.hasOwn(context.seatMoves, a.id) && openMoves(context.game, context.index, a.id).length > 0)?.id;

/** Why a seat's event cannot be taken now, or null: first whether it fits the question, then the rules. */
function seatEventRefusal(context: GameContext, event: SeatEvent): string | null {
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

const isSeatEvent = (event: GameEvent): event is SeatEvent => ['SEAT_ANSWER', 'SEAT_MOVE', 'SEAT_OFFER', 'ANSWER_OFFER', 'SEAT_CRISIS_REPLY', 'SEAT_ROUND'].includes(event.type);

/** A seat's event that does not fit or that the rules refuse. */
const refuseSeatEvent = { actions: refuse(({ context, event }) => seatEventRefusal(context, event as SeatEvent) ?? 'not now') };

/** A counter-offer waits for the player, unless its target's seat is deciding a round. */
const counterWaits = (context: GameContext) => context.counter !== null && context.asking === null;

/** What the game waits for when a seat is asked, else the reason given. */
const waitingOr = (context: GameContext, reason: string) => (context.asking ? `the game waits for ${describeQuestion(context.asking, context.index)}` : reason);

/** While a seat is asked, the player's planning and counter events wait. */
const waitForSeat = {
  '*': { actions: refuse(({ context, event }) => (isSeatEvent(event) ? seatEventRefusal(context, event) : null) ?? `the game waits for ${describeQuestion(context.asking!, context.index)}`) },
};

export const gameMachine = setup({
  types: {
    input: {} as GameInput,
    context: {} as GameContext,
    events: {} as GameEvent,
  },
  actors: { negotiation: negotiationMachine, crisis: crisisMachine },
  actions: {
    beginTurn: assign(({ context }) => ({ game: beginTurn(context.game, context.index) })),
    // Every seat not played by the rules is in `seatMoves`, with none when it had no move open.
    worldMoves: assign(({ context }) => {
      const moves: Record<string, SeatMove> = {};
      for (const a of context.index.scenario.actors) {
        if (decidesByEvent(context.seats, a.id)) moves[a.id] = context.seatMoves[a.id] ?? { move: null, decidedBy: seatOf(context.seats, a.id) };
      }
      return { game: worldMoves(context.game, context.index, moves) };
    }),
    resolve: assign(({ context }) => ({ game: resolveTurn(context.game, context.index) })),
    endCheck: assign(({ context }) => ({ game: endCheck(context.game, context.index) })),
    openCrises: assign(({ context }) => ({ game: openCrises(context.game, context.index) })),
    clearRefusal: assign({ refusal: null }),
    newSeatRound: assign({ offerAsked: [], offer: null, seatMoves: {}, asking: null }),
    ruleOffers: assign(({ context }) => {
      const actor = nextOfferer(context.game, context.index, context.offerAsked)!;
      const offer = ruleOffer(context.game, context.index, actor);
      return { offerAsked: [...context.offerAsked, actor], offer: offer === null ? null : { actor, offer, decidedBy: 'rule' } };
    }),
    askOfferer: assign(({ context }) => ({ asking: { kind: 'offer' as const, actor: nextOfferer(context.game, context.index, context.offerAsked)! } })),
    seatOffers: assign(({ context, event }) => {
      const { actor, offer } = event as Extract<SeatEvent, { type: 'SEAT_OFFER' }>;
      return { offerAsked: [...context.offerAsked, actor], offer: offer === null ? null : { actor, offer, decidedBy: seatOf(context.seats, actor) }, asking: null, refusal: null };
    }),
    askTakeOffer: assign(({ context }) => ({ asking: { kind: 'take-offer' as const, actor: context.offer!.actor, offer: context.offer!.offer } })),
    answerOffer: assign(({ context, event }) => ({
      game: answerOffer(context.game, context.index, context.offer!, (event as Extract<SeatEvent, { type: 'ANSWER_OFFER' }>).take),
      offer: null,
      asking: null,
      refusal: null,
    })),
    askAnswer: assign(({ context }) => {
      const proposal = nextProposal(context.game)!;
      // A step taken alone (no target) asks no seat.
      const actor = context.index.options.get(proposal.option)!.target;
      return { asking: actor !== undefined && decidesByEvent(context.seats, actor) ? { kind: 'answer' as const, actor, option: proposal.option } : null };
    }),
    // The player offered the middle: the target's seat decides the round when a bot or a person holds it.
    askRound: assign(({ context }) => {
      const { actor, option } = context.counter!;
      return { asking: decidesByEvent(context.seats, actor) ? { kind: 'round' as const, actor, option } : null };
    }),
    askMover: assign(({ context }) => ({ asking: { kind: 'move' as const, actor: nextMover(context)! } })),
    seatMoves: assign(({ context, event }) => {
      const { actor, move } = event as Extract<SeatEvent, { type: 'SEAT_MOVE' }>;
      return { seatMoves: { ...context.seatMoves, [actor]: { move, decidedBy: seatOf(context.seats, actor) } }, asking: null, refusal: null };
    }),
    refuse: assign(({ event }, params: { reason: string }) => ({ refusal: { event: event as PlayerEvent, reason: params.reason } })),
  },
  guards: {
    canPropose: ({ context, event }) => event.type === 'PROPOSE' && proposalRefusal(context.game, context.index, event.option) === null,
    canWithdraw: ({ context, event }) => event.type === 'WITHDRAW' && withdrawalRefusal(context.game, event.option) === null,
    counterWaiting: ({ context }) => counterWaits(context),
    canTakeCounter: ({ context }) => counterWaits(context) && counterRefusal(context.game, context.index, context.counter!) === null,
    canCounterBack: ({ context }) => counterWaits(context) && counterBackRefusal(context.game, context.index, context.counter!) === null,
    hasProposalToWeigh: ({ context }) => nextProposal(context.game) !== undefined,
    ended: ({ context }) => context.game.ending !== null,
    seatEventFits: ({ context, event }) => seatEventRefusal(context, event as SeatEvent) === null,
    offerWaiting: ({ context }) => context.offer !== null,
    ruleOfferer: ({ context }) => {
      const actor = nextOfferer(context.game, context.index, context.offerAsked);
      return actor !== null && !decidesByEvent(context.seats, actor);
    },
    seatOfferer: ({ context }) => nextOfferer(context.game, context.index, context.offerAsked) !== null,
    seatToMove: ({ context }) => nextMover(context) !== undefined,
    hasOpenCrisis: ({ context }) => openCrisis(context.game) !== null,
    canAnswerCrisis: ({ context, event }) => event.type === 'ANSWER_CRISIS' && context.asking === null && crisisAnswerRefusal(context.game, context.index, event.answer) === null,
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ index: input.index, game: input.game, counter: null, refusal: null, seats: input.seats ?? {}, asking: null, offerAsked: [], offer: null, seatMoves: {} }),
  initial: 'briefing',
  // The seats' events, wherever no state takes them: refused with what the game waits for.
  on: {
    SEAT_ANSWER: refuseSeatEvent,
    SEAT_MOVE: refuseSeatEvent,
    SEAT_OFFER: refuseSeatEvent,
    ANSWER_OFFER: refuseSeatEvent,
    SEAT_CRISIS_REPLY: refuseSeatEvent,
    SEAT_ROUND: refuseSeatEvent,
  },
  states: {
    briefing: {
      entry: ['beginTurn', 'newSeatRound'],
      always: 'offers',
    },
    // Each actor with an offer open may make one; the player takes or declines it before planning.
    offers: {
      initial: 'next',
      states: {
        next: {
          always: [
            { guard: 'offerWaiting', target: 'answer' },
            { guard: 'ruleOfferer', actions: 'ruleOffers' },
            { guard: 'seatOfferer', target: 'seat' },
            { target: '#game.planning' },
          ],
        },
        seat: {
          entry: 'askOfferer',
          on: { SEAT_OFFER: [{ guard: 'seatEventFits', actions: 'seatOffers', target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
        answer: {
          entry: 'askTakeOffer',
          on: { ANSWER_OFFER: [{ guard: 'seatEventFits', actions: 'answerOffer', target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
      },
    },
    planning: {
      on: {
        PROPOSE: [
          { guard: 'canPropose', actions: [assign(({ context, event }) => ({ game: propose(context.game, context.index, (event as { option: string }).option) })), 'clearRefusal'] },
          { actions: refuse(({ context, event }) => proposalRefusal(context.game, context.index, (event as { option: string }).option)!) },
        ],
        WITHDRAW: [
          { guard: 'canWithdraw', actions: [assign(({ context, event }) => ({ game: withdraw(context.game, (event as { option: string }).option) })), 'clearRefusal'] },
          { actions: refuse(({ context, event }) => withdrawalRefusal(context.game, (event as { option: string }).option)!) },
        ],
        END_TURN: { target: 'negotiation', actions: 'clearRefusal' },
        TAKE_COUNTER: { actions: refuse(() => 'there is no counter-offer to answer during planning') },
        DECLINE_COUNTER: { actions: refuse(() => 'there is no counter-offer to answer during planning') },
        COUNTER_BACK: { actions: refuse(() => 'there is no counter-offer to answer during planning') },
        ANSWER_CRISIS: { actions: refuse(() => 'no crisis is waiting for an answer: crises are answered at the end of the turn') },
      },
    },
    negotiation: {
      initial: 'next',
      states: {
        next: {
          always: [{ guard: 'hasProposalToWeigh', target: 'weighing' }, { target: '#game.worldMoves' }],
        },
        weighing: {
          entry: 'askAnswer',
          invoke: {
            id: 'negotiation',
            src: 'negotiation',
            input: ({ context }) => {
              const option = nextProposal(context.game)!.option;
              return { index: context.index, game: context.game, option, seat: seatOf(context.seats, context.index.options.get(option)!.target ?? '') };
            },
            onDone: {
              target: 'next',
              reenter: true,
              actions: assign(({ event }) => ({ game: event.output.game, counter: null })),
            },
          },
          on: {
            'negotiation.countered': { actions: assign(({ event }) => ({ game: event.game, counter: event.decision })) },
            SEAT_ANSWER: [
              {
                guard: 'seatEventFits',
                actions: [sendTo('negotiation', ({ event }) => ({ type: 'SEAT_ANSWER' as const, answer: (event as unknown as { answer: SeatAnswer }).answer })), assign({ asking: null, refusal: null })],
              },
              refuseSeatEvent,
            ],
            SEAT_ROUND: [
              {
                guard: 'seatEventFits',
                actions: [sendTo('negotiation', ({ event }) => ({ type: 'SEAT_ROUND' as const, answer: (event as Extract<SeatEvent, { type: 'SEAT_ROUND' }>).answer })), assign({ asking: null, refusal: null })],
              },
              refuseSeatEvent,
            ],
            TAKE_COUNTER: [
              { guard: 'canTakeCounter', actions: [sendTo('negotiation', { type: 'TAKE_COUNTER' }), 'clearRefusal'] },
              { actions: refuse(({ context }) => waitingOr(context, context.counter ? counterRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
            ],
            DECLINE_COUNTER: [
              { guard: 'counterWaiting', actions: [sendTo('negotiation', { type: 'DECLINE_COUNTER' }), 'clearRefusal'] },
              { actions: refuse(({ context }) => waitingOr(context, 'no counter-offer is waiting for an answer')) },
            ],
            COUNTER_BACK: [
              { guard: 'canCounterBack', actions: [sendTo('negotiation', { type: 'COUNTER_BACK' }), 'clearRefusal', 'askRound'] },
              { actions: refuse(({ context }) => waitingOr(context, context.counter ? counterBackRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
            ],
            PROPOSE: { actions: refuse(({ context }) => waitingOr(context, 'proposals are made during planning; answer the counter-offer first')) },
            WITHDRAW: { actions: refuse(() => 'proposals are being negotiated and can no longer be withdrawn') },
            END_TURN: { actions: refuse(({ context }) => waitingOr(context, 'answer the counter-offer first')) },
            ANSWER_CRISIS: { actions: refuse(() => 'no crisis is waiting for an answer; answer the counter-offer first') },
          },
        },
      },
    },
    // Seats held by a bot or a person choose their moves first (in actor order); then all move.
    worldMoves: {
      initial: 'next',
      states: {
        next: { always: [{ guard: 'seatToMove', target: 'seat' }, { target: 'done' }] },
        seat: {
          entry: 'askMover',
          on: { SEAT_MOVE: [{ guard: 'seatEventFits', actions: 'seatMoves', target: 'next' }, refuseSeatEvent], ...waitForSeat },
        },
        done: { entry: 'worldMoves', always: '#game.resolution' },
      },
    },
    resolution: {
      entry: 'resolve',
      always: 'crises',
    },
    // The turn's crises, opened by its events, moves and deals, are answered one by one.
    crises: {
      entry: 'openCrises',
      initial: 'next',
      states: {
        next: {
          always: [{ guard: 'hasOpenCrisis', target: 'answering' }, { target: '#game.endCheck' }],
        },
        answering: {
          invoke: {
            id: 'crisis',
            src: 'crisis',
            input: ({ context }) => ({ index: context.index, game: context.game, seat: seatOf(context.seats, openCrisis(context.game)!.actor) }),
            onDone: { target: 'next', reenter: true, actions: assign(({ event }) => ({ game: event.output.game })) },
          },
          on: {
            'crisis.waiting': { actions: assign(({ event }) => ({ game: event.game })) },
            'crisis.asking': { actions: assign(({ event }) => ({ game: event.game, asking: event.question })) },
            ANSWER_CRISIS: [
              { guard: 'canAnswerCrisis', actions: [sendTo('crisis', ({ event }) => event as PlayerEvent), 'clearRefusal'] },
              { actions: refuse(({ context, event }) => waitingOr(context, crisisAnswerRefusal(context.game, context.index, (event as { answer: string }).answer)!)) },
            ],
            SEAT_CRISIS_REPLY: [
              {
                guard: 'seatEventFits',
                actions: [sendTo('crisis', ({ event }) => ({ type: 'SEAT_CRISIS_REPLY' as const, reply: (event as Extract<SeatEvent, { type: 'SEAT_CRISIS_REPLY' }>).reply })), assign({ asking: null, refusal: null })],
              },
              refuseSeatEvent,
            ],
            PROPOSE: { actions: refuse(() => 'answer the crisis first; proposals are made during planning') },
            WITHDRAW: { actions: refuse(() => 'answer the crisis first; proposals are made during planning') },
            END_TURN: { actions: refuse(() => 'answer the crisis first') },
            TAKE_COUNTER: { actions: refuse(() => 'no counter-offer is waiting; answer the crisis first') },
            DECLINE_COUNTER: { actions: refuse(() => 'no counter-offer is waiting; answer the crisis first') },
            COUNTER_BACK: { actions: refuse(() => 'no counter-offer is waiting; answer the crisis first') },
          },
        },
      },
    },
    endCheck: {
      entry: 'endCheck',
      always: [{ guard: 'ended', target: 'over' }, { target: 'briefing' }],
    },
    over: {
      on: {
        '*': { actions: refuse(() => 'the game has ended') },
      },
    },
  },
});
