// The world-move rule: every open move is weighed, one die per actor chooses among them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameLog, worldMoves, type GameState, type ScenarioIndex } from '../../src/engine';
import { chooseMove, moveShares } from '../../src/engine/worldMoves';
import { fixtureData, fixtureIndex } from './fixture';
import { startedGame } from './helpers';

const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];
const move = (id: string, chance: number, extra: object = {}) => ({ id, title: id, text: id, chance, maxTimes: 99, effects: [{ track: 'wealth', add: 1 }], sources: cite, ...extra });

/** The fixture with Small given these moves (Small has no interests the moves touch). */
function indexWithMoves(moves: object[]) {
  const actors = fixtureData.actors.map((a) => (a.id === 'small' ? { ...a, moves } : a));
  return fixtureIndex({ actors });
}

function smallEntry(state: GameState) {
  const entry = gameLog(state).find((e) => e.kind === 'move' && e.actor === 'small');
  if (entry?.kind !== 'move') throw new Error('small weighed no move');
  return entry;
}

/** The counts of moves that happened (a game keeps every count from the start, at 0). */
/** The moves made, by `actor/move`. */
const made = (state: GameState, index: ScenarioIndex) => Object.fromEntries([...index.slots.moves].map(([key, slot]) => [key, state.moveTimes[slot]!]).filter(([, n]) => (n as number) > 0));

describe('moveShares and chooseMove', () => {
  it('lays the chances end to end in file order; the rest of the line is no move', () => {
    const weighed = moveShares([20, 30, 10]).map((share) => ({ share }));
    expect(weighed.map((w) => w.share)).toEqual([20, 30, 10]);
    expect(chooseMove(weighed, 0)).toBe(0);
    expect(chooseMove(weighed, 19)).toBe(0);
    expect(chooseMove(weighed, 20)).toBe(1);
    expect(chooseMove(weighed, 49)).toBe(1);
    expect(chooseMove(weighed, 50)).toBe(2);
    expect(chooseMove(weighed, 59)).toBe(2);
    expect(chooseMove(weighed, 60)).toBeNull();
    expect(chooseMove(weighed, 99)).toBeNull();
  });

  it('scales the chances down, rounding down, only when they add up past 100', () => {
    expect(moveShares([60, 40])).toEqual([60, 40]);
    expect(moveShares([80, 40])).toEqual([66, 33]); // 80 × 100 / 120 = 66.6…, 40 × 100 / 120 = 33.3…
    expect(moveShares([100, 100, 100])).toEqual([33, 33, 33]);
    expect(moveShares([])).toEqual([]);
  });

  it('chooses each move on exactly as many of the 100 faces as its share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 8 }), (chances) => {
        const weighed = moveShares(chances).map((share) => ({ share }));
        const faces = new Array<number>(chances.length).fill(0);
        let none = 0;
        for (let die = 0; die < 100; die++) {
          const i = chooseMove(weighed, die);
          if (i === null) none++;
          else faces[i]! += 1;
        }
        expect(faces).toEqual(weighed.map((w) => w.share));
        const total = chances.reduce((s, c) => s + c, 0);
        if (total <= 100) expect(faces).toEqual(chances); // below 100 nobody's chance moves
        expect(none).toBe(100 - faces.reduce((s, f) => s + f, 0));
        expect(none).toBeLessThan(total > 100 ? Math.max(1, chances.length) : 101);
      }),
    );
  });

  it('never changes the other moves when a move with chance 0 is added', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }), fc.nat({ max: 6 }), fc.nat({ max: 99 }), (chances, at, die) => {
        const slot = Math.min(at, chances.length);
        const withZero = [...chances.slice(0, slot), 0, ...chances.slice(slot)];
        const before = chooseMove(moveShares(chances).map((share) => ({ share })), die);
        const after = chooseMove(moveShares(withZero).map((share) => ({ share })), die);
        expect(after).toBe(before === null ? null : before < slot ? before : before + 1);
      }),
    );
  });
});

describe('world moves weigh every open move', () => {
  it('records every weighed move with its terms and share, and the one chosen', () => {
    const index = indexWithMoves([move('a', 30), move('b', 50), move('c', 10, { when: { flag: 'never' } })]);
    const entry = smallEntry(worldMoves(startedGame(index), index));
    expect(entry.weighed.map((w) => [w.move, w.chance, w.share])).toEqual([['a', 30, 30], ['b', 50, 50]]);
    expect(entry.weighed[0]!.terms).toEqual([{ label: 'Base chance', value: 30, kind: 'chance' }]);
    const expected = entry.roll! < 30 ? 'a' : entry.roll! < 80 ? 'b' : null;
    expect(entry.happened).toBe(expected !== null);
    expect(entry.move).toBe(expected ?? 'b'); // none chosen: the likeliest is named
    // Over seeds, both ways: a move chosen, and none (the likeliest then named, not made).
    const ways = new Set<string>();
    for (let i = 0; i < 200 && ways.size < 2; i++) {
      const e = smallEntry(worldMoves(startedGame(index, `weighed-${i}`), index));
      const chosen = e.roll! < 30 ? 'a' : e.roll! < 80 ? 'b' : null;
      expect([e.happened, e.move]).toEqual([chosen !== null, chosen ?? 'b']);
      ways.add(chosen === null ? 'none' : 'chosen');
    }
    expect([...ways].sort()).toEqual(['chosen', 'none']);
  });

  it('makes each move about as often as its chance, over many seeds', () => {
    const index = indexWithMoves([move('a', 30), move('b', 50), move('c', 10)]);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, none: 0 };
    const games = 3000;
    for (let i = 0; i < games; i++) {
      const entry = smallEntry(worldMoves(startedGame(index, `w${i}`), index));
      counts[entry.happened ? entry.move : 'none']! += 1;
    }
    // Binomial standard deviation at 3000 games is under 1 point of percent: 3 points is a wide bound.
    const percent = (n: number) => (n * 100) / games;
    expect(Math.abs(percent(counts.a!) - 30)).toBeLessThan(3);
    expect(Math.abs(percent(counts.b!) - 50)).toBeLessThan(3);
    expect(Math.abs(percent(counts.c!) - 10)).toBeLessThan(3);
    expect(Math.abs(percent(counts.none!) - 10)).toBeLessThan(3);
  });

  it('gives the same game when a move with chance 0 is added, whatever the seed', () => {
    const plain = indexWithMoves([move('a', 30), move('b', 50)]);
    const withZero = indexWithMoves([move('a', 30), move('z', 0), move('b', 50)]);
    for (let i = 0; i < 300; i++) {
      const one = worldMoves(startedGame(plain, `z${i}`), plain);
      const two = worldMoves(startedGame(withZero, `z${i}`), withZero);
      expect(two.tracks).toEqual(one.tracks);
      expect(made(two, withZero)).toEqual(made(one, plain));
      expect(two.rng).toEqual(one.rng);
      const [e1, e2] = [smallEntry(one), smallEntry(two)];
      expect([e2.move, e2.happened, e2.roll]).toEqual([e1.move, e1.happened, e1.roll]);
    }
  });

  it('no longer lets a likelier move silence the others', () => {
    // Under the old rule only 'b' (the likeliest) was ever rolled while it was open.
    const index = indexWithMoves([move('a', 30), move('b', 50)]);
    let aHappened = false;
    for (let i = 0; i < 200 && !aHappened; i++) {
      const entry = smallEntry(worldMoves(startedGame(index, `s${i}`), index));
      aHappened = entry.happened && entry.move === 'a';
    }
    expect(aHappened).toBe(true);
  });
});
