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
    // A real record's few levels pass.
    expect(parseRecord(JSON.stringify(record)).ok).toBe(true);
  });

  it('counts the further problems after the first', () => {
    const parsed = parseRecord(JSON.stringify({ ...record, seed: 1, engineVersion: 2 }));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/\(and 1 more problem\)$/) });
  });
});
