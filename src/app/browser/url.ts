// Share links: `#scenario=tutorial&seed=abc` starts that game; `&seats=china:person,japan:expert`
// gives other states' seats to people on the device or to a computer player, as the game that made
// the link had them (the same seed with other seats is another game). The hash is never sent to a server.
import { EVENT_SEAT_HOLDERS } from '../../engine/seatHolders';
import { ID_PATTERN } from '../../scenario/idPattern';
import { quote } from '../../scenario/quote';
import { SEED_MAX_LENGTH, seedProblem } from '../seed';

export type LinkSeats = Record<string, (typeof EVENT_SEAT_HOLDERS)[number]>;

export interface SharedGame {
  scenario: string;
  seed: string;
  /** Other states' seats not played by the rules; absent when there are none. */
  seats?: LinkSeats;
}

/** `china:person,japan:expert` read back, or what is wrong with it. */
function readSeats(text: string): LinkSeats | string {
  const seats: LinkSeats = {};
  const parts = text.split(',');
  if (parts.length > 16) return `it gives ${parts.length} seats, and a game has at most 16`; // as many as a record keeps
  for (const part of parts) {
    const [actor, holder, extra] = part.split(':');
    if (extra !== undefined || !actor || !ID_PATTERN.test(actor)) return `its seat ${quote(part)} is not an actor's id and who plays it, as in china:person`;
    if (Object.hasOwn(seats, actor)) return `it gives the seat of ${quote(actor)} twice`;
    if (!(EVENT_SEAT_HOLDERS as readonly string[]).includes(holder ?? '')) return `its seat ${quote(part)} names no one who can play it (${EVENT_SEAT_HOLDERS.join(', ')})`;
    seats[actor] = holder as LinkSeats[string];
  }
  return seats;
}

/** The seed field's limit: the same as `play`'s and the record's. */
export const MAX_SEED_LENGTH = SEED_MAX_LENGTH;

/** A seed typed by a person: trimmed, then the one seed rule (src/app/seed.ts); null when unusable. */
export function cleanSeed(text: string): string | null {
  const seed = text.trim();
  return seedProblem(seed) === null ? seed : null;
}

/** A share link's hash read: its game, or what is wrong with it in words. */
export type ReadLink = { ok: true; game: SharedGame } | { ok: false; problem: string };

/** Reads a share link's hash. */
export function readShareHash(hash: string): ReadLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const scenario = params.get('scenario');
  const seed = params.get('seed');
  if (!scenario) return { ok: false, problem: 'it names no scenario' };
  if (seed === null) return { ok: false, problem: 'it names no seed' };
  if (!ID_PATTERN.test(scenario)) return { ok: false, problem: `${quote(scenario)} is not a scenario's id` };
  // Not trimmed: a link carries the seed exactly as the game that made it had it.
  const seedIssue = seedProblem(seed);
  if (seedIssue !== null) return { ok: false, problem: seedIssue };
  const seatsText = params.get('seats');
  if (seatsText === null) return { ok: true, game: { scenario, seed } };
  const seats = readSeats(seatsText);
  return typeof seats === 'string' ? { ok: false, problem: seats } : { ok: true, game: { scenario, seed, seats } };
}

export function shareHash(game: SharedGame): string {
  const params = new URLSearchParams({ scenario: game.scenario, seed: game.seed });
  const seats = Object.entries(game.seats ?? {});
  if (seats.length > 0) params.set('seats', seats.map(([actor, holder]) => `${actor}:${holder}`).join(','));
  return `#${params.toString()}`;
}

/** The full link for a game, from the page's own address. */
export function shareLink(game: SharedGame, where: Location = location): string {
  // Not a class game's code (`?class=`, `?teach=`): the link starts the same game alone.
  const search = new URLSearchParams(where.search);
  search.delete('class');
  search.delete('teach');
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
