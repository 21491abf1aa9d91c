// A checksum of the state after every turn, chained with the previous one, so that a replay that
// diverges names the first turn where it does. The log and the history are left out: they follow
// from the same draws and numbers (the generator's state is counted). Two schemes: records name
// theirs, and a game keeps the one it began with.
// - 'numbers' (stateDigest.ts): the state's numbers mixed in as they are; every new game.
// - 'text': the hash of the state's JSON text, the first scheme; records that name no scheme were
//   made with it and are still checked with it. It costs about five times as much a turn.
import { checksum64 } from './hash';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { stateDigest } from './stateDigest';
import { firstSchemeText } from './stateText';

export const CHECKSUM_SCHEMES = ['numbers', 'text'] as const;
export type ChecksumScheme = (typeof CHECKSUM_SCHEMES)[number];

/** The scheme of new games. */
export const CHECKSUM_SCHEME: ChecksumScheme = 'numbers';

export function turnChecksum(state: GameState, index: ScenarioIndex, previous: string, scheme: ChecksumScheme): string {
  if (scheme === 'numbers') return stateDigest(state, index, previous);
  return checksum64(previous, firstSchemeText(state, index));
}
