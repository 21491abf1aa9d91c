// The present checksum scheme reads the state's numbers field by field (src/engine/stateDigest.ts),
// so a field it forgot would let two different games share checksums. Every part of a state that
// the rules read changes the digest when it changes; the log and the history, which follow from
// the same draws, do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { indexScenario, type GameState } from '../../src/engine';
import { stateDigest } from '../../src/engine/stateDigest';
import { ACTOR_ATTRIBUTES } from '../../src/scenario/attributes';
import { loadScenario } from '../../src/scenario/load';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/other-asia-2019.yaml', import.meta.url), 'utf8'), 'scenarios/other-asia-2019.yaml');
if (!loaded.ok) throw new Error('the 2019 scenario does not load');
const index = indexScenario(loaded.scenario, loaded.hash);

/** A finished game with deals, agreements, crises, offers and flags to change. */
function playedGame(): GameState {
  for (let i = 1; i < 50; i++) {
    const game = playWithBot(index, `digest-${i}`, 'greedy').game();
    if (game.agreements.length > 0 && game.crises.length > 0 && game.offerTimes.some((n) => n > 0) && Object.keys(game.flags).length > 0 && game.proposals.length > 0 && game.outcomes.length > 0) return game;
  }
  throw new Error('no game of 2019 has every kind of state');
}

const game = playedGame();
const digest = (s: GameState) => stateDigest(s, index, '0123456789abcdef');
const firstKey = (table: Record<string, unknown>) => Object.keys(table)[0]!;
const clone = (s: GameState): GameState => structuredClone(s);
const bumpLast = (counts: number[]) => void (counts[counts.length - 1]! += 1);

/** One change to each part of the state, named by the field it changes. */
const changes: Record<string, (s: GameState) => void> = {
  seed: (s) => void (s.seed += 'x'),
  rng: (s) => void (s.rng.s1 += 2 ** -40),
  turn: (s) => void (s.turn += 1),
  capital: (s) => void (s.capital += 1),
  tracks: (s) => void (s.tracks[s.tracks.length - 1]! += 1),
  actors: (s) => void (s.actors[s.actors.length - 1]!.alignment += 1),
  flags: (s) => void (s.flags[firstKey(s.flags)] = !s.flags[firstKey(s.flags)]),
  optionOpen: (s) => void (s.optionOpen[s.optionOpen.length - 1] = !s.optionOpen[s.optionOpen.length - 1]),
  optionTimes: (s) => bumpLast(s.optionTimes),
  optionTries: (s) => bumpLast(s.optionTries),
  eventTimes: (s) => bumpLast(s.eventTimes),
  moveTimes: (s) => bumpLast(s.moveTimes),
  offerTimes: (s) => bumpLast(s.offerTimes),
  proposals: (s) => void (s.proposals[0]!.cost += 1),
  outcomes: (s) => void s.outcomes.push({ option: 'x', actor: 'y', result: 'accepted' }),
  agreements: (s) => void (s.agreements.at(-1)!.turnsLeft += 1),
  crises: (s) => void (s.crises.at(-1)!.rung += 1),
  ending: (s) => void (s.ending!.score += 1),
};

describe('the turn checksum of the present scheme', () => {
  it('reads every field of the state but the log and the history', () => {
    expect(Object.keys(game).sort()).toEqual([...Object.keys(changes), 'pastLog', 'turnLog', 'history'].sort());
  });

  it.each(Object.keys(changes))('changes when %s changes', (field) => {
    const changed = clone(game);
    changes[field]!(changed);
    expect(digest(changed)).not.toBe(digest(game));
  });

  it.each<[string, (s: GameState) => void]>([
    ['an agreement\'s status', (s: GameState) => void (s.agreements[0]!.status = s.agreements[0]!.status === 'done' ? 'active' : 'done')],
    ['an agreement\'s option', (s: GameState) => void (s.agreements[0]!.option = index.scenario.options.find((o) => o.id !== s.agreements[0]!.option)!.id)],
    ['a crisis\'s last answer', (s: GameState) => void (s.crises[0]!.lastAnswer = s.crises[0]!.lastAnswer === null ? 'x' : null)],
    ['a count still at 0', (s: GameState) => void (s.optionTimes[s.optionTimes.indexOf(0)] = 1)],
    ...ACTOR_ATTRIBUTES.map((attr): [string, (s: GameState) => void] => [`an actor's ${attr}`, (s) => void (s.actors[0]![attr] += 1)]),
    ['the first track', (s: GameState) => void (s.tracks[0]! += 1)],
  ])('changes when %s changes', (_what, change) => {
    const changed = clone(game);
    change(changed);
    expect(digest(changed)).not.toBe(digest(game));
  });

  /** A change to one field of an object of the state: a number moved, a flag flipped, a text replaced by `other`. */
  const changedField = (value: unknown, other: string): unknown => (typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : value === null || value === undefined ? other : `${String(value)}-changed`);
  const subFields: [string, (s: GameState) => Record<string, unknown>, readonly string[]][] = [
    ['an agreement', (s) => s.agreements[0] as unknown as Record<string, unknown>, ['option', 'actor', 'madeTurn', 'startTurn', 'turnsLeft', 'status', 'countered', 'middle']],
    ['an outcome', (s) => s.outcomes[0] as unknown as Record<string, unknown>, ['option', 'actor', 'result']],
    ['a proposal', (s) => s.proposals[0] as unknown as Record<string, unknown>, ['option', 'cost']],
    ['a crisis', (s) => s.crises[0] as unknown as Record<string, unknown>, ['crisis', 'actor', 'openedTurn', 'rung', 'lastAnswer', 'outcome']],
    ['the ending', (s) => s.ending as unknown as Record<string, unknown>, ['id', 'turn', 'score']],
    ['the generator', (s) => s.rng as unknown as Record<string, unknown>, ['c', 's0', 's1', 's2']],
  ];
  it.each(subFields.flatMap(([what, part, keys]) => keys.map((key) => [`${what}'s ${key}`, part, key] as const)))('changes when %s changes', (_what, part, key) => {
    const changed = clone(game);
    const object = part(changed);
    expect(object).toBeDefined();
    object[key] = key === 'status' ? (object[key] === 'done' ? 'active' : 'done') : key === 'result' ? (object[key] === 'rejected' ? 'accepted' : 'rejected') : changedField(object[key], 'x');
    if (key === 'middle' && object[key] === 'x') object[key] = true;
    expect(digest(changed)).not.toBe(digest(game));
  });

  it('changes when a flag is renamed, or another is set', () => {
    const renamed = clone(game);
    const [name, value] = Object.entries(renamed.flags)[0]!;
    delete renamed.flags[name];
    renamed.flags[`${name}-changed`] = value;
    expect(digest(renamed)).not.toBe(digest(game));
    const more = clone(game);
    more.flags['another-flag'] = false;
    expect(digest(more)).not.toBe(digest(game));
  });

  it('is the same for a copy, and whatever the log and the history hold', () => {
    const copy = clone(game);
    expect(digest(copy)).toBe(digest(game));
    copy.pastLog = [];
    copy.turnLog = [];
    copy.history = [];
    expect(digest(copy)).toBe(digest(game));
  });

  it('is chained to the previous turn\'s checksum', () => {
    expect(stateDigest(game, index, '')).not.toBe(digest(game));
    expect(stateDigest(game, index, 'fedcba9876543210')).not.toBe(digest(game));
    expect(digest(game)).toMatch(/^[0-9a-f]{16}$/);
  });
});
