// The first checksum scheme hashes the state's JSON as games of that scheme kept it: counts as
// objects keyed by id in the order first made, read back from the log (src/engine/stateText.ts).
// The golden records of that scheme check the digits; this checks the text and its refusal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { gameLog, indexScenario } from '../../src/engine';
import { firstSchemeText } from '../../src/engine/stateText';
import { loadScenario } from '../../src/scenario/load';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url), 'utf8'), 'scenarios/other-asia-2019.yaml');
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const game = playWithBot(index, 'text-1', 'greedy').game();

describe('the state as the first checksum scheme wrote it', () => {
  it('holds the counts made, keyed by id, in the order first made', () => {
    const text = JSON.parse(firstSchemeText(game, index));
    const firstDeals: string[] = [];
    for (const e of gameLog(game)) if (e.kind === 'deal' && ['accepted', 'counter-taken', 'middle-taken'].includes(e.result) && !firstDeals.includes(e.option)) firstDeals.push(e.option);
    expect(Object.keys(text.optionTimes)).toEqual(firstDeals);
    for (const [id, slot] of index.slots.options) expect(text.optionTimes[id] ?? 0).toBe(game.optionTimes[slot]);
    expect(Object.keys(text)).toEqual(['seed', 'rng', 'turn', 'capital', 'tracks', 'actors', 'flags', 'optionOpen', 'optionTimes', 'optionTries', 'eventTimes', 'moveTimes', 'proposals', 'outcomes', 'agreements', 'crises', 'ending', ...(game.offerTimes.some((n) => n > 0) ? ['offerTimes'] : [])]);
  });

  it('leaves out the offers before the first one', () => {
    const early = { ...game, pastLog: gameLog(game).filter((e) => e.kind !== 'offer'), turnLog: [], offerTimes: game.offerTimes.map(() => 0) };
    expect(Object.keys(JSON.parse(firstSchemeText(early, index)))).not.toContain('offerTimes');
  });

  it('is refused for a state whose log was cut short, rather than give a wrong checksum', () => {
    expect(() => firstSchemeText({ ...game, pastLog: gameLog(game).filter((e) => e.turn > 1), turnLog: [] }, index)).toThrow(/log does not hold/);
  });
});
