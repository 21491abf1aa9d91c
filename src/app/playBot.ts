// Plays a whole game with a bot: the command line's `play`, the batch and the debrief's
// comparison all use this.
import { createBot, type BotName, type ScenarioIndex } from '../engine';
import { phaseOf, startSession, type GameSession } from './session';

export function playWithBot(index: ScenarioIndex, seed: string, botName: BotName): GameSession {
  const session = startSession(index, seed);
  const bot = createBot(botName, seed);
  for (let guard = 0; guard < 10_000; guard++) {
    const snapshot = session.snapshot();
    const phase = phaseOf(snapshot);
    if (phase === 'over') return session;
    const choices = phase === 'planning' ? bot.plan(session.game(), index) : [bot.answerCounter(session.game(), index, snapshot.context.counter!)];
    for (const choice of choices) {
      const refusal = session.send(choice);
      if (refusal) throw new Error(`the ${botName} bot made a refused move: ${refusal.reason}`);
      if (phaseOf(session.snapshot()) !== 'planning') break; // a counter-offer interrupts the plan
    }
  }
  throw new Error('the game did not end');
}
