// A class game's record as each student downloads it (docs/class-server.md): every other state's
// seat a person's, the seats nobody took decided by the computer (`"by": "greedy"` on their events),
// and the seats students took (and the player's own choices) decided by them, but for the turns
// whose time ran out. Made from a
// game with greedy bots in those seats: the same decisions, so the same checksums (who decided is
// not in them). Shared by the class view's unit, CLI and browser tests.
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import { sessionOfRecord } from '../../src/app/replay';
import type { ScenarioIndex } from '../../src/engine';

export interface ClassGameSeats {
  /** Seats a student took: their events name no bot, but `computer` of them (the last ones), which the computer decided. */
  students: Readonly<Record<string, { computer: number }>>;
  /** Seats nobody took: every event decided by the greedy bot. */
  nobody: readonly string[];
  /** The last of the player's own events that the computer decided (time up), if any. */
  playerComputer?: number;
}

export function classGameRecord(index: ScenarioIndex, seed: string, seats: ClassGameSeats): GameRecord {
  const decided = [...Object.keys(seats.students), ...seats.nobody];
  const bots = Object.fromEntries(decided.map((a) => [a, 'greedy' as const]));
  const played = playWithBot(index, seed, 'greedy', {}, bots).record();
  const taken = new Set(decided);
  // In the scenario's actor order, as the game writes a record's seats.
  const people = Object.fromEntries(index.scenario.actors.filter((a) => taken.has(a.id)).map((a) => [a.id, 'person' as const]));
  const left = new Map(Object.entries(seats.students).map(([a, s]) => [a, played.events.filter((e) => 'actor' in e && e.actor === a).length - s.computer]));
  let playerLeft = played.events.filter((e) => !('actor' in e)).length - (seats.playerComputer ?? 0);
  const events = played.events.map((e) => {
    if (!('actor' in e)) return playerLeft-- > 0 ? e : { ...e, by: 'greedy' as const };
    const studentTurns = left.get(e.actor);
    if (studentTurns === undefined) return { ...e, by: 'greedy' as const };
    left.set(e.actor, studentTurns - 1);
    return studentTurns > 0 ? e : { ...e, by: 'greedy' as const };
  });
  return { ...played, seats: people, events };
}

/** The record as a student who left once `turns` turns were over downloaded it: the events up to that turn's close. */
export function savedAfter(index: ScenarioIndex, record: GameRecord, turns: number): GameRecord {
  const session = sessionOfRecord(index, record);
  for (const [i, event] of record.events.entries()) {
    if (session.send(event)) throw new Error(`event ${i + 1} was refused`);
    if (session.game().history.length === turns) return { ...record, events: record.events.slice(0, i + 1), checksums: record.checksums.slice(0, turns), result: null };
  }
  throw new Error(`the game has fewer than ${turns} turns`);
}
