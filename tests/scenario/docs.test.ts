// The teachers' guide must not drift from the code: its example is the minimal fixture, and each
// error it shows under "Common mistakes" is what the checker really says for that mistake.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/scenario/errors';
import { edit, errorsOf, loaded, minimal } from './helpers';

const guide = readFileSync(fileURLToPath(new URL('../../docs/scenario-format.md', import.meta.url)), 'utf8');

/** The railway option of the minimal scenario, its dash line and its fields. */
const RAILWAY = minimal.slice(minimal.indexOf('  - id: moscow-kazan-railway\n'), minimal.indexOf('  - id: eight-point-plan\n'));
/** The mistakes the guide shows, each made in the minimal scenario: the text, and what replaces it. */
const GAS_TEXT = '    text: Sell gas to China for thirty years. Money and pipelines for the Far East, but more trade with China alone.\n';
const MISTAKES: [string, string][] = [
  ['    cost: 3\n', '   cost: 3\n'],
  ['    cost: 3\n', '     cost: 3\n'],
  [`${GAS_TEXT}    cost: 3\n`, '    text: >-\n      Sell gas to China for thirty years. Money and pipelines for the Far East,\n      but more trade with China alone.\n      cost: 3\n'],
  ['questions:\n', "questions:\n  - Abe's plan: more trade for the Far East?\n"],
  ['name: Kuril Islands,', 'name: Kuril Islands, the Northern Territories,'],
  ['label: Secure supplies of oil and gas, weight: 60 }', 'label: Secure supplies of oil and gas #1, weight: 60 }'],
  ['    chance: 20 #', '    chanse: 20 #'],
  ['    paragraph: 11', '    paragrah: 11'],
  ['score:\n  - { track: development, weight: 2 }\n  - { track: diversification, weight: 1 }\n', ''],
  ['    target: japan\n    map: { place: vladivostok', '    target: jpan\n    map: { place: vladivostok'],
  ['      - source: diplomaatia-2019', '      - source: diplomatia-2019'],
  ['      - { option: island-talks, open: true }\n      - { actor', '      - { option: island, open: true }\n      - { actor'],
  ['touches: { economy: 60, territory: 20 }', 'touches: { economy: 60, islands: 20 }'],
  ['    cost: 3\n', '\tcost: 3\n'],
  ['    effects:\n      - { track: development, add: 8 }\n      - { actor: china, attr: trade, add: 20 }\n', '\t\teffects:\n\t\t\t- { track: development, add: 8 }\n\t\t\t- { actor: china, attr: trade, add: 20 }\n'],
  ['  September 2016. Xi, Abe', '\tSeptember 2016. Xi, Abe'],
  ['  September 2016. Xi, Abe', 'September 2016. Xi, Abe'],
  ['    target: japan\n    map: { place: vladivostok', '    tagret: japan\n    map: { place: vladivostok'],
  ['    cost: 3\n', '    cost:3\n'],
  ['    cost: 3\n', '    cost:\u00a03\n'],
  ['    cost: 3\n', '    cost 3\n'],
  ['    effects:\n      - { track: development, add: 8 }', '    effects\n      - { track: development, add: 8 }'],
  ['    title: Abe comes to Vladivostok', '    title: Abe: a visit to Vladivostok'],
  ['    title: Abe comes to Vladivostok', '    title: “Abe: a visit to Vladivostok”'],
  ['    title: Abe comes to Vladivostok', '    title: “Power of Siberia”: “the gas deal”'],
  ['questions:\n', 'questions:\n  - “Abe’s plan: more trade for the Far East?”\n'],
  ['    title: Abe comes to Vladivostok', '    title: "Abe comes to Vladivostok'],
  ['{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9'],
  ['    title: Abe comes to Vladivostok', "    title: 'Abe's visit to Vladivostok'"],
  ['  - id: moscow-kazan-railway', '  -id: moscow-kazan-railway'],
  ['  - id: moscow-kazan-railway', '\n  -id: moscow-kazan-railway'],
  ['      - { track: development, add: 8 }', '      - { track: development, add 8 }'],
  ['    cost: 3\n', '    cost: 3\n    cost: 4\n'],
  ['    cost: 3\n', '    cost: "3"\n'],
  ['    cost: 3\n', '    cost: 3 capital\n'],
  ['    cost: 3\n', '    cost: 1.5\n'],
  ['      - { track: development, add: 8 }', '      - { track: development, add: +8% }'],
  ['      - { actor: china, attr: trade, add: 20 }', '      - { actor: china, attr: trade, add: \u221220 }'],
  ['open: false #', 'open: no #'],
  ['    at: 2016-09', '    at: 2016-9'],
  ['  - id: moscow-kazan-railway', '  id: moscow-kazan-railway'],
  [RAILWAY, RAILWAY.replace('  - id:', '  id:').replace(/\n {4}/g, '\n  ')],
  ['  - { id: beijing', '  • { id: beijing'],
  ['{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 },'],
  ['    effects:\n      - { track: development, add: 8 }', '    effects: - { track: development, add: 8 }'],
  ['    title: Abe comes to Vladivostok', '    title: > Abe comes to Vladivostok'],
  ['    target: china\n    map: { route', '    target: russia\n    map: { route'],
  ['start: { relation: 10, trust: 35, trade: 16, alignment: -70 }', 'start: { relation: 10, trust: 35, trade: 16 }'],
  ['    at: 2016-09', '    at: 2019-03'],
  ['when: { track: china-dependence, gte: 85 }', 'when: china-dependence > 85'],
  ['when: { track: china-dependence, gte: 85 }', 'when: { track: china-dependence, ">=": 85 }'],
  ['when: { track: china-dependence, gte: 85 }', 'when: abe-in-vladivostok'],
  ['      - { track: oil-price, add: -15 }', '      - { track: diversification, add: -15 }'],
  ['    start: 45\n', '    start: 145\n'],
  ['    text: Two years on,', '    when: { turn: { gte: 8 } }\n    text: Two years on,'],
  ['places:\n', 'flags:\n  sanction-joined: Russia has joined the sanctions\n\nplaces:\n'],
  ['places:\n', 'flags:\n  - { id: gas-signed, name: The gas deal is signed }\n  sanction-joined: Russia has joined the sanctions\n\nplaces:\n'],
  ['when: { track: china-dependence, gte: 85 }', 'when: { flag: sanction-joined, set: true }'],
  ['    cost: 3\n', '    cost\u00a0: 3\n'],
  ['    title: Abe comes to Vladivostok', '    title: «\u00a0Abe: a visit to Vladivostok\u00a0»'],
  ['  location: { lon: 131.9, lat: 43.1 } # Vladivostok', '  location:\n    lon: 131.9\n    lat: 43,1 # Vladivostok'],
  ['{ id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }', '{ id: beijing, name: Beijing, kind: capital, lon: 116,4, lat: 39.9 }'],
  ['id: vladivostok-mini', 'id: vladivostok-été'],
  ['summary: >-', 'language: FR\nsummary: >-'],
];

describe('docs/scenario-format.md', () => {
  it('shows the minimal scenario exactly as tested', () => {
    const example = /## A complete minimal scenario[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBe(minimal);
  });

  it.each(MISTAKES)('shows what the checker says for %j', (from, to) => {
    const errors = errorsOf(edit(minimal, from, to), 'my-scenario.yaml');
    for (const error of errors) expect(guide).toContain(`\`${error}\``);
  });

  it.each(['when: { track: china-dependence, gte: 150 }', 'when: { flag: sanction-joined }'])('shows the warning validate prints for %j', (written) => {
    const { warnings } = loaded(edit(minimal, 'when: { track: china-dependence, gte: 85 }', written), 'my-scenario.yaml');
    expect(warnings).toHaveLength(1);
    expect(guide).toContain(formatError({ ...warnings[0]!, message: `warning: ${warnings[0]!.message}` }));
  });

  it('shows the warning validate prints for a text a comment cuts short', () => {
    const { warnings } = loaded(edit(minimal, 'title: The Vladivostok Forum (mini)', "title: Russia's #1 forum"), 'my-scenario.yaml');
    expect(warnings).toHaveLength(1);
    expect(guide).toContain(formatError({ ...warnings[0]!, message: `warning: ${warnings[0]!.message}` }));
  });
});
