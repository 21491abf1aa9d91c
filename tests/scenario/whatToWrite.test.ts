// Messages that said what was wrong but not what to write: the missing `format:` line, the
// player's own id as a target, an actor's missing `alignment` (which actor), a month without its
// leading zero.
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT } from '../../src/scenario/schema';
import { edit, errorsOf, lineOf, minimal } from './helpers';

describe('a message says what to write', () => {
  it('for the missing format: the line itself', () => {
    const text = edit(minimal, `format: ${SCENARIO_FORMAT}\n`, '');
    expect(errorsOf(text)).toEqual([`test.yaml:1: format: the file has no "format:" field (required): write "format: ${SCENARIO_FORMAT}" at the top of the file`]);
  });

  it("for the player's id as an option's target: leave the target out, and its touches with it", () => {
    const text = edit(minimal, '    target: china\n    map: { route: [vladivostok, beijing]', '    target: russia\n    map: { route: [vladivostok, beijing]');
    expect(errorsOf(text)).toEqual([
      `test.yaml:${lineOf(text, 'target: russia')}: options[0].target: "russia" is the player, not an actor; leave "target" out for a step the player takes alone, and "touches" with it (no one weighs such a step)`,
    ]);
    // Elsewhere the player's id still points at its tracks.
    const effect = edit(minimal, '      - { actor: china, attr: trade, add: 20 }', '      - { actor: russia, attr: trade, add: 20 }');
    expect(errorsOf(effect)[0]).toMatch(/options\[0\]\.effects\[1\]\.actor: "russia" is the player, not an actor; the player's own numbers are tracks$/);
  });

  it("for a field missing from a mapping inside a list's item (an actor's start): the item's id, as for a field of the item itself", () => {
    const text = edit(minimal, 'start: { relation: 10, trust: 35, trade: 16, alignment: -70 }', 'start: { relation: 10, trust: 35, trade: 16 }');
    expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, 'start: { relation: 10')}: actors[1].start.alignment: required field is missing (in the item with the id "japan")`]);
    // A field of an item with no id of its own (a citation) names none.
    const note = edit(minimal, '        note: The 400 billion dollar Gazprom deal was an early sign of promise that deeper integration did not follow.\n', '');
    expect(errorsOf(note)[0]).toMatch(/options\[0\]\.sources\[0\]\.note: required field is missing$/);
  });

  it('for a month written otherwise than YYYY-MM, the month meant; for no month at all, nothing made up', () => {
    for (const [written, month] of [
      ['2016-9', '2016-09'],
      ['2016/09', '2016-09'],
      ['09/2016', '2016-09'],
      ['2016-09-15', '2016-09'],
    ]) {
      const text = edit(minimal, '    at: 2016-09', `    at: ${written}`);
      expect(errorsOf(text)).toEqual([`test.yaml:${lineOf(text, `at: ${written}`)}: events[0].at: a month is written YYYY-MM, e.g. 2016-09; got "${written}": write ${month}`]);
    }
    expect(errorsOf(edit(minimal, '    at: 2016-09', '    at: 2016-13'))[0]).toMatch(/got "2016-13"$/);
    expect(errorsOf(edit(minimal, '    at: 2016-09', '    at: September'))[0]).toMatch(/got "September"$/);
  });
});
