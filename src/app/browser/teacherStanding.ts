// Where a class game stood when its teacher's screen last showed it in this browser: kept with the
// game in the list of games the browser hosted (classStore.ts), which says it in words. Closed for
// now or ended, it stays so until the teacher opens it again; one left open may have gone on.

export type StandingState = 'waiting' | 'running' | 'paused' | 'closed' | 'over' | 'ended';

export interface Standing {
  /** Not started yet, played, paused, closed for now, over (played to its end), or ended by the teacher. */
  state: StandingState;
  turn: number;
  /** The scenario's turns. */
  turns: number;
}

const STATES: readonly StandingState[] = ['waiting', 'running', 'paused', 'closed', 'over', 'ended'];

/** The standing of the teacher's view of the room and its game (the turn it ended in, once over). */
export function standingOf(view: { ended: 'over' | 'teacher' | 'closed' | null; clock: { started: boolean; paused: boolean } }, game: { turn: number; ending: { turn: number } | null }, turns: number): Standing {
  const state: StandingState =
    view.ended === 'closed' ? 'closed' : view.ended === 'over' ? 'over' : view.ended === 'teacher' ? 'ended' : !view.clock.started ? 'waiting' : view.clock.paused ? 'paused' : 'running';
  return { state, turn: game.ending?.turn ?? game.turn, turns };
}

const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 999;

/** A standing read back from storage (untrusted), or null when it is not one. */
export function readStanding(value: unknown): Standing | null {
  const s = value as Partial<Standing> | null;
  if (typeof s !== 'object' || s === null || !STATES.includes(s.state as StandingState) || !count(s.turn) || !count(s.turns)) return null;
  return { state: s.state!, turn: s.turn!, turns: s.turns! };
}

/** Over, or ended by the teacher: the list's mark of an ended game (kept beside the standing for lists written before it). */
export const hasEnded = (standing: Standing): boolean => standing.state === 'over' || standing.state === 'ended';
