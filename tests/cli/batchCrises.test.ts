// `batch` counts crises: the games with at least one, all of them, and how they ended, in the
// JSON report and in a line of the text report.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli';
import { crisisLine, countCrises } from '../../src/cli/batch/report';
import type { GameSummary } from '../../src/cli/batch/games';
import { memoryIo } from '../../src/cli/io';
import { fixtureData } from '../engine/fixture';
import { standoff } from '../engine/crisisFixture';
import { tempProject } from './helpers';

const project = tempProject();
project.write('scenarios/crisis.json', JSON.stringify({ ...fixtureData, id: 'crisis', crises: [standoff] }));

const summary = (outcomes: GameSummary['crises'][number]['outcome'][]): GameSummary => ({ ending: 'drift', score: 0, turns: 6, checksum: '', proposed: [], agreed: [], countered: [], counterTaken: [], middleAgreed: [], offered: [], offerTaken: [], moveOpen: [], moveMade: [], deadTurns: [], crises: outcomes.map((outcome) => ({ crisis: 'standoff', outcome, triggers: [0] })), flags: [], tracks: [] });

describe('batch and crises', () => {
  it('counts games with a crisis, all crises, and each outcome', () => {
    const counted = countCrises([summary([]), summary(['settled', 'top-rung']), summary(['settled'])]);
    expect(counted).toEqual({ games: 2, total: 3, outcomes: { 'player-backed-down': 0, 'other-backed-down': 0, settled: 2, 'top-rung': 1 } });
    expect(crisisLine({ games: 3, crises: counted })).toBe(
      'Crises: in 2 of 3 games (66.7%), 3 in all; ended: player backed down 0, other side backed down 0, settled 2, top rung 1',
    );
    expect(crisisLine({ games: 3, crises: countCrises([summary([])]) })).toBe('Crises: none in 3 games');
    // One game is one game, not "1 games".
    expect(crisisLine({ games: 1, crises: countCrises([summary([])]) })).toBe('Crises: none in 1 game');
    expect(crisisLine({ games: 1, crises: countCrises([summary(['settled'])]) })).toBe('Crises: in 1 of 1 game (100.0%), 1 in all; ended: player backed down 0, other side backed down 0, settled 1, top rung 0');
  });

  it('reports "crises" in --json and a line in the text report', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['batch', '--scenario', 'scenarios/crisis.json', '--games', '6', '--bot', 'random', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    // The price shock of turn 2 opens the standoff in every game.
    expect(json.crises.games).toBe(6);
    expect(json.crises.total).toBe(6);
    expect(Object.values(json.crises.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(6);
    const text = memoryIo(project.dir);
    expect(await runCli(['batch', '--scenario', 'scenarios/crisis.json', '--games', '3', '--bot', 'greedy'], text)).toBe(0);
    expect(text.stdout.join('\n')).toMatch(/^Crises: in 3 of 3 games \(100\.0%\), 3 in all; ended: /m);
  });
});
