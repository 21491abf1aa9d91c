// Resuming the saved game: its record checked and replayed against its scenario. A save whose later
// turns no longer replay is offered from the end of its last good turn instead of being refused.
// A save made with another version of its scenario that replays the same resumes, and is saved
// again at once with the current version, so the play screen's note about it comes only once.
import { lastGoodTurn } from '../lastGoodTurn';
import { parseRecord } from '../record';
import type { ScenarioVersionChange } from '../replay';
import { replayBrowserGame, type BrowserGame, type LoadedScenario } from './game';
import { readSave, type ReadSave, type ScenarioSource } from './storage';

export type LoadScenario = (source: ScenarioSource) => Promise<{ ok: true; scenario: LoadedScenario } | { ok: false; errors: string[] }>;

export type Resumed = { ok: true; game: BrowserGame } | { ok: false; save: ReadSave };

/**
 * Replays the save. With `atLastGoodTurn`, a save whose later turns differ is cut to its good turns
 * (and saved so, once the player chose it); without, such a save comes back with the offer.
 */
export async function resumeSave(load: LoadScenario, atLastGoodTurn = false): Promise<Resumed> {
  const save = readSave();
  if (save.kind !== 'ok') return { ok: false, save };
  const broken = (reason: string, recover?: { goodTurns: number; firstBadTurn: number }): Resumed => ({ ok: false, save: { kind: 'broken', reason, recover } });
  try {
    const record = parseRecord(JSON.stringify(save.save.record), false);
    if (!record.ok) return broken(`its record is damaged: ${record.error}`);
    const loaded = await load(save.save.source);
    if (!loaded.ok) return broken(`its scenario cannot be loaded: ${loaded.errors.slice(0, 3).join('; ')}`);
    const replayed = replayBrowserGame(loaded.scenario, record.record);
    if (replayed.ok) return noteVersion(replayed);
    const good = lastGoodTurn(record.record, loaded.scenario.index);
    if (!good) return broken(`replaying it failed at ${replayed.reason}`);
    if (!atLastGoodTurn) {
      return broken(`from turn ${good.firstBadTurn} on, it no longer replays the way it was played: ${good.reason}`, { goodTurns: good.goodTurns, firstBadTurn: good.firstBadTurn });
    }
    const resumed = replayBrowserGame(loaded.scenario, good.record);
    if (!resumed.ok) return broken(`replaying it failed at ${resumed.reason}`);
    resumed.game.save();
    return noteVersion(resumed);
  } catch (e) {
    return broken(`an unexpected error: ${(e as Error).message}`);
  }
}

/** A save of another version of its scenario: the play screen says so, and the save names the current version from now on. */
function noteVersion(resumed: { game: BrowserGame; scenarioVersionChanged: ScenarioVersionChange | null }): Resumed {
  if (resumed.scenarioVersionChanged) {
    resumed.game.scenarioVersionChanged = resumed.scenarioVersionChanged;
    resumed.game.save();
  }
  return { ok: true, game: resumed.game };
}
