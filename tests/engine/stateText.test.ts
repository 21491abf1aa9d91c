// The first checksum scheme hashes the state's JSON as games of that scheme kept it: counts as
// objects keyed by id in the order first made, read back from the log (src/engine/stateText.ts).
// The golden records of that scheme check the digits; this checks the text and its refusal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { gameLog, indexScenario, type LogEntry } from '../../src/engine';
import { firstSchemeText } from '../../src/engine/stateText';
import { loadScenario } from '../../src/scenario/load';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url), 'utf8'), 'scenarios/other-asia-2019.yaml');
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const game = playWithBot(index, 'text-1', 'greedy').game();

describe('the state as the first checksum scheme wrote it', () => {
  it('holds the counts made, keyed by id, in the order first made', () => {
    const text = JSON.parse(firstSchemeText(game, index));
    // Each table's ids in the order the log first counts them, each with the state's count.
    const firstCounted = (counts: (e: LogEntry) => string | null) => {
      const ids: string[] = [];
      for (const e of gameLog(game)) {
        const id = counts(e);
        if (id !== null && !ids.includes(id)) ids.push(id);
      }
      return ids;
    };
    const tables = [
      ['optionTimes', index.slots.options, (e: LogEntry) => (e.kind === 'deal' && ['accepted', 'counter-taken', 'middle-taken'].includes(e.result) ? e.option : null)],
      ['optionTries', index.slots.options, (e: LogEntry) => (e.kind === 'decision' ? e.decision.option : null)],
      ['eventTimes', index.slots.events, (e: LogEntry) => (e.kind === 'event' ? e.event : null)],
      ['moveTimes', index.slots.moves, (e: LogEntry) => (e.kind === 'move' && e.happened ? `${e.actor}/${e.move}` : null)],
    ] as const;
    for (const [table, slots, counts] of tables) {
      const order = firstCounted(counts);
      expect(order.length, table).toBeGreaterThan(1);
      expect(Object.keys(text[table]), table).toEqual(order);
      for (const [id, slot] of slots) expect(text[table][id] ?? 0, `${table} ${id}`).toBe(game[table][slot]);
    }
    expect(Object.keys(text)).toEqual(['seed', 'rng', 'turn', 'capital', 'tracks', 'actors', 'flags', 'optionOpen', 'optionTimes', 'optionTries', 'eventTimes', 'moveTimes', 'proposals', 'outcomes', 'agreements', 'crises', 'ending', ...(game.offerTimes.some((n) => n > 0) ? ['offerTimes'] : [])]);
  });

  it('leaves out the offers before the first one', () => {
    const early = { ...game, pastLog: gameLog(game).filter((e) => e.kind !== 'offer'), turnLog: [], offerTimes: game.offerTimes.map(() => 0) };
    expect(Object.keys(JSON.parse(firstSchemeText(early, index)))).not.toContain('offerTimes');
  });

  it('is refused for a state whose log was cut short, rather than give a wrong checksum', () => {
    expect(() => firstSchemeText({ ...game, pastLog: gameLog(game).filter((e) => e.turn > 1), turnLog: [] }, index)).toThrow(/log does not hold/);
    // Cut to nothing: no count is contradicted, but none is held.
    expect(() => firstSchemeText({ ...game, pastLog: [], turnLog: [] }, index)).toThrow(/log does not hold all its counts/);
  });
});
