// The name a player types for their teacher beside "Download the game record", kept in this browser
// so that each download of theirs carries it without typing it again. Kept in this visit as well:
// the download that matters most is the one offered when the browser refuses to store anything.
import { readStoredJson, writeStoredJson } from './storage';

const KEY = 'pivot-east/player-name';

let typed: string | null = null;

/** The name as last typed ('' none); cleaned where it is used (src/app/playerName.ts). */
export function keptPlayerName(): string {
  if (typed !== null) return typed;
  const stored = readStoredJson(KEY);
  return typeof stored === 'string' ? stored.slice(0, 200) : '';
}

export function keepPlayerName(name: string): void {
  typed = name;
  writeStoredJson(KEY, name);
}
