// A player bot by name. Apart from bots.ts because the expert plans with the greedy bot's
// playthroughs: bots.ts importing the expert would make the two modules import each other.
import { greedyBot, randomBot, type Bot, type BotName } from './bots';
import { expertBot } from './expertBot';

/** `seed`: the random bot's own dice (the greedy bot and the expert need none from it). */
export function createBot(name: BotName, seed: string): Bot {
  if (name === 'expert') return expertBot();
  return name === 'random' ? randomBot(seed) : greedyBot();
}
