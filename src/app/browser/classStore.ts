// What this browser keeps of its class games, so that nothing depends on the tab staying open: a
// student's name and member token per code (closing the page and opening the link again brings the
// seat back), the teacher's games with their tokens and where each stood (reopened next lesson
// with the same code), and the record of a student's game that has ended (a reload of its debrief
// shows it again).
// Everything read back is untrusted and checked; storage that is off only means nothing is kept.
import { readStoredJson, writeStoredJson } from './storage';
import { hasEnded, readStanding, type Standing } from './teacherStanding';

const MEMBER_PREFIX = 'pivot-east/class-member/';
const TEACHER_KEY = 'pivot-east/class-teacher';
const TOKEN = /^[0-9a-f]{32}$/;
const CODE = /^[0-9A-Z]{8}$/;
const MAX_TEACHER_GAMES = 20;
const DEBRIEFS_KEY = 'pivot-east/class-debriefs';
/** The last few: a record of a teacher's own scenario keeps the scenario's text too. */
const MAX_DEBRIEFS = 3;

export interface KeptMember {
  name: string;
  token: string;
}

export function keptMember(code: string): KeptMember | null {
  const data = readStoredJson(MEMBER_PREFIX + code) as Partial<KeptMember> | null;
  if (!data || typeof data.name !== 'string' || data.name.length > 40 || typeof data.token !== 'string' || !TOKEN.test(data.token)) return null;
  return { name: data.name, token: data.token };
}

export function keepMember(code: string, member: KeptMember): void {
  writeStoredJson(MEMBER_PREFIX + code, member);
}

export interface KeptTeacherGame {
  code: string;
  token: string;
  title: string;
  /** When it was hosted or last opened (ISO). */
  at: string;
  /** It is over, or the teacher ended it: opened again, it shows how it ended (for the class's discussion). */
  ended?: true;
  /** Where it stood when its screen last showed it here (games kept before this was have none). */
  standing?: Standing;
}

export function keptTeacherGames(): KeptTeacherGame[] {
  const data = readStoredJson(TEACHER_KEY);
  if (!Array.isArray(data)) return [];
  return data
    .filter((g): g is KeptTeacherGame => typeof g?.code === 'string' && CODE.test(g.code) && typeof g.token === 'string' && TOKEN.test(g.token) && typeof g.title === 'string' && g.title.length <= 200 && typeof g.at === 'string' && g.at.length <= 40 && (g.ended === undefined || g.ended === true))
    .slice(0, MAX_TEACHER_GAMES)
    .map(({ standing, ...game }) => {
      // A malformed standing is left out, not the game: its teacher's key is kept only here.
      const read = standing === undefined ? null : readStanding(standing);
      return read === null ? game : { ...game, standing: read };
    });
}

/** Keeps (or moves to the top) a game this browser hosts. */
export function keepTeacherGame(game: KeptTeacherGame): void {
  writeStoredJson(TEACHER_KEY, [game, ...keptTeacherGames().filter((g) => g.code !== game.code)].slice(0, MAX_TEACHER_GAMES));
}

/** Where a kept game stands now, where it is in the list: over or ended by the teacher, it is marked ended. */
export function keepTeacherGameStanding(code: string, standing: Standing): void {
  const ended = hasEnded(standing) ? { ended: true as const } : {};
  writeStoredJson(TEACHER_KEY, keptTeacherGames().map((g) => (g.code === code ? { ...g, ...ended, standing } : g)));
}

/** Takes a game off this browser's list, its teacher's key with it (the class server keeps the game). */
export function forgetTeacherGame(code: string): void {
  writeStoredJson(TEACHER_KEY, keptTeacherGames().filter((g) => g.code !== code));
}

/**
 * A student's class game that has ended, as its debrief needs it once the room is gone: a reload of
 * the debrief lost the record (the join link then met no open game) unless it had been downloaded.
 */
export interface KeptDebrief {
  code: string;
  /** The student's seat (actor id), or null without one: the debrief is read as that seat's. */
  seat: string | null;
  /** The record's file name, saying whose copy it is. */
  fileName: string;
  /** The scenario as the server sent it; a shipped one's text is left out (the page finds it by its hash). */
  scenario: { fileName: string; hash: string; text: string };
  /** The record (with the room's notes) as JSON text, checked as any record file when read back. */
  record: string;
}

function isKeptDebrief(d: Partial<KeptDebrief> | null): d is KeptDebrief {
  const s = d?.scenario;
  return (
    typeof d?.code === 'string' && CODE.test(d.code) &&
    (d.seat === null || (typeof d.seat === 'string' && d.seat.length <= 64)) &&
    typeof d.fileName === 'string' && d.fileName.length <= 120 &&
    typeof s?.fileName === 'string' && s.fileName.length <= 200 && typeof s.hash === 'string' && /^[0-9a-f]{16}$/.test(s.hash) && typeof s.text === 'string' &&
    typeof d.record === 'string'
  );
}

function keptDebriefs(): KeptDebrief[] {
  const data = readStoredJson(DEBRIEFS_KEY);
  return Array.isArray(data) ? data.filter(isKeptDebrief).slice(0, MAX_DEBRIEFS) : [];
}

/** The ended game of this code this browser kept, or null. */
export function keptDebrief(code: string): KeptDebrief | null {
  return keptDebriefs().find((d) => d.code === code) ?? null;
}

/** Keeps an ended game (newest first, the oldest beyond the last few dropped). */
export function keepDebrief(debrief: KeptDebrief): void {
  writeStoredJson(DEBRIEFS_KEY, [debrief, ...keptDebriefs().filter((d) => d.code !== debrief.code)].slice(0, MAX_DEBRIEFS));
}
