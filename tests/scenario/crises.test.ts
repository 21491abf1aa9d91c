// The `crises` section: a crisis that fits loads; each broken reference or missing kind of answer
// is reported with its file, line and path, as a teacher sees it.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const crisis = `crises:
  - id: islands-standoff
    title: Japan protests over the islands
    text: Japan protests.
    opensOn: { event: abe-in-vladivostok }
    other: japan
    stake: The disputed islands.
    touches: { territory: -20 }
    ladder:
      - { title: Notes, text: Notes are exchanged., effects: [] }
      - { title: Talks frozen, text: Talks stop., pressure: 10, effects: [{ actor: japan, attr: relation, add: -5 }] }
    answers:
      - { id: give-way, title: Give way, text: Give way., step: back-down }
      - { id: hold, title: Hold, text: Hold., step: hold }
      - { id: escalate, title: Escalate, text: Escalate., step: escalate, cost: 1, pressure: 5 }
    onPlayerBacksDown: [{ track: development, add: -1 }]
    sources:
      - { source: rozman-2016, paragraph: 5, note: Abe asked for a territorial agreement. }

endings:
`;
const withCrisis = edit(minimal, '\nendings:\n', `\n${crisis}`);

describe('crises in a scenario file', () => {
  it('load with one trigger or a list of them', () => {
    const listed = loaded(edit(withCrisis, 'opensOn: { event: abe-in-vladivostok }', 'opensOn: [{ event: abe-in-vladivostok }, { option: gas-deal }]'));
    expect(listed.scenario.crises[0]!.opensOn).toEqual([{ event: 'abe-in-vladivostok' }, { option: 'gas-deal' }]);
    expect(loaded(withCrisis).scenario.crises[0]!.opensOn).toEqual({ event: 'abe-in-vladivostok' });
  });

  it('load with a warning for a trigger listed twice, at the second, naming the line of the first', () => {
    const text = edit(withCrisis, 'opensOn: { event: abe-in-vladivostok }', 'opensOn:\n      - { event: abe-in-vladivostok }\n      - { option: gas-deal }\n      - { event: abe-in-vladivostok }\n');
    const [first, second] = [text.indexOf('- { event: abe'), text.lastIndexOf('- { event: abe')].map((at) => text.slice(0, at).split('\n').length);
    expect(loaded(text, 's.yaml').warnings.map(formatError)).toEqual([
      `s.yaml:${second}: crises[0].opensOn[2]: the trigger { event: abe-in-vladivostok } is listed twice in this opensOn (first at line ${first}); the crisis opens once whichever happens: remove one, or write the trigger that was meant`,
    ]);
  });

  it('load with their defaults', () => {
    const { scenario } = loaded(withCrisis);
    const c = scenario.crises[0]!;
    expect(c).toMatchObject({ id: 'islands-standoff', other: 'japan', base: 0, maxTimes: 1, modifiers: [], onSettled: [], onOtherBacksDown: [] });
    expect(c.ladder[0]!.pressure).toBe(0);
    expect(c.answers.map((a) => [a.step, a.cost])).toEqual([['back-down', 0], ['hold', 0], ['escalate', 1]]);
  });

  it.each([
    ['an unknown other side', 'other: japan\n    stake', 'other: korea\n    stake', 'other: korea', 'crises[0].other: no actor "korea"'],
    ['the player as the other side', 'other: japan\n    stake', 'other: russia\n    stake', 'other: russia', `crises[0].other: "russia" is the player, not an actor; the player's own numbers are tracks`],
    ['an interest the other side lacks', 'touches: { territory: -20 }', 'touches: { energy: -20 }', 'touches: { energy: -20 }', 'crises[0].touches.energy: "japan" has no interest "energy"'],
    ['an unknown event', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: { event: abe }', 'opensOn: { event: abe }', 'crises[0].opensOn.event: no event "abe"'],
    ['an unknown option', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: { option: gas }', 'opensOn: { option: gas }', 'crises[0].opensOn.option: no option "gas"'],
    ['an unknown move', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: { move: { actor: china, move: link-belt } }', 'opensOn: { move', 'crises[0].opensOn.move.move: "china" has no move "link-belt"'],
    ['an unknown event in a list of triggers', 'opensOn: { event: abe-in-vladivostok }', 'opensOn:\n      - { option: gas-deal }\n      - { event: abe-in-vladivostk }', '{ event: abe-in-vladivostk }', 'crises[0].opensOn[1].event: no event "abe-in-vladivostk" (did you mean "abe-in-vladivostok"?)'],
    ['an id alone in a list of triggers', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: [{ option: gas-deal }, abe-in-vladivostok]', 'opensOn: [', 'crises[0].opensOn[1]: expected a trigger (a mapping written with one of: move, event, option), got text "abe-in-vladivostok"; "abe-in-vladivostok" is an event of this file: write { event: abe-in-vladivostok }'],
    ['an id alone as the trigger', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: abe-in-vladivostok', 'opensOn: abe', 'crises[0].opensOn: expected a trigger (a mapping written with one of: move, event, option), got text "abe-in-vladivostok"; "abe-in-vladivostok" is an event of this file: write { event: abe-in-vladivostok }'],
    ['two triggers in one mapping', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: { event: abe-in-vladivostok, option: gas-deal }', 'opensOn: {', 'crises[0].opensOn: a trigger has exactly one of move, event, option; this one has "event" and "option"; to give several, write a list: [{ event: abe-in-vladivostok }, { option: gas-deal }]'],
    ['an empty list of triggers', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: []', 'opensOn: []', 'crises[0].opensOn: needs at least 1 trigger, such as { event: ID }, { option: ID } or { move: { actor: ID, move: ID } }'],
    ['ids with commas between them', 'opensOn: { event: abe-in-vladivostok }', 'opensOn: abe-in-vladivostok, gas-deal', 'opensOn: abe', 'crises[0].opensOn: expected a trigger (a mapping written with one of: move, event, option), got text "abe-in-vladivostok, gas-deal"; each of these is an id of this file: write a list: [{ event: abe-in-vladivostok }, { option: gas-deal }]'],
    ["a move's fields written beside move", 'opensOn: { event: abe-in-vladivostok }', 'opensOn:\n      - { actor: china, move: link-the-belt }', '- { actor: china, move: link', 'crises[0].opensOn[0]: actor and move belong inside "move": write { move: { actor: china, move: link-the-belt } }'],
    ["another actor's move", 'opensOn: { event: abe-in-vladivostok }', 'opensOn: { move: { actor: japan, move: link-the-belt } }', 'opensOn: { move', 'crises[0].opensOn.move.move: "japan" has no move "link-the-belt" (it is a move of "china": write { move: { actor: china, move: link-the-belt } })'],
    ['no way to back down', '{ id: give-way, title: Give way, text: Give way., step: back-down }', '{ id: give-way, title: Give way, text: Give way., step: hold }', '    answers:', 'crises[0].answers: give at least one answer with step: back-down, so the player can end the crisis'],
    ['no free answer', 'step: back-down }\n      - { id: hold, title: Hold, text: Hold., step: hold }', 'step: back-down, cost: 2 }\n      - { id: hold, title: Hold, text: Hold., step: hold, cost: 1 }', '    answers:', 'crises[0].answers: give at least one answer that costs nothing, so the player can always answer'],
    ['a duplicate answer id', '{ id: hold, title: Hold', '{ id: give-way, title: Hold', '{ id: give-way, title: Hold', 'crises[0].answers[1].id: the id "give-way" is used twice (first at line {line of { id: give-way, title: Give way})'],
    ['an effect on an unknown track', '[{ track: development, add: -1 }]', '[{ track: standing, add: -1 }]', 'standing', 'crises[0].onPlayerBacksDown[0].track: no track "standing"'],
    ['a citation of an unknown source', '{ source: rozman-2016, paragraph: 5, note: Abe asked', '{ source: rozman, paragraph: 5, note: Abe asked', 'source: rozman,', 'crises[0].sources[0].source: no source "rozman"'],
    ['a ladder of one rung', "      - { title: Talks frozen, text: Talks stop., pressure: 10, effects: [{ actor: japan, attr: relation, add: -5 }] }\n", '', '    ladder:', 'crises[0].ladder: a crisis needs at least 2 rungs: the one it opens on and the one it ends on'],
    ['an unknown step', 'step: escalate', 'step: retaliate', 'step: retaliate', 'crises[0].answers[2].step'],
  ])('report %s with its line and path', (_, from, to, needle, expected) => {
    const text = edit(withCrisis, from, to);
    const message = expected.replace(/\{line of ([^}]+)\}/g, (_, other: string) => String(lineOf(text, other)));
    const errors = errorsOf(text, 's.yaml');
    expect(errors.some((e) => e.startsWith(`s.yaml:${lineOf(text, needle)}: ${message}`)), errors.join('\n')).toBe(true);
  });

  it('refuse an option without a target that touches interests: no one weighs it', () => {
    const text = edit(minimal, '    target: japan\n    map: { place: vladivostok', '    map: { place: vladivostok');
    expect(errorsOf(text, 's.yaml')).toContain(
      `s.yaml:${lineOf(text, 'touches: { economy: 60, territory: 20 }')}: options[2].touches: an option without a target is carried out by the player alone: no one weighs it, so it touches no interests; remove touches`,
    );
  });

  it('say a misspelt target once, as the field it is, not as an option taken alone that must lose its touches', () => {
    const text = edit(minimal, '    target: japan\n    map: { place: vladivostok', '    tagret: japan\n    map: { place: vladivostok');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, 'tagret: japan')}: options[2].tagret: unknown field "tagret" (did you mean "target"?)`]);
  });
});
