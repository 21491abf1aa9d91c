// Copies of one game among a class's records. A game several people played together (a class game
// over the network, or hot-seat on one device: some seat is a person's) is downloaded by each of
// them, so the teacher receives it several times: the same scenario (by its hash), seed, seats and
// events, or, from someone who left or saved before the end, the start of those events. Such copies
// are one game. A game nobody else played in (every other seat the rules' or a bot's) is one
// student's own: two of them alike, move for move, are two students who chose alike, not copies;
// only the very same record again (the same file sent twice, or saved again: the same seed, events,
// checksums, result, notes and player's name) is a copy of it. Pure: the class view and the command
// line's `compare` both count a game once this way.
import type { GameRecord } from './record';

/** A record with the name the teacher knows it by (its file name). */
export interface NamedRecord {
  name: string;
  record: GameRecord;
}

/** One game and the other files that hold it (the whole of it, or its start). */
export interface SameGame<T extends NamedRecord> {
  /** The fullest copy (most events; among equals, the first by `order`): the one compared. */
  kept: T;
  /** The other copies, in `order`; empty when the game came once. */
  copies: T[];
  /** The copies are the very same record as `kept` (a game nobody else played in, its file sent again). */
  sameRecord: boolean;
}

/** Whether the record is of a game played by more than one person: some other state's seat is a person's. */
export function playedTogether(record: GameRecord): boolean {
  return Object.values(record.seats ?? {}).includes('person');
}

/**
 * The games among `records`, each once: copies of a game played together are one game, kept as its
 * fullest copy. `order` sorts names (the class view's). A record that is the start of two different
 * games (two class games with one seed and seating, parted after it was saved) belongs to neither:
 * it is a game of its own, as a record of a game nobody else played always is.
 */
export function sameGames<T extends NamedRecord>(records: readonly T[], order: (a: string, b: string) => number): SameGame<T>[] {
  const games: SameGame<T>[] = [];
  const buckets = new Map<string, { record: T; events: string[] }[]>();
  const solo = new Map<string, T[]>();
  for (const r of records) {
    if (!playedTogether(r.record)) {
      const key = recordKey(r.record);
      solo.set(key, [...(solo.get(key) ?? []), r]);
      continue;
    }
    const key = gameKey(r.record);
    const bucket = buckets.get(key) ?? [];
    bucket.push({ record: r, events: r.record.events.map(eventKey) });
    buckets.set(key, bucket);
  }
  for (const bucket of buckets.values()) {
    // The fullest first, so that a shorter one finds every game it could be the start of.
    bucket.sort((a, b) => b.events.length - a.events.length || order(a.record.name, b.record.name));
    const found: { game: SameGame<T>; events: string[] }[] = [];
    for (const r of bucket) {
      const of = found.filter((g) => startsWith(g.events, r.events));
      if (of.length === 1) of[0]!.game.copies.push(r.record);
      else {
        const game = { kept: r.record, copies: [], sameRecord: false };
        games.push(game);
        // A start of two games stands alone, and nothing shorter joins it: it is not a game's fullest copy.
        if (of.length === 0) found.push({ game, events: r.events });
      }
    }
  }
  for (const same of solo.values()) {
    // The shortest name is kept: a browser names the file downloaded again "Anna (1).json", a system "Anna - Copy.json".
    const [kept, ...copies] = same.sort((a, b) => a.name.length - b.name.length || order(a.name, b.name));
    games.push({ kept: kept!, copies, sameRecord: copies.length > 0 });
  }
  for (const g of games) g.copies.sort((a, b) => order(a.name, b.name));
  return games;
}

/**
 * Games nobody else played in that are alike move for move (the same scenario version, seed, seats
 * and every event): each stays its student's game, but a teacher wants to know (a copy handed in
 * under another name, or students who chose exactly alike). Groups of names, in `order`.
 */
export function alikeSoloGames(records: readonly NamedRecord[], order: (a: string, b: string) => number): string[][] {
  const groups = new Map<string, string[]>();
  for (const r of records) {
    if (playedTogether(r.record) || r.record.events.length === 0) continue;
    const key = `${gameKey(r.record)}|${r.record.events.map(eventKey).join('|')}`;
    groups.set(key, [...(groups.get(key) ?? []), r.name]);
  }
  return [...groups.values()].filter((names) => names.length > 1).map((names) => names.sort(order)).sort((a, b) => order(a[0]!, b[0]!));
}

/** A whole record (any value) as text, its fields in one order at every level: another program may write them in another. */
function recordKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(recordKey).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).filter(([, v]) => v !== undefined).sort(byKey).map(([k, v]) => `${JSON.stringify(k)}:${recordKey(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

/** What copies of one game share besides their events: the scenario's version, the seed, the seats. */
function gameKey(record: GameRecord): string {
  const seats = Object.entries(record.seats ?? {}).sort(byKey);
  return JSON.stringify([record.scenario.id, record.scenario.hash, record.seed, seats]);
}

/** An event as text, its fields in one order whatever order the file wrote them in. */
function eventKey(event: GameRecord['events'][number]): string {
  return JSON.stringify(Object.entries(event).sort(byKey));
}

/** Entries by key, in code-point order (not the locale's). */
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

function startsWith(whole: readonly string[], start: readonly string[]): boolean {
  return start.length <= whole.length && start.every((e, i) => e === whole[i]);
}
