// The class game's record as a file, for the teacher and each student: the solo format, replayable
// offline ("Replay a game record") and comparable in the class view. Its name says whose copy it
// is: every student's file had the same name, and a teacher collecting a class's files could not
// tell them apart (a browser saved the second as "… (1).json").
import { downloadText, safeFileName } from '../../app/browser/files';
import { announce } from '../announce';
import type { ClassRoom, RoomState } from './classRoom';

/** Whose copy of the game a file is: the teacher's, or a student's (their seat and name as they joined). */
export interface RecordOwner {
  role: 'teacher' | 'student';
  /** The seat's actor id (the player's id for Russia's); null for a student without a seat. */
  seat: string | null;
  name: string | null;
}

/** The room's reader as its state says: the student's name is found on their seat. */
export function recordOwner(state: Pick<RoomState, 'role' | 'seat' | 'memberId' | 'lobby'>): RecordOwner {
  if (state.role === 'teacher') return { role: 'teacher', seat: null, name: null };
  const member = state.lobby.seats.find((s) => s.actor === state.seat)?.members.find((m) => m.id === state.memberId);
  return { role: 'student', seat: state.seat, name: member?.name ?? null };
}

/**
 * `pivot-east-class-tutorial-abcd2345-china-boris-turn-8.json`: the game (scenario, code), whose
 * copy (the seat's actor id and the student's name, only its letters and digits a file name keeps;
 * "teacher" for the teacher's, "no-seat" for a student without one) and the turn it was taken at.
 */
export function classRecordFileName(scenarioId: string, code: string, turn: number, owner: RecordOwner): string {
  const whose = owner.role === 'teacher' ? ['teacher'] : [(owner.seat ?? 'no-seat').slice(0, 32), safeFileName(owner.name ?? '').slice(0, 24)];
  const tail = safeFileName(code, ...whose, `turn-${turn}`);
  // A long scenario id is cut short, never the owner or the turn (a name is kept to 100 characters).
  const head = safeFileName('pivot-east-class', scenarioId).slice(0, 100 - tail.length - 1).replace(/-$/, '');
  return `${head}-${tail}.json`;
}

export function downloadClassRecord(room: ClassRoom): void {
  downloadText(room.game().recordFileName(), `${JSON.stringify(room.record(), null, 2)}\n`);
  announce('The class game’s record is being downloaded.');
}
