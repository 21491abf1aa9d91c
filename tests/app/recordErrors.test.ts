// A broken record file is refused in plain words naming the path of the mistake, never with zod's
// own messages ("Invalid discriminator value", "expected string, received undefined").
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/app/record';
import { BROKEN, RAW_ZOD, record } from './brokenRecords';

describe('record errors in plain words', () => {
  it.each(BROKEN)('%s', (_, data, words) => {
    const parsed = parseRecord(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(words);
    expect(parsed.error).toMatch(/^not a Pivot East game record: /);
    expect(parsed.error).not.toMatch(RAW_ZOD);
  });

  it('refuses a record nested thousands of levels deep by its line, before the checks that would overflow the stack', () => {
    const text = `{\n"format":\n${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(parseRecord(text)).toEqual({ ok: false, error: 'line 3: the file is nested too deeply (more than 64 levels); a game record nests a few levels' });
    // A real record's few levels pass, and brackets in a text are no nesting: a seed of 65 of them is a seed.
    expect(parseRecord(JSON.stringify(record)).ok).toBe(true);
    expect(parseRecord(JSON.stringify({ ...record, seed: '['.repeat(65) })).ok).toBe(true);
    // A text that is not JSON says so first.
    expect(parseRecord(`not json ${'['.repeat(100)}`)).toMatchObject({ ok: false, error: expect.stringMatching(/^this is not a game record: the file holds text \(“not json \[\[\[/) });
    expect(parseRecord(`{"a": ${'['.repeat(100)}x`)).toMatchObject({ ok: false, error: expect.stringMatching(/^the file is not JSON \(line 1: /) });
  });

  it('says the line of the first problem in a record written over many lines, as a scenario\'s errors do', () => {
    const text = JSON.stringify({ ...record, result: { ...record.result!, score: 1.5 }, seed: 7 }, null, 2);
    const lines = text.split('\n');
    const line = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l)) + 1;
    expect(parseRecord(text)).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^not a Pivot East game record: line ${line(/"seed": 7/)}: seed: expected text`)) });
    // An unknown field is found by its key.
    const extra = JSON.stringify({ ...record, events: [...record.events.slice(0, 2), { type: 'END_TURN', code: 'x' }] }, null, 2);
    const extraLine = extra.split('\n').findIndex((l) => l.includes('"code"')) + 1;
    expect(parseRecord(extra)).toMatchObject({ ok: false, error: expect.stringContaining(`line ${extraLine}: events[2] (event 3): unknown field "code"`) });
  });

  it('refuses a field written twice (JSON.parse kept the last, so the file read and the game replayed differed) and a "__proto__" field, which the checks dropped', () => {
    const text = JSON.stringify(record, null, 2).replace('"seed": ', '"seed": "another",\n  "seed": ');
    const line = text.split('\n').findIndex((l) => l.includes('"seed"')) + 2;
    expect(parseRecord(text)).toEqual({ ok: false, error: `not a Pivot East game record: line ${line}: seed: the field "seed" is written twice; a record says each thing once` });
    const proto = JSON.stringify({ ...record, format: 'pivot-east-record/2', seats: {} }, null, 2).replace('"seats": {}', '"seats": { "__proto__": "expert" }');
    expect(parseRecord(proto)).toMatchObject({ ok: false, error: expect.stringMatching(/: seats\.__proto__: "__proto__" is not a field of a record$/) });
  });

  it('counts the further problems after the first', () => {
    const parsed = parseRecord(JSON.stringify({ ...record, seed: 1, engineVersion: 2 }));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/\(and 1 more problem\)$/) });
  });
});
