// The game actor: briefing → planning → negotiation → world moves → resolution → end check,
// until an ending holds. Guards and actions call the pure engine; the context is plain data.
import { assign, sendTo, setup } from 'xstate';
import {
  beginTurn,
  counterBackRefusal,
  counterRefusal,
  crisisAnswerRefusal,
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
  type ScenarioIndex,
} from '../engine';
import type { PlayerEvent, Refusal } from './events';
import { crisisMachine, type CrisisWaitingEvent } from './crisisMachine';
import { negotiationMachine, type CounterOfferedEvent } from './negotiationMachine';

export interface GameContext {
  index: ScenarioIndex;
  game: GameState;
  /** The counter-offer awaiting the player's answer, if any. */
  counter: Decision | null;
  /** The last refused event and why; refusals leave `game` untouched. */
  refusal: Refusal | null;
}

export interface GameInput {
  index: ScenarioIndex;
  game: GameState;
}

type GameEvent = PlayerEvent | CounterOfferedEvent | CrisisWaitingEvent;

/** A refusal names its reason; the `reason` function reads the context and the event. */
const refuse = (reason: (args: { context: GameContext; event: GameEvent }) => string) => ({
  type: 'refuse' as const,
  params: (args: { context: GameContext; event: GameEvent }) => ({ reason: reason(args) }),
});

const nextProposal = (game: GameState) => game.proposals[game.outcomes.length];

export const gameMachine = setup({
  types: {
    input: {} as GameInput,
    context: {} as GameContext,
    events: {} as GameEvent,
  },
  actors: { negotiation: negotiationMachine, crisis: crisisMachine },
  actions: {
    beginTurn: assign(({ context }) => ({ game: beginTurn(context.game, context.index) })),
    worldMoves: assign(({ context }) => ({ game: worldMoves(context.game, context.index) })),
    resolve: assign(({ context }) => ({ game: resolveTurn(context.game, context.index) })),
    endCheck: assign(({ context }) => ({ game: endCheck(context.game, context.index) })),
    openCrises: assign(({ context }) => ({ game: openCrises(context.game, context.index) })),
    clearRefusal: assign({ refusal: null }),
    refuse: assign(({ event }, params: { reason: string }) => ({ refusal: { event: event as PlayerEvent, reason: params.reason } })),
  },
  guards: {
    canPropose: ({ context, event }) => event.type === 'PROPOSE' && proposalRefusal(context.game, context.index, event.option) === null,
    canWithdraw: ({ context, event }) => event.type === 'WITHDRAW' && withdrawalRefusal(context.game, event.option) === null,
    canTakeCounter: ({ context }) => context.counter !== null && counterRefusal(context.game, context.index, context.counter) === null,
    canCounterBack: ({ context }) => context.counter !== null && counterBackRefusal(context.game, context.index, context.counter) === null,
    hasProposalToWeigh: ({ context }) => nextProposal(context.game) !== undefined,
    ended: ({ context }) => context.game.ending !== null,
    hasOpenCrisis: ({ context }) => openCrisis(context.game) !== null,
    canAnswerCrisis: ({ context, event }) => event.type === 'ANSWER_CRISIS' && crisisAnswerRefusal(context.game, context.index, event.answer) === null,
  },
}).createMachine({
  id: 'game',
  context: ({ input }) => ({ index: input.index, game: input.game, counter: null, refusal: null }),
  initial: 'briefing',
  states: {
    briefing: {
      entry: 'beginTurn',
      always: 'planning',
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
          invoke: {
            id: 'negotiation',
            src: 'negotiation',
            input: ({ context }) => ({ index: context.index, game: context.game, option: nextProposal(context.game)!.option }),
            onDone: {
              target: 'next',
              reenter: true,
              actions: assign(({ event }) => ({ game: event.output.game, counter: null })),
            },
          },
          on: {
            'negotiation.countered': { actions: assign(({ event }) => ({ game: event.game, counter: event.decision })) },
            TAKE_COUNTER: [
              { guard: 'canTakeCounter', actions: [sendTo('negotiation', { type: 'TAKE_COUNTER' }), 'clearRefusal'] },
              { actions: refuse(({ context }) => (context.counter ? counterRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
            ],
            DECLINE_COUNTER: [
              { guard: ({ context }) => context.counter !== null, actions: [sendTo('negotiation', { type: 'DECLINE_COUNTER' }), 'clearRefusal'] },
              { actions: refuse(() => 'no counter-offer is waiting for an answer') },
            ],
            COUNTER_BACK: [
              { guard: 'canCounterBack', actions: [sendTo('negotiation', { type: 'COUNTER_BACK' }), 'clearRefusal'] },
              { actions: refuse(({ context }) => (context.counter ? counterBackRefusal(context.game, context.index, context.counter)! : 'no counter-offer is waiting for an answer')) },
            ],
            PROPOSE: { actions: refuse(() => 'proposals are made during planning; answer the counter-offer first') },
            WITHDRAW: { actions: refuse(() => 'proposals are being negotiated and can no longer be withdrawn') },
            END_TURN: { actions: refuse(() => 'answer the counter-offer first') },
            ANSWER_CRISIS: { actions: refuse(() => 'no crisis is waiting for an answer; answer the counter-offer first') },
          },
        },
      },
    },
    worldMoves: {
      entry: 'worldMoves',
      always: 'resolution',
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
            input: ({ context }) => ({ index: context.index, game: context.game }),
            onDone: { target: 'next', reenter: true, actions: assign(({ event }) => ({ game: event.output.game })) },
          },
          on: {
            'crisis.waiting': { actions: assign(({ event }) => ({ game: event.game })) },
            ANSWER_CRISIS: [
              { guard: 'canAnswerCrisis', actions: [sendTo('crisis', ({ event }) => event as PlayerEvent), 'clearRefusal'] },
              { actions: refuse(({ context, event }) => crisisAnswerRefusal(context.game, context.index, (event as { answer: string }).answer)!) },
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
