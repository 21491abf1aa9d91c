// Discarding the saved game, with a way back: one key on "Discard" lost a game for good, and a
// screen reader's user heard nothing of it. The start screen offers Undo while it is shown.
import { SAVE_KEY, clearSave, readSave, storage } from './storage';

/**
 * Removes the saved game; returns its Undo, which puts it back as it was (whatever it held, a
 * broken save too) unless a game was saved meanwhile, and says whether it did.
 */
export function discardSave(): () => boolean {
  let kept: string | null = null;
  try {
    kept = storage()?.getItem(SAVE_KEY) ?? null;
  } catch {
    // unreadable: nothing to put back
  }
  clearSave();
  return () => {
    if (kept === null || readSave().kind !== 'none') return false;
    try {
      storage()?.setItem(SAVE_KEY, kept);
      return storage()?.getItem(SAVE_KEY) === kept;
    } catch {
      return false; // the storage full or off now
    }
  };
}
