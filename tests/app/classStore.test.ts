// What a browser keeps of its class games is read back as untrusted text: anything malformed is
// left out, never trusted, and never breaks the start screen.
import { describe, expect, it } from 'vitest';
import { useFakeStorage } from './fakeStorage';
import { forgetTeacherGame, keepDebrief, keepMember, keepTeacherGame, keepTeacherGameStanding, keptDebrief, keptMember, keptTeacherGames } from '../../src/app/browser/classStore';

const TOKEN = 'a'.repeat(32);
const items = useFakeStorage();

describe('the class games this browser keeps', () => {
  it('gives back a student’s name and token for a code, and nothing that is not one', () => {
    keepMember('47EZS5W6', { name: 'Anna', token: TOKEN });
    expect(keptMember('47EZS5W6')).toEqual({ name: 'Anna', token: TOKEN });
    expect(keptMember('AAAAAAAA')).toBeNull();
    items().set('pivot-east/class-member/BBBBBBBB', JSON.stringify({ name: 'Eve', token: '<script>' }));
    expect(keptMember('BBBBBBBB')).toBeNull();
    items().set('pivot-east/class-member/CCCCCCCC', '{not json');
    expect(keptMember('CCCCCCCC')).toBeNull();
  });

  it('lists the teacher’s games newest first, once each, leaving out malformed entries', () => {
    keepTeacherGame({ code: '47EZS5W6', token: TOKEN, title: 'Tutorial', at: '2026-12-02T18:00:00Z' });
    keepTeacherGame({ code: '23456789', token: TOKEN, title: 'Mother Russia', at: '2026-12-02T19:00:00Z' });
    keepTeacherGame({ code: '47EZS5W6', token: TOKEN, title: 'Tutorial', at: '2026-12-02T20:00:00Z' });
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['47EZS5W6', '23456789']);
    const stored = JSON.parse(items().get('pivot-east/class-teacher')!) as unknown[];
    // Each malformed in one field only: the code, the entry, the title, the token, the date.
    const malformed = [
      { code: 'lower-case', token: TOKEN, title: 'x', at: 'y' },
      null,
      { code: 'ZZZZZZZZ', token: TOKEN, title: 'x'.repeat(300), at: 'y' },
      { code: 'YYYYYYYY', token: 'not-a-token', title: 'x', at: 'y' },
      { code: 'XXXXXXXX', title: 'x', at: 'y' },
      { code: 'WWWWWWWW', token: TOKEN, title: 'x', at: 'y'.repeat(41) },
      { code: 'VVVVVVVV', token: TOKEN, title: 'x', at: 7 },
    ];
    items().set('pivot-east/class-teacher', JSON.stringify([...stored, ...malformed]));
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['47EZS5W6', '23456789']);
    // A well-formed entry after them is kept: it is the malformed ones that are left out.
    items().set('pivot-east/class-teacher', JSON.stringify([...stored, ...malformed, { code: 'UUUUUUUU', token: TOKEN, title: 'x', at: 'y' }]));
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['47EZS5W6', '23456789', 'UUUUUUUU']);
    items().set('pivot-east/class-teacher', JSON.stringify(stored));
    // An ended game stays where it is, marked (opened again, it shows how it ended).
    keepTeacherGameStanding('23456789', { state: 'ended', turn: 2, turns: 4 });
    expect(keptTeacherGames().map((g) => [g.code, g.ended ?? false])).toEqual([['47EZS5W6', false], ['23456789', true]]);
    items().set('pivot-east/class-teacher', JSON.stringify([{ code: 'TTTTTTTT', token: TOKEN, title: 'x', at: 'y', ended: 'yes' }, ...stored]));
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['47EZS5W6', '23456789']);
  });

  it('keeps where each of the teacher’s games stood, in its place in the list; a malformed standing is left out, not the game', () => {
    keepTeacherGame({ code: '47EZS5W6', token: TOKEN, title: 'Tutorial', at: '2026-12-02T18:00:00Z', standing: { state: 'running', turn: 1, turns: 4 } });
    keepTeacherGame({ code: '23456789', token: TOKEN, title: 'Mother Russia', at: '2026-12-02T19:00:00Z' });
    // Closed for now: it stands so, not ended (it opens again to be played on).
    keepTeacherGameStanding('47EZS5W6', { state: 'closed', turn: 3, turns: 4 });
    expect(keptTeacherGames().map((g) => [g.code, g.standing ?? null, g.ended ?? false])).toEqual([
      ['23456789', null, false],
      ['47EZS5W6', { state: 'closed', turn: 3, turns: 4 }, false],
    ]);
    // Each malformed in one field only: the state, the turn, the turns, the whole.
    const stored = JSON.parse(items().get('pivot-east/class-teacher')!) as object[];
    const game = (code: string, standing: unknown) => ({ code, token: TOKEN, title: 'x', at: 'y', standing });
    items().set('pivot-east/class-teacher', JSON.stringify([...stored, game('AAAAAAAA', { state: '<b>over</b>', turn: 1, turns: 4 }), game('BBBBBBBB', { state: 'over', turn: 0, turns: 4 }), game('CCCCCCCC', { state: 'over', turn: 2, turns: '4' }), game('DDDDDDDD', 'closed')]));
    expect(keptTeacherGames().map((g) => [g.code, g.standing ?? null])).toEqual([
      ['23456789', null],
      ['47EZS5W6', { state: 'closed', turn: 3, turns: 4 }],
      ['AAAAAAAA', null],
      ['BBBBBBBB', null],
      ['CCCCCCCC', null],
      ['DDDDDDDD', null],
    ]);
  });

  it('keeps the records of the last three games that ended for a student, newest first, leaving out malformed entries', () => {
    const debrief = (code: string) => ({ code, seat: 'china', fileName: `pivot-east-class-${code}.json`, scenario: { fileName: 'tutorial.yaml', hash: '0123456789abcdef', text: '' }, record: '{"format":2}' });
    for (const code of ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC', 'DDDDDDDD']) keepDebrief(debrief(code));
    expect(keptDebrief('DDDDDDDD')).toEqual(debrief('DDDDDDDD'));
    expect(keptDebrief('AAAAAAAA')).toBeNull(); // the oldest, beyond the last three
    keepDebrief({ ...debrief('BBBBBBBB'), seat: null });
    const stored = JSON.parse(items().get('pivot-east/class-debriefs')!) as { code: string }[];
    expect(stored.map((d) => d.code)).toEqual(['BBBBBBBB', 'DDDDDDDD', 'CCCCCCCC']);
    expect(keptDebrief('BBBBBBBB')!.seat).toBeNull();
    // Each malformed in one field only: the scenario's hash, the record, the seat, the code.
    const malformed = [
      { ...debrief('EEEEEEEE'), scenario: { fileName: 'tutorial.yaml', hash: '<b>bold</b>', text: '' } },
      { ...debrief('FFFFFFFF'), record: { format: 2 } },
      { ...debrief('GGGGGGGG'), seat: 7 },
      { ...debrief('HHHHHHHH'), code: 'lower-case' },
      debrief('JJJJJJJJ'),
    ];
    items().set('pivot-east/class-debriefs', JSON.stringify(malformed));
    expect(['EEEEEEEE', 'FFFFFFFF', 'GGGGGGGG', 'HHHHHHHH', 'lower-case', 'JJJJJJJJ'].filter((code) => keptDebrief(code) !== null)).toEqual(['JJJJJJJJ']);
    items().set('pivot-east/class-debriefs', '{not json');
    expect(keptDebrief('JJJJJJJJ')).toBeNull();
  });

  it('forgets the one game the teacher takes off the list, and no other', () => {
    keepTeacherGame({ code: '47EZS5W6', token: TOKEN, title: 'Tutorial', at: '2026-12-02T18:00:00Z' });
    keepTeacherGame({ code: '23456789', token: TOKEN, title: 'Mother Russia', at: '2026-12-02T19:00:00Z' });
    keepTeacherGameStanding('47EZS5W6', { state: 'over', turn: 4, turns: 4 });
    forgetTeacherGame('47EZS5W6');
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['23456789']);
    forgetTeacherGame('AAAAAAAA');
    expect(keptTeacherGames().map((g) => g.code)).toEqual(['23456789']);
    forgetTeacherGame('23456789');
    expect(keptTeacherGames()).toEqual([]);
  });

  it('keeps nothing, and breaks nothing, where the browser has no storage', () => {
    delete (globalThis as { window?: unknown }).window;
    keepMember('47EZS5W6', { name: 'Anna', token: TOKEN });
    expect(keptMember('47EZS5W6')).toBeNull();
    expect(keptTeacherGames()).toEqual([]);
  });

  it('keeps nothing, and breaks nothing, where the storage refuses to read or write (full, or a private window)', () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    (globalThis as { window?: unknown }).window = { localStorage: { getItem: refuse, setItem: refuse } };
    expect(() => keepMember('47EZS5W6', { name: 'Anna', token: TOKEN })).not.toThrow();
    expect(() => keepTeacherGame({ code: '47EZS5W6', token: TOKEN, title: 'Tutorial', at: '2026-12-02T18:00:00Z' })).not.toThrow();
    expect(() => keepTeacherGameStanding('47EZS5W6', { state: 'closed', turn: 2, turns: 4 })).not.toThrow();
    expect(() => forgetTeacherGame('47EZS5W6')).not.toThrow();
    expect(keptMember('47EZS5W6')).toBeNull();
    expect(keptTeacherGames()).toEqual([]);
  });
});
