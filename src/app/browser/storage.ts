// Save and resume in the browser. A save is the game's record (event sourcing) plus where its
// scenario came from; resuming replays the events. Everything read back is untrusted: a broken
// save is reported, never fatal. Reading here is light (the start screen needs no schema library);
// the record itself is validated when the game is resumed.
import type { GameRecord } from '../record';

export const SAVE_KEY = 'pivot-east/save';
const SAVE_FORMAT = 'pivot-east-save/1';

/** A shipped scenario is named by its id; a scenario loaded from a file is kept whole. */
export type ScenarioSource = { kind: 'shipped'; id: string } | { kind: 'file'; fileName: string; text: string };

export interface SavedGame<R = GameRecord> {
  source: ScenarioSource;
  record: R;
  /** For the Resume button: "Sep–Nov 2016, turn 2 of 8". */
  where: string;
  savedAt: string;
}

/**
 * A save as read back: its record is not validated yet. A broken one may still `recover` its good
 * turns: those before the first turn that no longer replays.
 */
export type ReadSave =
  | { kind: 'none' }
  | { kind: 'ok'; save: SavedGame<unknown> }
  | { kind: 'broken'; reason: string; recover?: { goodTurns: number; firstBadTurn: number } };

/** The browser's local storage, or null where the browser's settings disable it. */
export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

/** A value kept as JSON under `key`, unchecked (the caller checks it), or null: none, not JSON, or storage off. */
export function readStoredJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** Keeps `value` as JSON under `key`; storage full or off only means it is not kept. */
export function writeStoredJson(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or off: what was to be kept is asked for, or worked out, again.
  }
}

const NOT_ALLOWED = 'this browser does not let the game store anything (a private window or a privacy setting)';

/** Why the browser refused to store the save, in the player's words (not the DOM's). */
function refusal(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full';
  if (name === 'SecurityError') return NOT_ALLOWED;
  return `the browser refused to store it (${e instanceof Error ? e.message : String(e)})`;
}

/** Writes the save; returns why not, in plain words, when the browser refuses (full, disabled). */
export function writeSave(save: SavedGame): string | null {
  const store = storage();
  if (!store) return NOT_ALLOWED;
  try {
    store.setItem(SAVE_KEY, JSON.stringify({ format: SAVE_FORMAT, ...save }));
    return null;
  } catch (e) {
    return refusal(e);
  }
}

export function clearSave(): void {
  try {
    storage()?.removeItem(SAVE_KEY);
  } catch {
    // nothing to do: there is no save we could reach anyway
  }
}

export function readSave(): ReadSave {
  const store = storage();
  if (!store) return { kind: 'none' };
  let text: string | null;
  try {
    text = store.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { kind: 'broken', reason: 'the saved game is not readable (it is not JSON)' };
  }
  if (data === null || typeof data !== 'object' || data.format !== SAVE_FORMAT) {
    return { kind: 'broken', reason: 'the saved game was written by another version of the game' };
  }
  const source = data.source as ScenarioSource | undefined;
  const validSource =
    source !== null &&
    typeof source === 'object' &&
    ((source.kind === 'shipped' && typeof source.id === 'string') ||
      (source.kind === 'file' && typeof source.fileName === 'string' && typeof source.text === 'string'));
  if (!validSource) return { kind: 'broken', reason: 'the saved game does not say which scenario it belongs to' };
  if (data.record === null || typeof data.record !== 'object') return { kind: 'broken', reason: 'the saved game has no record of its moves' };
  return {
    kind: 'ok',
    save: {
      source: source!,
      record: data.record,
      where: typeof data.where === 'string' ? data.where.slice(0, 200) : '',
      savedAt: typeof data.savedAt === 'string' ? data.savedAt.slice(0, 40) : '',
    },
  };
}
