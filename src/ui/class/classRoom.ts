// What the class screens need of a class game's room, whatever carries it: the room's state as
// its messages left it, the local replica of the game, and the actions. src/ui/class/classApp.ts
// makes one from the network client (src/net/classClient.ts); the screens draw from it alone.
import type { RoomGame } from '../../app/browser/classGame';
import type { GameRecord } from '../../app/record';
import type { PlayerEvent } from '../../machines/events';
import type { Clock, ComputerPlayer, Lobby, Note, TeacherAction } from '../../net/protocol';

export type Connection = 'connected' | 'reconnecting' | 'lost' | 'left';
export type EndedReason = 'over' | 'teacher' | 'closed';

/** A student's event or the teacher's action sent to the room, and when. */
export type Unanswered = { since: number } & ({ event: PlayerEvent } | { action: TeacherAction });

/** The room as its messages left it (the network client's view has these and more). */
export interface RoomState {
  /** Whose screen it is: the teacher's, or a student's. */
  role: 'teacher' | 'student';
  code: string;
  /** How the computer plays its seats (the teacher chose it when hosting). */
  computer: ComputerPlayer;
  lobby: Lobby;
  /** `deadline`: this device's clock time when the turn's time is up (null: no timer, or paused). */
  clock: Clock & { deadline: number | null };
  ended: EndedReason | null;
  connection: Connection;
  /** The student's seat (null before one is taken, and for the teacher). */
  seat: string | null;
  memberId: string;
  /** The team's suggestions, newest last. */
  suggestions: readonly { from: string; seat: string; event: PlayerEvent }[];
  /** A problem the link cannot mend (the copy of the game disagrees with the server…). */
  problem: string | null;
  /** The room's notes, oldest first: "the teacher ended turn 3 now", "time was up on turn 8". */
  notes: readonly Note[];
  /** Accepted events so far (the replica has applied them all). */
  events: number;
  /** What this device sent to the room and has no answer to yet (a student's events, the teacher's actions), oldest first, with when each was sent (Date.now). */
  unanswered: readonly Unanswered[];
}

export interface ClassRoom {
  state(): RoomState;
  /** The local replica, as the play and seat screens show it. */
  game(): RoomGame;
  /** Called after any change: a message from the room, the connection lost or back. */
  onChange(listener: () => void): () => void;
  record(): GameRecord;
  leave(): void;
}

export interface StudentRoom extends ClassRoom {
  /** Resolves with the refusal's reason, or null once the seat is taken. */
  takeSeat(actor: string): Promise<string | null>;
  /** Back to the seat choice; the seat's team (or the computer) goes on. */
  leaveSeat(): Promise<string | null>;
}

export interface TeacherRoom extends ClassRoom {
  teacherToken: string;
  /** Resolves with the refusal's reason, or null once done. */
  act(action: TeacherAction): Promise<string | null>;
}
