// Plays a whole game with a bot: the command line's `play`, the batch and the debrief's
// comparison all use this.
import { createBot, type BotName, type GameState, type ScenarioIndex } from '../engine';
import { phaseOf, startSession, type GameSession } from './session';

export interface BotGameWatch {
  /** Called once per turn, when the player's planning of that turn begins (the balance report's dead turns). */
  onPlanning?(state: GameState): void;
}

export function playWithBot(index: ScenarioIndex, seed: string, botName: BotName, watch: BotGameWatch = {}): GameSession {
  const session = startSession(index, seed);
  const bot = createBot(botName, seed);
  let watchedTurn = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const snapshot = session.snapshot();
    const phase = phaseOf(snapshot);
    if (phase === 'over') return session;
    // A counter-offer brings the player back to planning in the same turn: only its first planning counts.
    if (phase === 'planning' && session.game().turn !== watchedTurn) {
      watchedTurn = session.game().turn;
      watch.onPlanning?.(session.game());
    }
    const choices =
      phase === 'planning'
        ? bot.plan(session.game(), index)
        : phase === 'crisis'
          ? [bot.answerCrisis(session.game(), index)]
          : [bot.answerCounter(session.game(), index, snapshot.context.counter!)];
    for (const choice of choices) {
      const refusal = session.send(choice);
      if (refusal) throw new Error(`the ${botName} bot made a refused move: ${refusal.reason}`);
      if (phaseOf(session.snapshot()) !== 'planning') break; // a counter-offer interrupts the plan
    }
  }
  throw new Error('the game did not end');
}
