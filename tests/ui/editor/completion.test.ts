// The editor's completion, without a browser: where the cursor is in a half-written YAML file, and
// what is offered there (fields from the JSON Schema, fixed values, the draft's ids).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { completionsAt } from '../../../src/ui/editor/completionSource';
import { documentIds } from '../../../src/ui/editor/documentIds';
import { fieldsAt, valuesOf } from '../../../src/ui/editor/schemaFields';
import { yamlContextAt } from '../../../src/ui/editor/yamlContext';

/** The text with `|` marking the cursor. */
const at = (marked: string) => {
  const i = marked.indexOf('|');
  return { text: marked.slice(0, i) + marked.slice(i + 1), pos: i };
};
const context = (marked: string) => {
  const { text, pos } = at(marked);
  return yamlContextAt(text, pos);
};

describe('where the cursor is', () => {
  it('finds the mapping, list items included, and the keys it already has', () => {
    expect(context('id: x\ncalendar:\n  start: 2016-09\n  tu|\n  turns: 4')).toMatchObject({ kind: 'key', path: ['calendar'], siblings: ['start', 'turns'] });
    expect(context('actors:\n  - id: a\n    name: A\n  - id: b\n    start:\n      rel|')).toMatchObject({ kind: 'key', path: ['actors', 1, 'start'], siblings: [] });
    expect(context('options:\n  - id: a\n    target: ch|\n    cost: 2')).toMatchObject({ kind: 'value', path: ['options', 0], key: 'target', siblings: ['id', 'cost'] });
    // Compact lists (dashes under the key) and long texts on the way do not confuse it.
    expect(context('options:\n- id: a\n  text: >-\n    a text: with a colon\n    - and a dash\n  effects:\n  - track: x\n    a|')).toMatchObject({ kind: 'key', path: ['options', 0, 'effects', 0], siblings: ['track'] });
    expect(context('options:\n  - id: a\n    map:\n      route:\n        - vla|')).toMatchObject({ kind: 'item', path: ['options', 0, 'map', 'route'], key: 'route' });
  });

  it('offers nothing inside a comment, a quoted text or a flow mapping', () => {
    expect(context('id: x # a comm|')).toBeNull();
    expect(context('title: "My sce|')).toBeNull();
    expect(context('places:\n  - { id: a, kind: ci|')).toBeNull();
  });
});

describe('what is offered', () => {
  const tutorialText = readFileSync(join(import.meta.dirname, '../../../scenarios/tutorial.yaml'), 'utf8');
  const ids = documentIds(parse(tutorialText));
  const labels = (marked: string) => {
    const { text, pos } = at(marked);
    return completionsAt(text, pos, ids)?.options.map((o) => o.label) ?? null;
  };

  it('offers the fields still missing, with what each is for, required ones first', () => {
    const { text, pos } = at('calendar:\n  start: 2016-09\n  |');
    const found = completionsAt(text, pos, ids)!;
    expect(found.options.map((o) => o.label).sort()).toEqual(['monthsPerTurn', 'turns']);
    expect(found.options.find((o) => o.label === 'turns')?.info).toBe('how many turns the game lasts');
    expect(fieldsAt(['options', 0], ['id']).map((f) => f.name)).toContain('target');
    // In an option, where required and optional fields are both missing, every required one ranks above every optional one.
    const inOption = at('options:\n  - id: a\n    |');
    const option = completionsAt(inOption.text, inOption.pos, ids)!.options;
    const required = option.filter((o) => o.detail === 'required');
    const optional = option.filter((o) => o.detail !== 'required');
    expect(required.map((o) => o.label)).toEqual(expect.arrayContaining(['title', 'text', 'cost']));
    expect(optional.map((o) => o.label)).toEqual(expect.arrayContaining(['target', 'map']));
    for (const r of required) for (const o of optional) expect(r.boost!, `${r.label} above ${o.label}`).toBeGreaterThan(o.boost!);
  });

  it('offers the first field of each shape in a condition, then the fields of the shape begun', () => {
    expect(labels('options:\n  - id: a\n    when:\n      |')).toEqual(['track', 'actor', 'turn', 'capital', 'flag', 'agreement', 'event', 'option', 'count', 'all', 'any', 'not']);
    expect(labels('options:\n  - id: a\n    effects:\n      - actor: china\n        |')).toEqual(['attr', 'add', 'set']);
  });

  it('offers the ids the draft defines where an id goes, and fixed values where the format has them', () => {
    expect(labels('options:\n  - id: a\n    target: |')).toEqual(['china', 'japan']);
    expect(labels('options:\n  - id: a\n    effects:\n      - track: |')).toEqual(ids.tracks.map((t) => t.id));
    expect(labels('options:\n  - id: a\n    when: \n      flag: |')).toEqual(ids.flags.map((f) => f.id));
    expect(ids.flags.length).toBeGreaterThan(0);
    expect(labels('options:\n  - id: a\n    map:\n      route:\n        - |')).toEqual(['vladivostok', 'hangzhou', 'beijing', 'moscow', 'kazan']);
    expect(labels('places:\n  - id: a\n    kind: |')).toEqual(['city', 'site', 'islands', 'capital']);
    expect(valuesOf(['options', 0, 'effects', 0], 'attr', ['actor'])).toEqual(['relation', 'trust', 'trade', 'alignment']);
    // A field that is true or false.
    expect(labels('options:\n  - id: a\n    open: |')).toEqual(['true', 'false']);
    // `touches:` maps the target's interests.
    expect(labels('options:\n  - id: a\n    touches:\n      |')).toEqual(['russian-partnership', 'belt-and-road', 'territory', 'economic-agenda', 'distance-from-china']);
  });
});

describe('ids of a draft', () => {
  it('are read from data that is not (yet) a valid scenario', () => {
    const ids = documentIds({
      actors: [{ id: 'china', name: 'China', interests: [{ id: 'gas', label: 'Gas' }] }, { name: 'no id' }, 'junk'],
      options: [{ id: 'deal', effects: [{ flag: 'talks', set: true }] }],
      events: 'not a list',
      tracks: [{ id: 'prestige', name: 'Prestige' }, { id: '' }],
      places: [{ id: 'vladivostok', name: 'Vladivostok' }, null],
      sources: [{ id: 'rozman-2016', title: 'The Sino-Russian Challenge' }],
    });
    expect(ids.actors).toEqual([{ id: 'china', label: 'China' }]);
    expect(ids.interests).toEqual([{ id: 'gas', label: 'china: Gas' }]);
    expect(ids.options).toEqual([{ id: 'deal' }]);
    expect(ids.flags).toEqual([{ id: 'talks' }]);
    expect(ids.events).toEqual([]);
    expect(ids.tracks).toEqual([{ id: 'prestige', label: 'Prestige' }]);
    expect(ids.places).toEqual([{ id: 'vladivostok', label: 'Vladivostok' }]);
    expect(ids.sources).toEqual([{ id: 'rozman-2016', label: 'The Sino-Russian Challenge' }]);
    // Named flags come first with their names, then those used without one.
    const named = documentIds({ flags: [{ id: 'summit', name: 'A summit was held' }, { id: 'x' }], options: [{ id: 'deal', effects: [{ flag: 'talks', set: true }, { flag: 'summit', set: true }] }] });
    expect(named.flags).toEqual([{ id: 'summit', label: 'A summit was held' }, { id: 'x' }, { id: 'talks' }]);
  });
});
