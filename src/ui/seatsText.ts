// Who held a record's other seats, in words, for every screen that describes a record (the class
// view's "Seats", the replay's header, the debrief, compare's "seats" on the command line): a
// bot's seat names the bot; a person's seat says who actually decided for it, from the record's
// events (src/app/seatDecisions.ts), since a class game's computer decides for the seats nobody
// took.
import type { ScenarioIndex } from '../engine';
import type { GameRecord } from '../app/record';
import { namesList } from '../app/namesList';
import { playerDecisions, seatDecisions, type SeatDecisions } from '../app/seatDecisions';
import { actorName, plural, seatWords } from './text';

/** "the greedy bot", "a player", "a player (the computer decided 2 of 9 times)", "the computer (the greedy bot)". */
export function seatDecisionWords(s: SeatDecisions): string {
  if (s.holder !== 'person') return seatWords(s.holder);
  // Whether anyone sat there the record cannot tell (a class game's seats are all a person's): only that nothing was asked.
  if (s.decisions === 0) return 'a seat for a person, never asked anything';
  const person = s.by.person ?? 0;
  if (person === s.decisions) return 'a player';
  const computer = s.decisions - person;
  if (person > 0) return `a player (the computer decided ${computer} of ${plural(s.decisions, 'time')})`;
  const bots = Object.entries(s.by) as [string, number][];
  return `the computer (${bots.length === 1 ? seatWords(bots[0]![0]) : namesList(bots.map(([bot, n]) => `${seatWords(bot)} ${times(n)}`))})`;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** Who holds the other seats now, in the file's order ("China: a player; Japan: the expert"); null when the rules hold them all. */
export function seatHoldersWords(index: ScenarioIndex, seats: Readonly<Record<string, string>>): string | null {
  const held = index.actorIds.filter((actor) => seats[actor] !== undefined && seats[actor] !== 'rule');
  return held.length === 0 ? null : held.map((actor) => `${actorName(index, actor)}: ${seatWords(seats[actor])}`).join('; ');
}

/**
 * What the advisor's playthroughs leave out of a game whose other states are held by people or
 * bots (the rules decide for every state in them); null when the rules hold them all. `game`: how
 * the game is named ("yours", "this one").
 */
export function seatsCaveat(index: ScenarioIndex, seats: Readonly<Record<string, string>>, game: string): string | null {
  const held = seatHoldersWords(index, seats);
  return held === null ? null : notTheRulesWords(held, 'are', 'the playthroughs', game);
}

/** The advisor's and the debrief's one sentence: other states held (`held`), and the rules decide for them in `where`. */
export function notTheRulesWords(held: string, tense: 'are' | 'were', where: string, game: string): string {
  return `In this game other states ${tense} not left to the scenario’s rules (${held}); in ${where} the rules decide for every other state, so they are a different game from ${game}.`;
}

/** recordSeatsWords, or null for a game whose every choice was the player's and the rules' (nothing to say). */
export function heldSeatsWords(index: ScenarioIndex, record: Pick<GameRecord, 'seats' | 'events'>): string | null {
  return recordSeatsWords(index, record) || null;
}

/**
 * The held seats' words of each game that has some, by its name: the class view's "Seats" column
 * and compare's "seats", each shown only when the map is not empty.
 */
export function heldSeatsByName(index: ScenarioIndex, games: readonly { name: string; record: Pick<GameRecord, 'seats' | 'events'> }[]): Map<string, string> {
  const held = new Map<string, string>();
  for (const { name, record } of games) {
    const words = heldSeatsWords(index, record);
    if (words !== null) held.set(name, words);
  }
  return held;
}

/**
 * "China: a player (the computer decided 3 of 20 times); Japan, South Korea and United States: the
 * computer (the greedy bot)": the record's seats not held by the rules, seats said alike together;
 * the player's own first when the computer decided some of its choices (a class game's time-up).
 */
export function recordSeatsWords(index: ScenarioIndex, record: Pick<GameRecord, 'seats' | 'events'>): string {
  const alike = new Map<string, string[]>();
  const player = playerDecisions(index.scenario.player.id, record);
  const seats = (player.by.person ?? 0) < player.decisions ? [player, ...seatDecisions(record)] : seatDecisions(record);
  for (const s of seats) {
    const words = seatDecisionWords(s);
    alike.set(words, [...(alike.get(words) ?? []), actorName(index, s.actor)]);
  }
  return [...alike.entries()].map(([words, actors]) => `${namesList(actors)}: ${words}`).join('; ');
}
