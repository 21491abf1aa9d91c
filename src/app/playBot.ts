// Plays a whole game with a bot: the command line's `play`, the batch and the debrief's
// comparison all use this.
import { createBot, type Bot, type BotChoice, type BotName, type GameState, type ScenarioIndex, type Seats } from '../engine';
import type { PlanEvent } from '../machines/events';
import { phaseOf, startSession, type GameSession } from './session';

/** The player bot's events for what the game waits for now: a turn's plan, or one answer. */
export function botChoices(bot: Bot, session: GameSession): BotChoice[] {
  const snapshot = session.snapshot();
  const phase = phaseOf(snapshot);
  if (phase === 'planning') return bot.plan(session.game(), session.index);
  if (phase === 'counter') return [bot.answerCounter(session.game(), session.index, snapshot.context.counter!)];
  if (phase === 'crisis') return [bot.answerCrisis(session.game(), session.index)];
  if (phase === 'offer') return [bot.answerOffer(session.game(), session.index, snapshot.context.offer!)];
  throw new Error(`the player's bot cannot decide for another seat (${phase})`);
}

/**
 * A bot's turn plan (its proposals, then END_TURN) as one PLAN event: one step of the statechart
 * instead of one per proposal; the record holds the same events either way.
 */
export function planOf(choices: readonly BotChoice[]): PlanEvent {
  const options: string[] = [];
  for (const choice of choices) if (choice.type === 'PROPOSE') options.push(choice.option);
  if (choices.length !== options.length + 1 || choices[choices.length - 1]!.type !== 'END_TURN') throw new Error('a bot\'s plan is its proposals, then END_TURN');
  return { type: 'PLAN', options };
}

export interface BotGameWatch {
  /** Called once per turn, when the player's planning of that turn begins (the balance report's dead turns). */
  onPlanning?(state: GameState): void;
}

/** `seats`: bots in other states' seats (the rules' by default); a person's seat cannot be played here. */
export function playWithBot(index: ScenarioIndex, seed: string, botName: BotName, watch: BotGameWatch = {}, seats: Seats = {}): GameSession {
  const session = startSession(index, seed, { seats });
  const bot = createBot(botName, seed);
  for (let guard = 0; guard < 10_000; guard++) {
    const snapshot = session.snapshot();
    const phase = phaseOf(snapshot);
    if (phase === 'over') return session;
    // Planning comes once a turn: the plan sent below ends it (a refused plan throws).
    if (phase === 'planning') watch.onPlanning?.(session.game());
    const choices = botChoices(bot, session);
    const refusal = session.send(phase === 'planning' ? planOf(choices) : choices[0]!);
    if (refusal) throw new Error(`the ${botName} bot made a refused move: ${refusal.reason}`);
  }
  throw new Error('the game did not end');
}
