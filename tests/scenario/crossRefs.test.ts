// References between parts of a scenario, checked once the file fits the schema.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, fixture, lineOf, minimal } from './helpers';

describe('cross-references', () => {
  it('reports every broken reference of a file, each at its line', () => {
    expect(errorsOf(fixture('bad-references.yaml'), 'scenarios/x.yaml')).toEqual([
      'scenarios/x.yaml:8: sources[1].id: the id "rozman-2016" is used twice (first at line 7)',
      'scenarios/x.yaml:12: capital.start: 20 is more than capital.max (12)',
      'scenarios/x.yaml:16: capital.modifiers[0].when.track: no track "oil"; the tracks are: development, prestige, tension, diversification, dependence',
      'scenarios/x.yaml:20: tracks[0].start: required field is missing (only a derived track has no start)',
      "scenarios/x.yaml:21: tracks[1].start: 120 is outside this track's range 0..100",
      'scenarios/x.yaml:22: tracks[2].max: max (10) must be greater than min (50)',
      'scenarios/x.yaml:27: tracks[3].start: a derived track has no start (the engine computes its value); remove this line',
      'scenarios/x.yaml:33: tracks[4].derive.actor: no actor "chna" (did you mean "china"?); the actors are: china',
      'scenarios/x.yaml:42: actors[0].interests[1].id: the id "energy" is used twice (first at line 41)',
      'scenarios/x.yaml:48: actors[0].moves[0].touches.enrgy: "china" has no interest "enrgy" (did you mean "energy"?); the interests of "china" are: energy',
      `scenarios/x.yaml:49: actors[0].moves[0].effects[0].actor: "russia" is the player, not an actor; the player's own numbers are tracks`,
      `scenarios/x.yaml:51: actors[1].id: "russia" is the player's id; an actor needs another id`,
      'scenarios/x.yaml:59: options[0].target: no actor "atlantis"; the actors are: china',
      'scenarios/x.yaml:60: options[0].map.route[1]: no place "beijing"; the places are: vladivostok',
      'scenarios/x.yaml:65: options[0].effects[0].track: "diversification" is a derived track (the engine computes it), so an effect cannot move it',
      'scenarios/x.yaml:66: options[0].effects[1]: give "add" (a change) or "set" (a new value)',
      'scenarios/x.yaml:67: options[0].effects[2]: give "add" or "set", not both',
      'scenarios/x.yaml:68: options[0].sources[0].source: no source "rozman-2017" (did you mean "rozman-2016"?); the sources are: rozman-2016',
      'scenarios/x.yaml:71: options[1].map.place: no place "kazan"; the places are: vladivostok',
      'scenarios/x.yaml:75: options[1].when.any[0].agreement: no option "gas-deel" (did you mean "gas-deal"?); the options are: gas-deal, railway',
      'scenarios/x.yaml:75: options[1].when.any[1].event: no event "crimea"; the events are: late-news, early-news',
      'scenarios/x.yaml:76: options[1].touches.railways: "china" has no interest "railways"; the interests of "china" are: energy',
      'scenarios/x.yaml:77: options[1].effects[0].option: no option "gas-dael" (did you mean "gas-deal"?); the options are: gas-deal, railway',
      'scenarios/x.yaml:77: options[1].effects[1].disrupt: no option "railwy" (did you mean "railway"?); the options are: gas-deal, railway',
      'scenarios/x.yaml:79: options[2].id: the id "railway" is used twice (first at line 69)',
      'scenarios/x.yaml:84: options[2].effects[0].track: no track "prestge" (did you mean "prestige"?); the tracks are: development, prestige, tension, diversification, dependence',
      'scenarios/x.yaml:90: events[0].at: 2017-09 is after the game ends (its last month is 2017-08)',
      'scenarios/x.yaml:96: events[1].at: 2016-08 is before the game starts (2016-09)',
      'scenarios/x.yaml:99: endings: one ending must have no "when": it is the fallback when no other ending holds',
      'scenarios/x.yaml:100: endings[0].when.actor: no actor "japan"; the actors are: china',
      'scenarios/x.yaml:104: score[1].track: no track "prestig" (did you mean "prestige"?); the tracks are: development, prestige, tension, diversification, dependence',
      'scenarios/x.yaml:106: hints[0].turn: turn 5 is after the last turn (4)',
    ]);
  });

  // One rule at a time on the minimal scenario: the text to change, its replacement, the needle
  // whose line the error must name, and the expected `path: message`, where `{line of X}` stands
  // for the line of the text X.
  it.each([
    ['option target', '    target: japan\n    map: { place: vladivostok', '    target: atlantis\n    map: { place: vladivostok', 'target: atlantis', 'options[2].target: no actor "atlantis"'],
    ['option target misspelt', '    target: china\n    map: { route', '    target: chian\n    map: { route', 'target: chian', 'options[0].target: no actor "chian" (did you mean "china"?)'],
    ['option target shortened to the first part of its id', '    target: japan\n    map: { place: vladivostok', '    target: moscow-kazan\n    map: { place: vladivostok', 'target: moscow-kazan', 'options[2].target: no actor "moscow-kazan"'],
    ['an option named by the first part of its id', '      - { track: oil-price, add: -15 }', '      - { disrupt: island }', 'disrupt: island', 'events[1].effects[0].disrupt: no option "island" (did you mean "island-talks"?)'],
    ['option aimed at the player', '    target: china\n    map: { route', '    target: russia\n    map: { route', 'target: russia', `options[0].target: "russia" is the player, not an actor; leave "target" out for a step the player takes alone, and "touches" with it (no one weighs such a step)`],
    ['duplicate option id', '  - id: moscow-kazan-railway', '  - id: gas-deal', '  - id: gas-deal\n    target: china\n    title', 'options[1].id: the id "gas-deal" is used twice (first at line {line of   - id: gas-deal\n    target: china\n    map})'],
    ['duplicate track id', '  - id: oil-price\n', '  - id: development\n', '  - id: development\n    name: Oil', 'tracks[1].id: the id "development" is used twice (first at line {line of   - id: development\n    name: Far})'],
    ['duplicate actor id', '  - id: japan\n', '  - id: china\n', '  - id: china\n    name: Japan', 'actors[1].id: the id "china" is used twice (first at line {line of   - id: china\n    name: China})'],
    ['duplicate event id', '  - id: oil-slump', '  - id: abe-in-vladivostok', '  - id: abe-in-vladivostok\n    title: Oil', 'events[1].id: the id "abe-in-vladivostok" is used twice (first at line {line of   - id: abe-in-vladivostok\n    title: Abe})'],
    ['duplicate ending id', '  - id: balanced-power', '  - id: china-junior-partner', '  - id: china-junior-partner\n    title: A balanced', 'endings[1].id: the id "china-junior-partner" is used twice (first at line {line of   - id: china-junior-partner\n    title: China})'],
    ['duplicate place id', '{ id: beijing,', '{ id: vladivostok,', 'vladivostok, name: Beijing', 'places[1].id: the id "vladivostok" is used twice (first at line {line of { id: vladivostok, name: Vladivostok})'],
    ['duplicate move id', '      - id: link-the-belt', '      - id: link-the-belt\n        title: Again\n        text: Again.\n        chance: 1\n        effects: []\n        sources: [{ source: rozman-2016, paragraph: 4, note: N }]\n      - id: link-the-belt', '      - id: link-the-belt\n        title: China', 'actors[0].moves[1].id: the id "link-the-belt" is used twice (first at line {line of       - id: link-the-belt\n        title: Again})'],
    ['touches not an interest of the target', 'touches: { economy: 60, territory: 20 }', 'touches: { economy: 60, energy: 20 }', 'touches: { economy: 60, energy', 'options[2].touches.energy: "japan" has no interest "energy"'],
    ['effect on a derived track', '      - { track: oil-price, add: -15 }', '      - { track: china-dependence, add: -15 }', 'china-dependence, add: -15', 'events[1].effects[0].track: "china-dependence" is a derived track (the engine computes it), so an effect cannot move it'],
    ['effect on an unknown track', '      - { track: oil-price, add: -15 }', '      - { track: oil, add: -15 }', 'track: oil,', 'events[1].effects[0].track: no track "oil" (did you mean "oil-price"?)'],
    ['effect opening an unknown option', '      - { option: island-talks, open: true }\n      - { actor: japan, attr: relation, add: 5 }', '      - { option: island-talk, open: true }\n      - { actor: japan, attr: relation, add: 5 }', 'island-talk,', 'events[0].effects[0].option: no option "island-talk" (did you mean "island-talks"?)'],
    ['disrupting an unknown option', '      - { track: oil-price, add: -15 }', '      - { disrupt: gas }', 'disrupt: gas', 'events[1].effects[0].disrupt: no option "gas" (did you mean "gas-deal"?)'],
    ['condition on an unknown agreement', 'when: { track: china-dependence, gte: 85 }', 'when: { agreement: gas }', 'agreement: gas', 'endings[0].when.agreement: no option "gas" (did you mean "gas-deal"?)'],
    ['condition on an unknown event', 'when: { track: china-dependence, gte: 85 }', 'when: { event: crimea }', 'event: crimea', 'endings[0].when.event: no event "crimea"'],
    ['condition on an unknown actor, nested', '        - { track: development, gte: 50 }', '        - { not: { actor: korea, attr: trust, gte: 5 } }', 'korea', 'endings[1].when.all[0].not.actor: no actor "korea"'],
    ['modifier on an unknown track', 'when: { track: oil-price, lt: 40 }', 'when: { track: oil-prices, lt: 40 }', 'oil-prices', 'capital.modifiers[0].when.track: no track "oil-prices" (did you mean "oil-price"?)'],
    ['score on an unknown track', '  - { track: diversification, weight: 1 }', '  - { track: diversity, weight: 1 }', 'diversity, weight', 'score[1].track: no track "diversity"'],
    ['citation of an unknown source', '      - source: diplomaatia-2019', '      - source: diplomatia-2019', 'diplomatia', 'options[0].sources[0].source: no source "diplomatia-2019" (did you mean "diplomaatia-2019"?)'],
    ['map place not a place', 'map: { place: kuril-islands', 'map: { place: kurils', 'kurils', 'options[3].map.place: no place "kurils"'],
    ['map route through an unknown place', 'route: [vladivostok, beijing]', 'route: [vladivostok, harbin]', 'harbin', 'options[0].map.route[1]: no place "harbin"'],
    ['share of an unknown actor', 'derive: { kind: share, actor: china', 'derive: { kind: share, actor: korea', 'korea', 'tracks[3].derive.actor: no actor "korea"'],
    ['track without a start', '    start: 45\n', '', '  - id: oil-price', 'tracks[1].start: required field is missing (only a derived track has no start)'],
    ['derived track with a start', '    derive: { kind: diversity, attr: trade }', '    derive: { kind: diversity, attr: trade }\n    start: 10', 'start: 10', 'tracks[2].start: a derived track has no start (the engine computes its value); remove this line'],
    ['start outside min..max', '    start: 45\n', '    start: 45\n    max: 40\n', 'start: 45', "tracks[1].start: 45 is outside this track's range 0..40"],
    ['min not below max', '    start: 45\n', '    start: 45\n    min: 100\n', '  - id: oil-price', 'tracks[1].max: max (100) must be greater than min (100)'],
    ['event after the calendar', '    at: 2016-09', '    at: 2018-09', 'at: 2018-09', 'events[0].at: 2018-09 is after the game ends (its last month is 2018-08)'],
    ['event before the calendar', '    at: 2016-09', '    at: 2016-08', 'at: 2016-08', 'events[0].at: 2016-08 is before the game starts (2016-09)'],
    ['no fallback ending', '    text: Two years on,', '    when: { turn: { gte: 1 } }\n    text: Two years on,', 'endings:', 'endings: one ending must have no "when": it is the fallback when no other ending holds'],
    ['an early fallback', '    text: Two years on,', '    early: true\n    text: Two years on,', 'early: true', 'endings[2].early: an ending without "when" cannot be early: it would end the game on the first turn'],
    ['hint after the last turn', '  - turn: 1', '  - turn: 9', 'turn: 9', 'hints[0].turn: turn 9 is after the last turn (8)'],
    ['capital start above max', '  start: 6\n', '  start: 13\n', 'start: 13', 'capital.start: 13 is more than capital.max (12)'],
    ['condition on an unknown option', 'when: { track: china-dependence, gte: 85 }', 'when: { option: gas, made: { gte: 1 } }', 'option: gas,', 'endings[0].when.option: no option "gas" (did you mean "gas-deal"?)'],
    ['an unknown option inside count', 'when: { track: china-dependence, gte: 85 }', 'when: { count: [{ event: crimea }], gte: 1 }', 'event: crimea', 'endings[0].when.count[0].event: no event "crimea"'],
    ['excluding an unknown option', '    cost: 3\n    touches: { energy: 60 }', '    cost: 3\n    excludes: [gas-dea]\n    touches: { energy: 60 }', 'excludes: [gas-dea]', 'options[0].excludes[0]: no option "gas-dea" (did you mean "gas-deal"?)'],
    ['an option excluding itself', '    cost: 3\n    touches: { energy: 60 }', '    cost: 3\n    excludes: [gas-deal]\n    touches: { energy: 60 }', 'excludes: [gas-deal]', 'options[0].excludes[0]: an option cannot exclude itself'],
    ['a derived track over an unknown actor', 'derive: { kind: share, actor: china', 'derive: { kind: share, actors: [china, korea], actor: china', 'korea', 'tracks[3].derive.actors[1]: no actor "korea"'],
    ['a share over a list without its actor', 'derive: { kind: share, actor: china', 'derive: { kind: share, actors: [japan, japan], actor: china', 'actors: [japan', 'tracks[3].derive.actors: the list must include "china", whose share this track is'],
    ['an actor with the player id', '  - id: japan\n', '  - id: russia\n', '  - id: russia\n    name: Japan', `actors[1].id: "russia" is the player's id; an actor needs another id`],
  ])('%s', (_, from, to, needle, expected) => {
    const text = edit(minimal, from, to);
    const message = expected.replace(/\{line of ([^}]+)\}/g, (_, other: string) => String(lineOf(text, other)));
    // The list of ids that ends an unknown id's message is checked by its own tests below.
    const expectedLine = `s.yaml:${lineOf(text, needle)}: ${message}`;
    expect(errorsOf(text, 's.yaml').map((e) => (e.startsWith(expectedLine) ? e.slice(0, expectedLine.length) + e.slice(expectedLine.length).replace(/^; the .*$/, '') : e))).toContain(expectedLine);
  });

  it("suggests the actor whose name holds the word written for an id (a region's actor named by its part)", () => {
    const text = edit(edit(minimal, '    name: Japan\n', '    name: Japan / Okinawa\n'), '    target: japan\n    map: { place: vladivostok', '    target: okinawa\n    map: { place: vladivostok');
    expect(errorsOf(text, 's.yaml')).toContain(`s.yaml:${lineOf(text, 'target: okinawa')}: options[2].target: no actor "okinawa" (did you mean "japan", named "Japan / Okinawa"?); the actors are: china, japan`);
  });

  it('checks every place that holds a condition, an effect or a citation', () => {
    // A move's modifier, a counter-offer's effects and an ending's citation: the less visited corners.
    let text = edit(minimal, '        touches: { belt-and-road: 50 }', '        touches: { belt-and-road: 50 }\n        modifiers: [{ when: { flag: x }, value: 1, label: L }, { when: { event: nope }, value: 1, label: L }]');
    text = edit(text, '        - { option: island-talks, open: true }\n    sources:', '        - { option: nowhere, open: true }\n    sources:');
    text = edit(text, '    bonus: -20', '    bonus: -20\n    sources: [{ source: unknown-source, paragraph: 1, note: N }]');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'event: nope')}: actors[0].moves[0].modifiers[1].when.event: no event "nope"; the events are: abe-in-vladivostok, oil-slump`,
      `s.yaml:${lineOf(text, 'option: nowhere')}: options[2].counter.effects[2].option: no option "nowhere"; the options are: gas-deal, moscow-kazan-railway, eight-point-plan, island-talks`,
      `s.yaml:${lineOf(text, 'unknown-source')}: endings[0].sources[0].source: no source "unknown-source"; the sources are: rozman-2016, diplomaatia-2019`,
    ]);
  });
});

describe('references checked in the same run as the schema', () => {
  it('points a right reference to an id written wrong at that id, instead of suggesting the wrong id', () => {
    const text = edit(minimal, 'id: vladivostok, name', 'id: vladivostøk, name');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'vladivostøk')}: places[0].id: an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters); got "vladivostøk" ("ø" is not allowed): write vladivostok`,
      `s.yaml:${lineOf(text, 'route: [vladivostok')}: options[0].map.route[0]: no place "vladivostok": the place meant is probably "vladivostøk", whose id is not a valid id (see the error on its line)`,
      `s.yaml:${lineOf(text, 'place: vladivostok')}: options[2].map.place: no place "vladivostok": the place meant is probably "vladivostøk", whose id is not a valid id (see the error on its line)`,
    ]);
  });

  it('reports a schema error and an unknown actor together, each at its line', () => {
    let text = edit(minimal, '    cost: 3\n    touches: { energy: 60 }', '    cost: three\n    touches: { energy: 60 }');
    text = edit(text, '    target: japan\n    map: { place: vladivostok', '    target: atlantis\n    map: { place: vladivostok');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'cost: three')}: options[0].cost: expected a number, got text "three": write it in digits: 3`,
      `s.yaml:${lineOf(text, 'target: atlantis')}: options[2].target: no actor "atlantis"; the actors are: china, japan`,
    ]);
  });

  it('skips what cannot be read, and says nothing more of a part the schema already faults', () => {
    let text = edit(minimal, '    target: japan\n    map: { place: vladivostok', '    target: [japan]\n    map: { place: vladivostok');
    text = edit(text, 'actors:\n', 'actors:\n  - just a line of text\n');
    text = edit(text, '      - { track: oil-price, add: -15 }', '      - { track: oil, add: -15 }');
    // An effect of two kinds at once, both naming ids that do not exist: the schema's fault alone.
    text = edit(text, '      - { track: development, add: 8 }', '      - { track: developmnt, actor: chian, attr: trade, add: 8 }');
    const errors = errorsOf(text, 's.yaml');
    expect(errors).toContain(`s.yaml:${lineOf(text, 'track: oil,')}: events[1].effects[0].track: no track "oil" (did you mean "oil-price"?); the tracks are: development, oil-price, diversification, china-dependence`);
    expect(errors.filter((e) => e.includes('options[2].target'))).toHaveLength(1);
    expect(errors.filter((e) => e.includes('actors[0]'))).toHaveLength(1);
    const twoKinds = errors.filter((e) => e.startsWith(`s.yaml:${lineOf(text, 'developmnt')}:`));
    expect(twoKinds).toHaveLength(1);
    expect(twoKinds[0]).not.toMatch(/no track|no actor/);
  });
});

describe('an unknown id lists the ids it could be', () => {
  it('names every id of its kind when there are few, with the close spelling first', () => {
    const text = edit(minimal, '    target: china\n    map: { route', '    target: chian\n    map: { route');
    expect(errorsOf(text, 's.yaml')).toEqual([
      `s.yaml:${lineOf(text, 'target: chian')}: options[0].target: no actor "chian" (did you mean "china"?); the actors are: china, japan`,
    ]);
  });

  it('names the closest few and how many more when there are many', () => {
    const places = Array.from({ length: 20 }, (_, i) => `{ id: town-${i + 1}, name: Town, kind: city, lon: 40, lat: 50 }`).join('\n  - ');
    let text = edit(minimal, '{ id: beijing,', `${places}\n  - { id: beijing,`);
    text = edit(text, 'map: { place: vladivostok', 'map: { place: tonw-7');
    const error = errorsOf(text, 's.yaml').find((e) => e.includes('tonw-7'));
    expect(error).toBe(
      `s.yaml:${lineOf(text, 'tonw-7')}: options[2].map.place: no place "tonw-7" (did you mean "town-7"?); the closest places are: town-7, town-1, town-2, town-3, town-4, town-5, town-6, town-8 …and 15 more`,
    );
  });
});

describe('two parts with one id, and an actor with the player id', () => {
  const SECOND_JAPAN = '  - id: japan\n    name: Japan again\n    short: JP2\n    description: A copy.\n    location: { lon: 139.7, lat: 35.7 }\n    start: { relation: 10, trust: 35, trade: 16, alignment: -70 }\n    interests:\n      - { id: ports, label: Ports, weight: 30 }\n    offers:\n      - id: port-offer\n        title: Ports\n        text: Ports.\n        touches: { ports: 20 }\n        effects: []\n        sources: [{ source: rozman-2016, paragraph: 1, note: N }]\n\noptions:\n';

  it("reads a reference by the first actor of an id, and each actor's own moves and offers by its own interests", () => {
    // eight-point-plan touches the first Japan's economy and territory; the copy's offer touches its own ports.
    const text = edit(minimal, '\noptions:\n', `\n${SECOND_JAPAN}`);
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, '  - id: japan\n    name: Japan again')}: actors[2].id: the id "japan" is used twice (first at line ${lineOf(text, '  - id: japan\n    name: Japan\n')})`]);
  });

  it('reads a track by the first of its id: a derived copy does not make effects on it errors', () => {
    const text = edit(minimal, '\nactors:\n', '  - id: development\n    name: Copy\n    description: A copy.\n    group: russia\n    derive: { kind: diversity, attr: trade }\n\nactors:\n');
    expect(errorsOf(text, 's.yaml')).toEqual([`s.yaml:${lineOf(text, '  - id: development\n    name: Copy')}: tracks[4].id: the id "development" is used twice (first at line ${lineOf(text, '  - id: development\n    name: Far')})`]);
  });

  it("does not list an actor given the player's id among the actors a reference may name", () => {
    let text = edit(minimal, '  - id: japan\n', '  - id: russia\n');
    text = edit(text, '    target: japan\n    map: { place: vladivostok', '    target: korea\n    map: { place: vladivostok');
    expect(errorsOf(text, 's.yaml')).toContain(`s.yaml:${lineOf(text, 'target: korea')}: options[2].target: no actor "korea"; the actors are: china`);
  });
});
