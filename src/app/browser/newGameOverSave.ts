// A new game started from the start screen or the editor while an unfinished game is saved: this
// browser keeps one saved game, so the player is asked first (the saved game is shown on the start
// screen, but Start beside it used to replace it without a word). A save whose game has ended, or
// that cannot be resumed, gives way at once: the debrief's "New game" leads to Start.
import type { ReadSave } from './storage';

type ReadableSave = Extract<ReadSave, { kind: 'ok' }>;

/** Whether the save holds a game that can be resumed and has not ended. */
export function holdsUnfinishedGame(save: ReadSave): save is ReadableSave {
  return save.kind === 'ok' && !savedGameEnded(save);
}

/** Whether the readable save's game has ended (its record has a result). */
export function savedGameEnded(save: ReadableSave): boolean {
  const { result } = save.save.record as { result?: unknown };
  return result !== undefined && result !== null;
}
