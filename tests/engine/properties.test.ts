// Invariants over thousands of seeds and random legal moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayRecord } from '../../src/app/replay';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { availableOptions, type ScenarioIndex } from '../../src/engine';
import { ATTRIBUTE_RANGE, ACTOR_ATTRIBUTES } from '../../src/scenario/schema';
import { fixtureData, fixtureIndex } from './fixture';

/** Plays a game whose every choice is read from `picks`: an option among those open, or the end of the turn. */
function playRandomly(index: ScenarioIndex, seed: string, picks: number[]): GameSession {
  const session = startSession(index, seed);
  let i = 0;
  const next = () => picks[i++ % picks.length]!;
  for (let steps = 0; steps < 2000 && phaseOf(session.snapshot()) !== 'over'; steps++) {
    if (phaseOf(session.snapshot()) === 'counter') {
      // A counter the player cannot pay for is refused; declining is always possible.
      if (next() % 2 === 1 || session.send({ type: 'TAKE_COUNTER' }) !== null) session.send({ type: 'DECLINE_COUNTER' });
      continue;
    }
    const open = availableOptions(session.game(), index);
    const pick = next() % (open.length + 1);
    expect(session.send(pick === open.length ? { type: 'END_TURN' } : { type: 'PROPOSE', option: open[pick]! })).toBeNull();
  }
  return session;
}

function checkInvariants(index: ScenarioIndex, session: GameSession): void {
  const game = session.game();
  expect(phaseOf(session.snapshot())).toBe('over');
  expect(game.ending).not.toBeNull();
  expect(Number.isInteger(game.ending!.score)).toBe(true);
  for (const [slot, track] of index.scenario.tracks.entries()) {
    const value = game.tracks[slot]!;
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(track.min);
    expect(value).toBeLessThanOrEqual(track.max);
  }
  for (const actor of game.actors) {
    for (const attr of ACTOR_ATTRIBUTES) {
      const value = actor[attr];
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(ATTRIBUTE_RANGE[attr][0]);
      expect(value).toBeLessThanOrEqual(ATTRIBUTE_RANGE[attr][1]);
    }
  }
  expect(game.capital).toBeGreaterThanOrEqual(0);
  expect(game.capital).toBeLessThanOrEqual(index.scenario.capital.max);
  expect(JSON.parse(JSON.stringify(game))).toEqual(game); // plain data, no NaN or undefined slots
}

export function gameProperties(name: string, index: () => ScenarioIndex, runs: number) {
  describe(`${name}: any seed and any legal moves`, () => {
    it('never throws, keeps every number whole and in bounds, and reaches an ending', { timeout: 120_000 }, () => {
      const idx = index();
      fc.assert(
        fc.property(fc.string({ maxLength: 12 }), fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }), (seed, picks) => {
          checkInvariants(idx, playRandomly(idx, seed, picks));
        }),
        { numRuns: runs, seed: 20161 },
      );
    });

    it('gives the same checksums for the same seed and moves, and replays to them', { timeout: 120_000 }, () => {
      const idx = index();
      fc.assert(
        fc.property(fc.string({ maxLength: 12 }), fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }), (seed, picks) => {
          const a = playRandomly(idx, seed, picks).record();
          const b = playRandomly(idx, seed, picks).record();
          expect(b.checksums).toEqual(a.checksums);
          expect(b.events).toEqual(a.events);
          // The record replays, turn by turn, to the same checksums and ending.
          const replayed = replayRecord(a, idx);
          expect(replayed.ok).toBe(true);
          expect(replayed.session!.game().history.map((h) => h.checksum)).toEqual(a.checksums);
          expect(replayed.session!.record().result).toEqual(a.result);
        }),
        { numRuns: Math.max(50, runs / 10), seed: 20191 },
      );
    });
  });
}

gameProperties('the fixture scenario', fixtureIndex, 2000);

/** Every effect that adds to a track or an actor's number, anywhere in the data, made ten times as large. */
function scaled(value: unknown): void {
  if (Array.isArray(value)) value.forEach(scaled);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (('track' in o || 'actor' in o) && typeof o.add === 'number') o.add *= 10;
    Object.values(o).forEach(scaled);
  }
}
/** The fixture whose effects push tracks and actors' numbers to their bounds: the bounds above are then tried. */
const pushedToBounds = () => {
  const data = structuredClone(fixtureData);
  scaled(data);
  return fixtureIndex(data);
};
gameProperties('the fixture with every effect ten times as large', pushedToBounds, 500);

describe('the fixture with every effect ten times as large', () => {
  it('ends many of its games with a track or an actor\'s number at a bound', () => {
    const index = pushedToBounds();
    let atBound = 0;
    const games = 100;
    for (let g = 0; g < games; g++) {
      const game = playRandomly(index, `bounds-${g}`, [g, 3 * g + 1, 7, g % 5]).game();
      const tracks = index.scenario.tracks.some((t, slot) => game.tracks[slot] === t.min || game.tracks[slot] === t.max);
      const actors = game.actors.some((a) => ACTOR_ATTRIBUTES.some((attr) => a[attr] === ATTRIBUTE_RANGE[attr][0] || a[attr] === ATTRIBUTE_RANGE[attr][1]));
      if (tracks || actors) atBound++;
    }
    expect(atBound).toBeGreaterThan(games / 5);
  });
});
