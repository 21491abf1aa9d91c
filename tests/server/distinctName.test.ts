// Two students who join with the same name are told apart in the class's lists and files.
import { describe, expect, it } from 'vitest';
import { distinctName } from '../../src/server/distinctName';
import { classGameOf, headerOf } from './support/classGameHarness';

describe('a student’s name in the class', () => {
  it('gets a number when another student already has it, whatever its case; a returning student keeps theirs', () => {
    const { game } = classGameOf(headerOf('tutorial.yaml', 'names-1', 'greedy'));
    const first = game.join('Anna');
    expect(first.member.name).toBe('Anna');
    expect(game.join('anna').member.name).toBe('anna (2)');
    expect(game.join('Anna').member.name).toBe('Anna (3)');
    expect(game.join('Boris').member.name).toBe('Boris');
    // Back with the token of the first welcome: the same member, the same name.
    expect(game.join('Anna', first.token).member).toBe(first.member);
    expect([...game.roster.members.values()].map((m) => m.name)).toEqual(['Anna', 'anna (2)', 'Anna (3)', 'Boris']);
  });

  it('stays within the 40 characters a name may have', () => {
    const long = 'A'.repeat(40);
    const second = distinctName(long, [long]);
    expect(second).toBe(`${'A'.repeat(36)} (2)`);
    expect(second.length).toBe(40);
    expect(distinctName('Anna', ['Anna', 'Anna (2)'])).toBe('Anna (3)');
    expect(distinctName('Ånna', ['Anna'])).toBe('Ånna');
  });
});
