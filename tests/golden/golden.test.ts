// The golden records (tests/golden/*.json, written by `npm run golden`): games of the shipped
// scenarios kept from an earlier engine, replayed on the scenarios as they were then
// (tests/golden/scenarios/: a change of a scenario's content changes its games, not the engine). Every one must replay to its checksums, turn by turn, and
// to its result, through the game statechart and through the engine's functions called directly,
// so that the speed work (or any refactoring) cannot change a game without this failing. Those
// written before the present checksum scheme keep the first one ('text', named by no field) and
// are checked with it; the same games were written again with the present one ('numbers').
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replayEngineOnly } from '../../bench/engine';
import { checksumSchemeOf, parseRecord, type GameRecord } from '../../src/app/record';
import { replayRecord } from '../../src/app/replay';
import { CHECKSUM_SCHEMES, ENGINE_VERSION, indexScenario, type GameState, type ScenarioIndex } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';

const GOLDEN = fileURLToPath(new URL('./', import.meta.url));
const SCENARIOS = fileURLToPath(new URL('./scenarios/', import.meta.url));

const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.json')).sort();

const indexes = new Map<string, Promise<ScenarioIndex>>();
/** The scenario a record names, as it was when the records were written; read once. */
function scenarioOf(id: string): Promise<ScenarioIndex> {
  let index = indexes.get(id);
  if (!index) {
    index = readScenarioFile(`${SCENARIOS}${id}.yaml`).then((r) => {
      if (!r.ok) throw new Error(`tests/golden/scenarios/${id}.yaml does not load: ${r.errors.map((e) => e.message).join('; ')}`);
      return indexScenario(r.scenario, r.hash);
    });
    indexes.set(id, index);
  }
  return index;
}

function readGolden(file: string): GameRecord {
  const parsed = parseRecord(readFileSync(GOLDEN + file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return parsed.record;
}

const resultOf = (s: GameState): GameRecord['result'] => (s.ending ? { ending: s.ending.id, score: s.ending.score, turns: s.turn } : null);

describe('golden records', () => {
  it('cover the three shipped scenarios with both bots, in both checksum schemes', () => {
    const kinds = new Set(files.map((f) => `${f.split('.').slice(0, 2).join('.')} ${checksumSchemeOf(readGolden(f))}`));
    for (const scenario of ['tutorial', 'mother-russia-2016', 'other-asia-2019']) {
      for (const bot of ['random', 'greedy']) for (const scheme of CHECKSUM_SCHEMES) expect(kinds, `${scenario} with the ${bot} bot, ${scheme} checksums`).toContain(`${scenario}.${bot} ${scheme}`);
    }
  });

  describe.each(files)('%s', (file) => {
    it('was made by this engine version (a new version means new golden records: npm run golden)', () => {
      expect(readGolden(file).engineVersion).toBe(ENGINE_VERSION);
    });

    it('replays through the game statechart to every turn\'s checksum and the result', async () => {
      const record = readGolden(file);
      const replay = replayRecord(record, await scenarioOf(record.scenario.id));
      if (!replay.ok) throw new Error(`turn ${replay.turn}: ${replay.reason}`);
      expect(replay.session.game().history.map((h) => h.checksum)).toEqual(record.checksums);
      expect(replay.session.record().result).toEqual(record.result);
    });

    // The engine-only replay plays Russia's events; a seat's own decisions need the statechart.
    it.skipIf(readGolden(file).seats !== undefined)('replays through the engine called directly to the same checksums and result', async () => {
      const record = readGolden(file);
      const final = replayEngineOnly(await scenarioOf(record.scenario.id), record);
      expect(final.history.map((h) => h.checksum)).toEqual(record.checksums);
      expect(resultOf(final)).toEqual(record.result);
    });
  });
});
