// An actor's `offers` are checked like its moves: unknown fields, interests it does not have,
// ids used twice, effects naming nothing, each with its line and path.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const ANCHOR = '      - { id: economy, label: Business in the Russian Far East, weight: 30 }\n';
const offer = (body: string) =>
  edit(
    minimal,
    ANCHOR,
    `${ANCHOR}    offers:\n      - id: plan\n        title: Abe's plan\n        text: Projects for talks.\n        cost: 1\n${body}        sources:\n          - { source: rozman-2016, paragraph: 5, note: Abe pitched an economic agenda. }\n`,
  );

describe('offers', () => {
  it('load with their defaults', () => {
    const text = offer('        touches: { economy: 60 }\n        effects:\n          - { actor: japan, attr: relation, add: 4 }\n');
    const japan = loaded(text).scenario.actors.find((a) => a.id === 'japan')!;
    expect(japan.offers).toEqual([
      { id: 'plan', title: "Abe's plan", text: 'Projects for talks.', cost: 1, maxTimes: 1, touches: { economy: 60 }, effects: [{ actor: 'japan', attr: 'relation', add: 4 }], onDecline: [], sources: [{ source: 'rozman-2016', paragraph: 5, note: 'Abe pitched an economic agenda.' }] },
    ]);
  });

  it('name an interest the actor does not have, with its line and path', () => {
    const text = offer('        touches: { islands: 60 }\n        effects: []\n');
    const line = lineOf(text, '        touches: { islands: 60 }');
    expect(errorsOf(text).some((e) => e.startsWith(`test.yaml:${line}: actors[1].offers[0].touches.islands: "japan" has no interest "islands"`))).toBe(true);
  });

  it('name an effect on a track that does not exist', () => {
    const errors = errorsOf(offer('        effects:\n          - { track: wealth, add: 1 }\n'));
    expect(errors.some((e) => e.includes('actors[1].offers[0].effects[0].track: no track "wealth"')), errors.join('\n')).toBe(true);
  });

  it('name an unknown field', () => {
    const errors = errorsOf(offer('        effects: []\n        onDeclined: []\n'));
    expect(errors.some((e) => e.includes('actors[1].offers[0].onDeclined: unknown field') || e.includes('unknown field "onDeclined"')), errors.join('\n')).toBe(true);
  });

  it('refuse an offer id used twice by one actor', () => {
    const text = edit(offer('        effects: []\n'), '        sources:\n          - { source: rozman-2016, paragraph: 5, note: Abe pitched an economic agenda. }\n', '        sources:\n          - { source: rozman-2016, paragraph: 5, note: Abe pitched an economic agenda. }\n      - { id: plan, title: Again, text: Again., effects: [], sources: [{ source: rozman-2016, paragraph: 5, note: Again. }] }\n');
    expect(errorsOf(text).some((e) => e.includes('actors[1].offers[1].id: the id "plan" is used twice'))).toBe(true);
  });
});
