// Which pictures of the game the board animates from: only the same game's same or previous turn.
// A new game after another, or a replay's jump back or ahead, is drawn as it is, so that no
// "−13" floats over an actor for a change that game never had.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexScenario, newGame, type GameState } from '../../../src/engine';
import { loadScenario } from '../../../src/scenario/load';
import { buildBoardView } from '../../../src/ui/boardModel';
import { continuesFrom } from '../../../src/ui/board/boardView';

const file = 'scenarios/tutorial.yaml';
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error('the tutorial does not load');
const index = indexScenario(loaded.scenario, loaded.hash);
const at = (game: GameState, turn: number) => buildBoardView(index, { ...game, turn }, null);

describe('continuesFrom', () => {
  const game = newGame(index, 'one');
  it('goes on within a turn and to the next turn of the same game', () => {
    expect(continuesFrom(at(game, 2), at(game, 2))).toBe(true);
    expect(continuesFrom(at(game, 2), at(game, 3))).toBe(true);
  });

  it('starts afresh for the first picture, another game, or a jump back or ahead', () => {
    expect(continuesFrom(null, at(game, 1))).toBe(false);
    expect(continuesFrom(at(game, 4), at(newGame(index, 'two'), 1))).toBe(false);
    expect(continuesFrom(at(game, 4), at(game, 1))).toBe(false);
    expect(continuesFrom(at(game, 1), at(game, 4))).toBe(false);
  });

  it('goes on between pictures that do not say their moment (the board demo)', () => {
    const { moment: _, ...bare } = at(game, 1);
    expect(continuesFrom(bare, bare)).toBe(true);
  });
});
