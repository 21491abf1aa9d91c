// An option's chance as the player reads it before proposing. Where a person or a bot holds the
// target's seat (hot-seat, a class game, "the other states play"), no die decides: that seat does,
// and the rules' range is only what the rules would have given (a player had planned against odds
// that did not apply, with nothing on the screen saying so).
import { capitalized, estimateChance, type GameState, type ScenarioIndex } from '../../engine';
import { actorName, seatWords } from '../text';

export type SeatsHeld = Readonly<Record<string, string>>;

/** `card`: "Chance 40–65%" or "A player decides for China (the rules would give 40–65%)"; `short`: "40–65%" or "a player decides". */
export function chanceWords(index: ScenarioIndex, g: GameState, optionId: string, seats: SeatsHeld): { card: string; short: string } {
  const target = index.options.get(optionId)?.target;
  if (target === undefined) return { card: 'Carried out: no one is asked', short: 'no one is asked' };
  const { low, high } = estimateChance(g, index, optionId);
  const range = `${low}–${high}%`;
  const holder = seats[target];
  if (holder === undefined || holder === 'rule') return { card: `Chance ${range}`, short: range };
  return { card: `${capitalized(seatWords(holder))} decides for ${actorName(index, target)} (the rules would give ${range})`, short: `${seatWords(holder)} decides` };
}
