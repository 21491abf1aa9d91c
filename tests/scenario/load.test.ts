import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/scenario/contentHash';
import { loadScenario } from '../../src/scenario/load';
import { parseYaml } from '../../src/scenario/parseYaml';
import { scenarioSchema } from '../../src/scenario/schema';
import { fixture, loaded, minimal } from './helpers';

describe('loadScenario on valid files', () => {
  it('loads the minimal YAML scenario and applies the defaults', () => {
    const { scenario, hash } = loaded(minimal, 'tests/fixtures/scenarios/minimal.yaml');
    expect(scenario.id).toBe('vladivostok-mini');
    expect(scenario.actors.map((a) => a.id)).toEqual(['china', 'japan']);
    expect(scenario.options.map((o) => o.id)).toEqual(['gas-deal', 'moscow-kazan-railway', 'eight-point-plan', 'island-talks']);
    expect(scenario.language).toBe('en'); // default
    expect(scenario.options[0]!.open).toBe(true); // default
    expect(scenario.options[3]!.open).toBe(false); // written
    expect(scenario.events[0]!.chance).toBe(100); // default
    expect(scenario.actors[1]!.moves).toEqual([]); // default
    expect(scenario.tracks[0]).toMatchObject({ min: 0, max: 100, start: 30, higherIsBetter: true });
    expect(scenario.calendar.start).toBe('2016-09'); // a month stays text in YAML 1.2
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('loads the same scenario written as JSON, with the same content and hash', () => {
    const fromYaml = loaded(minimal, 'minimal.yaml');
    const fromJson = loaded(fixture('minimal.json'), 'minimal.json');
    expect(fromJson.scenario).toEqual(fromYaml.scenario);
    expect(fromJson.hash).toBe(fromYaml.hash);
  });

  it('chooses the parser by extension, ignoring case, and accepts .yml', () => {
    expect(loadScenario(minimal, 'A.YML').ok).toBe(true);
    expect(loadScenario(minimal, 'dir.v2/a.Yaml').ok).toBe(true);
    // YAML is not JSON: the JSON parser refuses it.
    expect(loadScenario(minimal, 'a.json').ok).toBe(false);
  });

  it('ignores a byte-order mark at the start, in YAML and in JSON, and keeps the same hash', () => {
    // The YAML parser would skip the mark on its own; JSON.parse would not.
    expect(loaded(`\uFEFF${minimal}`, 'a.yaml').hash).toBe(loaded(minimal, 'a.yaml').hash);
    const json = fixture('minimal.json');
    expect(loaded(`\uFEFF${json}`, 'a.json').hash).toBe(loaded(json, 'a.json').hash);
  });

  it('accepts Windows line endings and keeps the same hash', () => {
    const crlf = loaded(minimal.replace(/\n/g, '\r\n'), 'a.yaml');
    expect(crlf.hash).toBe(loaded(minimal, 'a.yaml').hash);
  });
});

describe('loadScenario on a game record', () => {
  it('says in one line that the file is a record, not a scenario', () => {
    const record = JSON.stringify({ format: 'pivot-east-record/1', engineVersion: '1.0.0', seed: 'x', events: [] }, null, 2);
    const result = loadScenario(record, 'game.json');
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ file: 'game.json', line: 2, path: 'format', message: expect.stringMatching(/^this file is a game record, not a scenario/) })],
    });
  });
});

describe('the loaded scenario is the checked data as JSON has it (plainCopy)', () => {
  it.each(['tutorial.yaml', 'mother-russia-2016.yaml', 'other-asia-2019.yaml'])('%s: the same content as the schema gives, with its hash', (name) => {
    const text = readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8');
    const { scenario, hash } = loaded(text, name);
    const checked = scenarioSchema.parse(parseYaml(text).value);
    // Field for field (no field left undefined, which JSON would drop), and the same hash.
    expect(scenario).toStrictEqual(checked);
    expect(hash).toBe(contentHash(checked));
  });
});
