// Copies of one game in words (src/app/sameGame.ts), the same on the class view and from `compare`:
// which files hold one game played together, or one file sent twice, that it is counted once, and
// which copies stop sooner.
import { plural } from '../scenario/plural';
import type { StudentGame } from './classView';
import { namesList } from './namesList';

/** How the class view and `compare` say what counts as one game. */
export const SAME_GAME_RULE = 'Files of one game played together (the same seed, seats and moves, or the start of them, from someone who saved sooner) are counted once.';

/**
 * "anna.json and boris.json are copies of one game played together: counted once."; when a copy
 * stops sooner, which game is compared and how far the shorter copies go. "Lena Kraus (1).json is a
 * copy of Lena Kraus.json: counted once." for the same record sent again. Null: no copies.
 */
export function copiesSentence(s: Pick<StudentGame, 'name' | 'copies'>): string | null {
  if (s.copies.length === 0) return null;
  const again = s.copies.filter((c) => c.sameRecordAs !== undefined).map((c) => c.name);
  if (again.length > 0) return `${namesList(again)} ${again.length === 1 ? 'is a copy' : 'are copies'} of ${s.name}: counted once.`;
  const shorter = s.copies.filter((c) => !c.whole);
  const sooner = shorter.length === 0 ? '' : `, as ${s.name}, the fullest (${namesList(shorter.map((c) => `${c.name} stops after ${plural(c.turns, 'turn')}`))})`;
  return `${namesList([s.name, ...s.copies.map((c) => c.name)])} are copies of one game played together: counted once${sooner}.`;
}

/**
 * "eva.json and jonas.json are the same game, move for move …": files of games nobody else played
 * in, alike in every choice: each is counted, and the teacher is told.
 */
export function alikeSentence(names: readonly string[]): string {
  return `${namesList(names)} are the same game, move for move (the same seed and every choice alike): a copy, or students who chose exactly alike; each is counted.`;
}
