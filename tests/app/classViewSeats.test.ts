// The class view verifies and compares games with bots or people in other seats exactly like solo
// ones: replayed from their events, a tampered one refused with its turn.
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/app/classView';
import { playWithBot } from '../../src/app/playBot';
import type { GameRecord } from '../../src/app/record';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();
const solo = playWithBot(index, 'class-9', 'greedy').record();
const seated = playWithBot(index, 'class-9', 'greedy', {}, { big: 'greedy', small: 'random' }).record();
const tampered: GameRecord = { ...seated, checksums: seated.checksums.map((c, i) => (i === 1 ? '0000000000000000' : c)) };

describe('the class view with seats', () => {
  it('compares a game with bots in other seats beside a solo one, and refuses a tampered one naming the turn', () => {
    expect(seated.format).toBe('pivot-east-record/2');
    const c = compareRecords([{ name: 'solo.json', record: solo }, { name: 'seated.json', record: seated }, { name: 'tampered.json', record: tampered }], index);
    expect(c.students.map((s) => s.name)).toEqual(['seated.json', 'solo.json']);
    const student = c.students.find((s) => s.name === 'seated.json')!;
    expect(student.score).toBe(seated.result!.score);
    expect(student.turns).toBe(seated.result!.turns);
    // Who held the other seats, for the class screen's "Seats" column.
    expect(student.seats).toEqual({ big: 'greedy', small: 'random' });
    expect(c.students.find((s) => s.name === 'solo.json')!.seats).toEqual({});
    expect(c.refused).toEqual([{ name: 'tampered.json', reason: expect.stringContaining('turn 2 differs from the record'), turn: 2 }]);
  });

  it('refuses the seated game\'s events replayed without its seats', () => {
    const { seats: _seats, ...rest } = seated;
    const c = compareRecords([{ name: 'no-seats.json', record: rest as GameRecord }], index);
    expect(c.refused[0]?.reason).toMatch(/turn 1 differs from the record|was refused/);
  });
});
