// What this browser keeps of its class games, so that nothing depends on the tab staying open: a
// student's name and member token per code (closing the page and opening the link again brings the
// seat back), and the teacher's games with their tokens (reopened next lesson with the same code).
// Everything read back is untrusted and checked; storage that is off only means nothing is kept.

const MEMBER_PREFIX = 'pivot-east/class-member/';
const TEACHER_KEY = 'pivot-east/class-teacher';
const TOKEN = /^[0-9a-f]{32}$/;
const CODE = /^[0-9A-Z]{8}$/;
const MAX_TEACHER_GAMES = 20;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or off: the game goes on; only coming back needs the code and name again.
  }
}

export interface KeptMember {
  name: string;
  token: string;
}

export function keptMember(code: string): KeptMember | null {
  const data = readJson(MEMBER_PREFIX + code) as Partial<KeptMember> | null;
  if (!data || typeof data.name !== 'string' || data.name.length > 40 || typeof data.token !== 'string' || !TOKEN.test(data.token)) return null;
  return { name: data.name, token: data.token };
}

export function keepMember(code: string, member: KeptMember): void {
  write(MEMBER_PREFIX + code, member);
}

export interface KeptTeacherGame {
  code: string;
  token: string;
  title: string;
  /** When it was hosted or last opened (ISO). */
  at: string;
  /** It is over, or the teacher ended it: opened again, it shows how it ended (for the class's discussion). */
  ended?: true;
}

export function keptTeacherGames(): KeptTeacherGame[] {
  const data = readJson(TEACHER_KEY);
  if (!Array.isArray(data)) return [];
  return data
    .filter((g): g is KeptTeacherGame => typeof g?.code === 'string' && CODE.test(g.code) && typeof g.token === 'string' && TOKEN.test(g.token) && typeof g.title === 'string' && g.title.length <= 200 && typeof g.at === 'string' && g.at.length <= 40 && (g.ended === undefined || g.ended === true))
    .slice(0, MAX_TEACHER_GAMES);
}

/** Keeps (or moves to the top) a game this browser hosts. */
export function keepTeacherGame(game: KeptTeacherGame): void {
  write(TEACHER_KEY, [game, ...keptTeacherGames().filter((g) => g.code !== game.code)].slice(0, MAX_TEACHER_GAMES));
}

/** Marks a kept game as ended, where it is in the list. */
export function keepTeacherGameEnded(code: string): void {
  write(TEACHER_KEY, keptTeacherGames().map((g) => (g.code === code ? { ...g, ended: true as const } : g)));
}

/** Takes a game off this browser's list, its teacher's key with it (the class server keeps the game). */
export function forgetTeacherGame(code: string): void {
  write(TEACHER_KEY, keptTeacherGames().filter((g) => g.code !== code));
}
