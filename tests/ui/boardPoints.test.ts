import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginTurn, indexScenario, newGame } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { mapKey } from '../../src/ui/board/boardMap';
import { viewPoints } from '../../src/ui/board/layout';
import { buildBoardView } from '../../src/ui/boardModel';
import { boardPoints } from '../../src/ui/boardPoints';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const FILES = ['scenarios/tutorial.yaml', 'tests/fixtures/scenarios/regions/arctic.yaml', 'tests/fixtures/scenarios/regions/middle-east.yaml'];

describe('the points a loaded scenario prefetches its map for', () => {
  it.each(FILES)('%s: are the points the board asks a map for, so the prefetched map is the one it uses', (file) => {
    const loaded = loadScenario(readFileSync(resolve(ROOT, file), 'utf8'), file);
    if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
    const index = indexScenario(loaded.scenario, loaded.hash);
    const view = buildBoardView(index, beginTurn(newGame(index, 'seed'), index), null);
    expect(mapKey(boardPoints(loaded.scenario))).toBe(mapKey(viewPoints(view)));
  });
});
