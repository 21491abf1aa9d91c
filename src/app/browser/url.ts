// Share links: `#scenario=tutorial&seed=abc` starts that game. The hash is never sent to a server.
import { SEED_MAX_LENGTH, seedProblem } from '../seed';

export interface SharedGame {
  scenario: string;
  seed: string;
}

/** The seed field's limit: the same as `play`'s and the record's. */
export const MAX_SEED_LENGTH = SEED_MAX_LENGTH;

/** A seed typed by a person: trimmed, then the one seed rule (src/app/seed.ts); null when unusable. */
export function cleanSeed(text: string): string | null {
  const seed = text.trim();
  return seedProblem(seed) === null ? seed : null;
}

/** Reads a share link's hash; null when it does not name a scenario and a seed. */
export function readShareHash(hash: string): SharedGame | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const scenario = params.get('scenario');
  const seed = params.get('seed');
  if (!scenario || seed === null) return null;
  // Not trimmed: a link carries the seed exactly as the game that made it had it.
  if (!/^[a-z][a-z0-9-]{0,47}$/.test(scenario) || seedProblem(seed) !== null) return null;
  return { scenario, seed };
}

export function shareHash(game: SharedGame): string {
  return `#${new URLSearchParams({ scenario: game.scenario, seed: game.seed }).toString()}`;
}

/** The full link for a game, from the page's own address. */
export function shareLink(game: SharedGame, where: Location = location): string {
  // Not a class game's join code (`?class=`): the link starts the same game alone.
  const search = new URLSearchParams(where.search);
  search.delete('class');
  const rest = search.toString();
  return `${where.origin}${where.pathname}${rest ? `?${rest}` : ''}${shareHash(game)}`;
}

/** A fresh seed for a new game, e.g. `amur-7k3q9x`. The UI picks seeds; the engine never does. */
export function randomSeed(): string {
  const words = ['amur', 'baikal', 'kuril', 'ussuri', 'sakha', 'tumen', 'zeya', 'lena', 'kamchatka', 'sakhalin', 'primorye', 'khingan'];
  const bytes = new Uint8Array(7);
  crypto.getRandomValues(bytes);
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  let tail = '';
  for (let i = 1; i < bytes.length; i++) tail += alphabet[bytes[i]! % alphabet.length];
  return `${words[bytes[0]! % words.length]}-${tail}`;
}
