// One crisis, a child statechart of the game:
// answering (the player's answer) → answered → replied (the other side's weighed reply, at once), or
// awaitingSeat (the reply of the other side's seat, when a bot or a person holds it) → replied →
// answering again on a higher rung, or ended when a side backs down, both settle or the top is
// reached. The rules are the engine's (src/engine/crisis.ts); this only sequences them.
import { assign, sendParent, setup } from 'xstate';
import { answerCrisis, openCrisis, replyToCrisis, replyToCrisisBySeat, type CrisisStep, type GameState, type ScenarioIndex, type SeatHolder } from '../engine';
import type { SeatQuestion } from './seatQuestion';

export interface CrisisInput {
  index: ScenarioIndex;
  game: GameState;
  /** Who holds the other side's seat: the rules roll its reply; anyone else replies by SEAT_CRISIS_REPLY. */
  seat?: SeatHolder;
}

interface CrisisContext extends CrisisInput {
  /** Where this crisis sits in `game.crises`. */
  at: number;
}

export type CrisisEvent = { type: 'ANSWER_CRISIS'; answer: string } | { type: 'SEAT_CRISIS_REPLY'; reply: CrisisStep };

/** Sent to the parent whenever the crisis waits for the player, with the game as it now stands. */
export interface CrisisWaitingEvent {
  type: 'crisis.waiting';
  game: GameState;
}

/** Sent to the parent when the other side's seat must reply, with the game after the player's answer. */
export interface CrisisAskingEvent {
  type: 'crisis.asking';
  game: GameState;
  question: SeatQuestion;
}

export const crisisMachine = setup({
  types: {
    input: {} as CrisisInput,
    context: {} as CrisisContext,
    events: {} as CrisisEvent,
    output: {} as { game: GameState },
  },
  actions: {
    answer: assign(({ context, event }) => ({ game: answerCrisis(context.game, context.index, (event as { answer: string }).answer) })),
    reply: assign(({ context }) => ({ game: replyToCrisis(context.game, context.index).state })),
    seatReplies: assign(({ context, event }) => ({ game: replyToCrisisBySeat(context.game, context.index, (event as { reply: CrisisStep }).reply, context.seat!).state })),
    announce: sendParent(({ context }): CrisisWaitingEvent => ({ type: 'crisis.waiting', game: context.game })),
    askSeat: sendParent(({ context }): CrisisAskingEvent => {
      const open = openCrisis(context.game)!;
      return { type: 'crisis.asking', game: context.game, question: { kind: 'crisis-reply', actor: open.actor, crisis: open.crisis } };
    }),
  },
  guards: {
    ended: ({ context }) => context.game.crises[context.at]!.outcome !== null,
    seatReplies: ({ context }) => (context.seat ?? 'rule') !== 'rule',
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
    // The rules reply at once (no state of their own: each transition taken costs a microstep).
    answered: { always: [{ guard: 'ended', target: 'ended' }, { guard: 'seatReplies', target: 'awaitingSeat' }, { target: 'replied', actions: 'reply' }] },
    // The parent checks the seat's event before passing it on.
    awaitingSeat: { entry: 'askSeat', on: { SEAT_CRISIS_REPLY: { target: 'replied', actions: 'seatReplies' } } },
    replied: { always: [{ guard: 'ended', target: 'ended' }, { target: 'answering' }] },
    ended: { type: 'final' },
  },
  output: ({ context }) => ({ game: context.game }),
});
