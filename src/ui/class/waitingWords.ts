// For whom a class game waits, in plain words, from the local game and the room's seats: the
// teacher's and the students' screens both say it, so nobody wonders why nothing happens.
import type { ScenarioIndex } from '../../engine';
import { askingOf, phaseOf, type GameSnapshot } from '../../app/session';
import { nameInSentence } from '../text';
import { namesList } from '../../app/namesList';
import type { Clock, SeatInfo } from '../../net/protocol';

/** The seat the game waits for: the asked seat, or the player's (Russia's) own; null when over. */
export function waitingSeat(snapshot: GameSnapshot, player: string): string | null {
  const phase = phaseOf(snapshot);
  if (phase === 'over') return null;
  if (phase === 'seat') return askingOf(snapshot)!.actor;
  return player;
}

export interface WaitingContext {
  index: ScenarioIndex;
  snapshot: GameSnapshot;
  seats: readonly SeatInfo[];
  clock: Clock;
  /** The seat of the student reading it; null for the teacher or a student without one. */
  mySeat: string | null;
  /** The teacher reads it (who starts and pauses the game: "you"). */
  teacher?: boolean;
}

/** One sentence: what the game waits for now, and from whom. */
export function waitingSentence({ index, snapshot, seats, clock, mySeat, teacher = false }: WaitingContext): string {
  if (!clock.started) return teacher ? 'The game has not started yet: start it when the class is ready.' : 'The game has not started yet: the teacher starts it when the class is ready.';
  if (clock.paused) return teacher ? 'You paused the game: resume it when the class is ready.' : 'The teacher has paused the game.';
  const player = index.scenario.player.id;
  const seat = waitingSeat(snapshot, player);
  if (seat === null) return 'The game is over.';
  const info = seats.find((s) => s.actor === seat);
  const state = nameInSentence(index, seat);
  // The student's own seat, given to the computer: the game does not wait for them.
  if (seat === mySeat && info?.computer) return `The computer is deciding for ${state}: your teacher gave it the seat.`;
  if (seat === mySeat) {
    const team = info && info.members.length > 1;
    return team ? `The game waits for your team (${state}).` : `The game waits for you (${state}).`;
  }
  if (!info || info.playedByComputer) return `The computer is deciding for ${state}.`;
  const connected = info.members.filter((m) => m.connected).map((m) => m.name);
  if (connected.length > 0) return `The game waits for ${state}: ${namesList(connected)}.`;
  const away = namesList(info.members.map((m) => m.name));
  return `The game waits for ${state}: ${away} lost the connection. The seat waits for them to come back, unless the teacher gives it to the computer.`;
}

const minutesAndSeconds = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * "2:05 left in this turn" at page time `now`; "Paused with 1:24 left in this turn" while the
 * teacher holds the turn (a game closed for now comes back so); null without a timer.
 */
export function clockWords(clock: Clock & { deadline: number | null }, now: number): string | null {
  if (clock.turnSeconds === 0 || !clock.started) return null;
  if (clock.paused) return clock.remainingMs === null ? null : `Paused with ${minutesAndSeconds(clock.remainingMs)} left in this turn`;
  if (clock.deadline === null) return null;
  return `${minutesAndSeconds(clock.deadline - now)} left in this turn`;
}
