// Copies of one class game: each student downloads the game's record, so the teacher gets it several
// times. The class view and `compare` count it once (as its fullest copy) and name the copies; a
// game nobody else played in is a student's own, even when two are alike move for move.
import { describe, expect, it } from 'vitest';
import { compareNames, compareRecords } from '../../src/app/classView';
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import { alikeSoloGames, sameGames } from '../../src/app/sameGame';
import { alikeSentence, copiesSentence } from '../../src/app/sameGameWords';
import { fixtureIndex } from '../engine/fixture';
import { classGameRecord, savedAfter } from './classRecords';

const index = fixtureIndex();
const game = classGameRecord(index, 'class-7b', { students: { big: { computer: 1 } }, nobody: ['small'] });
const leftAfter = (record: GameRecord, turns: number) => savedAfter(index, record, turns);
const named = (name: string, record: GameRecord) => ({ name, record });
const groups = (records: { name: string; record: GameRecord }[]) =>
  sameGames(records, compareNames)
    .map((g) => [g.kept.name, ...g.copies.map((c) => c.name)])
    .sort((a, b) => compareNames(a[0]!, b[0]!));

describe('copies of one game', () => {
  it('the record is of a class game: people in seats, some events decided by the computer', () => {
    expect(game.seats).toEqual({ big: 'person', small: 'person' });
    expect(game.events.some((e) => 'by' in e && e.by === 'greedy')).toBe(true);
    expect(game.result).not.toBeNull();
  });

  it('counts identical copies of a game played together once, as the first by name', () => {
    // Fields in another order (a file written by another program) are the same event.
    const reordered = { ...game, events: game.events.map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e) };
    expect(groups([named('boris.json', game), named('anna.json', reordered), named('carla.json', game)])).toEqual([['anna.json', 'boris.json', 'carla.json']]);
  });

  it('counts a copy that stops sooner (a student who left) with the fullest, which is the one kept', () => {
    expect(groups([named('anna.json', leftAfter(game, 2)), named('boris.json', game), named('carla.json', leftAfter(game, 1))])).toEqual([['boris.json', 'anna.json', 'carla.json']]);
  });

  it('keeps apart games played together that differ: another seed, other seats, another scenario version, other moves', () => {
    const otherSeed = classGameRecord(index, 'class-7c', { students: { big: { computer: 1 } }, nobody: ['small'] });
    const otherSeats = { ...game, seats: { big: 'person' as const, small: 'greedy' as const } };
    const otherVersion = { ...game, scenario: { ...game.scenario, hash: 'fedcba9876543210' } };
    const i = game.events.findIndex((e) => e.type === 'PROPOSE');
    const otherMoves = { ...game, events: game.events.map((e, j) => (j === i ? { type: 'WITHDRAW' as const, option: 'x' } : e)) };
    expect(groups([named('a', game), named('b', otherSeed), named('c', otherSeats), named('d', otherVersion), named('e', otherMoves)])).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });

  it('keeps two students’ own games apart even when they are alike move for move', () => {
    // Two students who chose alike: the same game, each file with its own name on it.
    const solo = playWithBot(index, 'class-7b', 'greedy').record();
    const bots = playWithBot(index, 'class-7b', 'greedy', {}, { big: 'greedy' }).record();
    const as = (playerName: string, record: GameRecord) => ({ ...record, playerName });
    expect(groups([named('anna.json', as('Anna', solo)), named('boris.json', as('Boris', solo)), named('carla.json', as('Carla', bots)), named('dora.json', as('Dora', bots))])).toEqual([['anna.json'], ['boris.json'], ['carla.json'], ['dora.json']]);
    // Each is counted, and the teacher is told which are alike (a copy handed in under another name, or a coincidence).
    const other = playWithBot(index, 'class-7c', 'greedy').record();
    const records = [named('dora.json', as('Dora', bots)), named('anna.json', as('Anna', solo)), named('eve.json', other), named('boris.json', as('Boris', solo)), named('carla.json', as('Carla', bots)), named('class.json', game), named('class-copy.json', game)];
    expect(alikeSoloGames(records, compareNames)).toEqual([['anna.json', 'boris.json'], ['carla.json', 'dora.json']]);
    const c = compareRecords(records, index);
    expect(c.students).toHaveLength(6);
    expect(c.alike).toEqual([['anna.json', 'boris.json'], ['carla.json', 'dora.json']]);
    expect(alikeSentence(c.alike[0]!)).toBe('anna.json and boris.json are the same game, move for move (the same seed and every choice alike): a copy, or students who chose exactly alike; each is counted.');
  });

  it('counts the very same record of a game nobody else played in once (a file sent twice), as the shorter name, and says so', () => {
    const solo = { ...playWithBot(index, 'class-7b', 'greedy').record(), playerName: 'Lena Kraus' };
    // Saved again by another program: the same record, its fields in another order.
    const resaved = Object.fromEntries(Object.entries(solo).reverse()) as GameRecord;
    const ben = playWithBot(index, 'class-7b', 'random').record();
    const records = [named('Lena Kraus (1).json', solo), named('ben.json', ben), named('Lena Kraus.json', solo), named('Lena Kraus - Copy.json', resaved)];
    expect(groups(records)).toEqual([['ben.json'], ['Lena Kraus.json', 'Lena Kraus (1).json', 'Lena Kraus - Copy.json']]);
    const c = compareRecords(records, index);
    expect(c.records).toBe(4);
    expect(c.verified).toBe(4);
    expect(c.students.map((s) => s.name)).toEqual(['ben.json', 'Lena Kraus.json']);
    expect(c.students[1]!.copies).toEqual([
      { name: 'Lena Kraus (1).json', turns: solo.checksums.length, whole: true, sameRecordAs: 'Lena Kraus.json' },
      { name: 'Lena Kraus - Copy.json', turns: solo.checksums.length, whole: true, sameRecordAs: 'Lena Kraus.json' },
    ]);
    expect(c.endings.reduce((n, e) => n + e.count, 0)).toBe(2);
    expect(c.alike).toEqual([]);
    expect(copiesSentence(c.students[1]!)).toBe('Lena Kraus (1).json and Lena Kraus - Copy.json are copies of Lena Kraus.json: counted once.');
    expect(copiesSentence({ name: 'a.json', copies: [{ name: 'a (1).json', turns: 3, whole: true, sameRecordAs: 'a.json' }] })).toBe('a (1).json is a copy of a.json: counted once.');
    // Anything else differing is another file: its notes, or the name on it (then each is counted, and said alike).
    const noted = { ...solo, notes: [{ atEvent: 0, text: 'played at home' }] };
    const renamed = { ...solo, playerName: 'Mia' };
    const apart = compareRecords([named('Lena Kraus.json', solo), named('noted.json', noted), named('mia.json', renamed)], index);
    expect(apart.students.map((s) => [s.name, s.copies.length])).toEqual([['Lena Kraus.json', 0], ['mia.json', 0], ['noted.json', 0]]);
    expect(apart.alike).toEqual([['Lena Kraus.json', 'mia.json', 'noted.json']]);
  });

  it('leaves the start of two different games on its own, in neither', () => {
    const start = leftAfter(game, 1);
    const last = game.events.length - 1;
    const other = { ...game, events: game.events.map((e, j) => (j === last ? { type: 'WITHDRAW' as const, option: 'x' } : e)) };
    expect(groups([named('a', game), named('b', other), named('c', start)])).toEqual([['a'], ['b'], ['c']]);
  });

  it('compares the game once, says which files were copies and how far each went', () => {
    const other = classGameRecord(index, 'class-7b', { students: { small: { computer: 0 } }, nobody: ['big'] });
    const c = compareRecords([named('boris.json', game), named('anna.json', game), named('carla.json', leftAfter(game, 2)), named('dora.json', other)], index);
    expect(c.records).toBe(4);
    expect(c.verified).toBe(4);
    expect(c.refused).toEqual([]);
    expect(c.students.map((s) => s.name)).toEqual(['anna.json', 'dora.json']);
    expect(c.students[0]!.copies).toEqual([
      { name: 'boris.json', turns: game.checksums.length, whole: true },
      { name: 'carla.json', turns: 2, whole: false },
    ]);
    expect(c.students[1]!.copies).toEqual([]);
    expect(c.endings.reduce((n, e) => n + e.count, 0)).toBe(2);
    expect(c.options.every((o) => o.proposedBy <= 2)).toBe(true);
    expect(copiesSentence(c.students[0]!)).toBe('anna.json, boris.json and carla.json are copies of one game played together: counted once, as anna.json, the fullest (carla.json stops after 2 turns).');
    expect(copiesSentence(c.students[1]!)).toBeNull();
    expect(copiesSentence({ name: 'anna.json', copies: [{ name: 'boris.json', turns: 12, whole: true }] })).toBe('anna.json and boris.json are copies of one game played together: counted once.');
  });

  it('a tampered copy is refused, and the good one is compared without copies', () => {
    const tampered = { ...game, checksums: game.checksums.map((x, i) => (i === 1 ? '0000000000000000' : x)) };
    const c = compareRecords([named('anna.json', game), named('boris.json', tampered)], index);
    expect(c.verified).toBe(1);
    expect(c.students.map((s) => [s.name, s.copies])).toEqual([['anna.json', []]]);
    expect(c.refused.map((r) => r.name)).toEqual(['boris.json']);
  });
});
