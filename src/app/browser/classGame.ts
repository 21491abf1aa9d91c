// A class game's local replica, shown by the same screens as a game on this device: the room is
// authoritative, so an event goes to the room and the replica changes only when the room's
// accepted events arrive (in order, for every seat). Nothing is saved in this browser: the room
// keeps the game, and each student downloads its record.
import type { Seats } from '../../engine';
import type { PlayerEvent, Refusal } from '../../machines/events';
import type { GameRecord } from '../record';
import type { GameSession } from '../session';
import { BrowserGame, type LoadedScenario } from './game';

/** Sends an event to the room: resolves with its refusal, or null once accepted. */
export type RoomRelay = (event: PlayerEvent) => Promise<Refusal | null>;

export class RoomGame extends BrowserGame {
  constructor(
    scenario: LoadedScenario,
    session: GameSession,
    private readonly relay: RoomRelay,
    /** The room's record: the replica's events with the room's notes. */
    private readonly roomRecord: () => GameRecord,
    /** Each other seat's holder now: a student ('person'), or the computer's player for a seat nobody holds. */
    private readonly roster: () => Readonly<Record<string, string>>,
    /** The record's file name, saying whose copy it is (the teacher's, or a student's seat and name). */
    private readonly fileName: () => string,
    /** Why the room takes no event now (not started, paused), or null. */
    private readonly held: () => string | null = () => null,
  ) {
    super(scenario, session);
  }

  /** Every other seat is a student's to take (the session's seats say 'person'): who decides now is the room's roster. */
  override seatsHeld(): Readonly<Record<string, string>> {
    return this.roster();
  }

  override heldBack(): string | null {
    return this.held();
  }

  override send(event: PlayerEvent): Promise<Refusal | null> {
    return this.relay(event);
  }

  override record(): GameRecord {
    return this.roomRecord();
  }

  override recordFileName(): string {
    return this.fileName();
  }

  /** The room keeps the game. */
  override save(): void {}

  override savesHere(): boolean {
    return false;
  }

  /** Its share link is the same scenario and seed played alone: the class's seats are people on other devices, not a hot seat. */
  override shareSeats(): Seats {
    return {};
  }

  /** The room's accepted events reached the replica: the screens redraw. */
  refresh(): void {
    this.changed();
  }
}
