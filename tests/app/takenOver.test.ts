// A game taken over from a replay ("Take over from turn N") is another path than the record it came
// from: its record says so in a note at the turn it was taken over, which a save and a resume keep,
// and it downloads under a name of its own (the two downloaded under one name).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayBrowserGame, type LoadedScenario } from '../../src/app/browser/game';
import { playWithBot } from '../../src/app/playBot';
import { parseRecord } from '../../src/app/record';
import { indexScenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';

const file = 'scenarios/tutorial.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const index = indexScenario(loaded.scenario, loaded.hash);
const scenario: LoadedScenario = { index, source: { kind: 'shipped', id: index.scenario.id }, fileName: file };

describe('a game taken over from a replay', () => {
  const record = playWithBot(index, 'taken-over', 'greedy').record();
  const upTo = record.events.findIndex((e) => e.type === 'END_TURN') + 1; // turn 2's planning

  it('carries a note at the turn it was taken over, naming the game it came from, and a file name of its own', () => {
    const taken = replayBrowserGame(scenario, record, upTo);
    if (!taken.ok) throw new Error(taken.reason);
    const ending = index.scenario.endings.find((e) => e.id === record.result!.ending)!.title;
    expect(taken.game.record().notes).toEqual([{ atEvent: upTo, text: `Taken over at turn 2 from the replay of a game that ended “${ending}” (score ${record.result!.score}) after ${record.result!.turns} turns: from here on, another path.` }]);
    expect(taken.game.takenOverAt()).toBe(2);
    expect(taken.game.recordFileName()).toBe('pivot-east-tutorial-taken-over-turn-2-taken-over-at-turn-2.json');
    // Saved and resumed (the whole record replayed), the note stays and no second one is added.
    const saved = parseRecord(JSON.stringify(taken.game.record()));
    if (!saved.ok) throw new Error(saved.error);
    const resumed = replayBrowserGame(scenario, saved.record);
    if (!resumed.ok) throw new Error(resumed.reason);
    expect(resumed.game.record().notes).toEqual(taken.game.record().notes);
  });

  it('keeps its note within a record note\'s 200 characters, whatever the length of the ending\'s title', () => {
    const long = 'A balanced Eurasian power, '.repeat(5).slice(0, 120);
    const text = readFileSync(file, 'utf8').replaceAll('title: A balanced Eurasian power\n', `title: ${long}\n`);
    const edited = loadScenario(text, file);
    if (!edited.ok) throw new Error(edited.errors.map((e) => e.message).join('\n'));
    const longIndex = indexScenario(edited.scenario, edited.hash);
    const ended = ['rounds-1', 'rounds-2', 'rounds-3', 'rounds-4', 'rounds-5', 'rounds-6'].map((seed) => playWithBot(longIndex, seed, 'greedy').record()).find((r) => r.result?.ending === 'balanced-power');
    expect(ended).toBeDefined();
    const taken = replayBrowserGame({ ...scenario, index: longIndex }, ended!, ended!.events.findIndex((e) => e.type === 'END_TURN') + 1);
    if (!taken.ok) throw new Error(taken.reason);
    const note = taken.game.record().notes![0]!.text;
    expect(note.length).toBeLessThanOrEqual(200);
    expect(note).toContain('…”');
    expect(parseRecord(JSON.stringify(taken.game.record())).ok).toBe(true);
  });

  it('adds nothing to a game resumed or replayed whole', () => {
    const whole = replayBrowserGame(scenario, record);
    if (!whole.ok) throw new Error(whole.reason);
    expect(whole.game.record().notes).toBeUndefined();
    expect(whole.game.takenOverAt()).toBeNull();
    expect(whole.game.recordFileName()).toBe(`pivot-east-tutorial-taken-over-turn-${whole.game.session.game().turn}.json`);
  });
});
