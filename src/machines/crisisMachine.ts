// One crisis, a child statechart of the game:
// answering (the player's answer) → answered → replying (the other side's weighed reply) →
// answering again on a higher rung, or ended when a side backs down, both settle or the top is
// reached. The rules are the engine's (src/engine/crisis.ts); this only sequences them.
import { assign, sendParent, setup } from 'xstate';
import { answerCrisis, replyToCrisis, type GameState, type ScenarioIndex } from '../engine';

export interface CrisisInput {
  index: ScenarioIndex;
  game: GameState;
}

interface CrisisContext extends CrisisInput {
  /** Where this crisis sits in `game.crises`. */
  at: number;
}

export type CrisisEvent = { type: 'ANSWER_CRISIS'; answer: string };

/** Sent to the parent whenever the crisis waits for the player, with the game as it now stands. */
export interface CrisisWaitingEvent {
  type: 'crisis.waiting';
  game: GameState;
}

export const crisisMachine = setup({
  types: {
    input: {} as CrisisInput,
    context: {} as CrisisContext,
    events: {} as CrisisEvent,
    output: {} as { game: GameState },
  },
  actions: {
    answer: assign(({ context, event }) => ({ game: answerCrisis(context.game, context.index, event.answer) })),
    reply: assign(({ context }) => ({ game: replyToCrisis(context.game, context.index).state })),
    announce: sendParent(({ context }): CrisisWaitingEvent => ({ type: 'crisis.waiting', game: context.game })),
  },
  guards: {
    ended: ({ context }) => context.game.crises[context.at]!.outcome !== null,
  },
}).createMachine({
  id: 'crisis',
  context: ({ input }) => ({ ...input, at: input.game.crises.findIndex((c) => c.outcome === null) }),
  initial: 'answering',
  states: {
    answering: {
      entry: 'announce',
      on: { ANSWER_CRISIS: { target: 'answered', actions: 'answer' } },
    },
    answered: { always: [{ guard: 'ended', target: 'ended' }, { target: 'replying' }] },
    replying: {
      entry: 'reply',
      always: [{ guard: 'ended', target: 'ended' }, { target: 'answering' }],
    },
    ended: { type: 'final' },
  },
  output: ({ context }) => ({ game: context.game }),
});
