import { describe, expect, it } from 'vitest';
import { hangOf } from '../../../src/ui/editor/hangingIndent';

describe('wrapped lines', () => {
  it('continue two columns in from the line’s indentation and list markers', () => {
    expect(hangOf('summary: >-')).toBe(2);
    expect(hangOf('    text: A long text')).toBe(6);
    expect(hangOf('  - id: x')).toBe(6);
    expect(hangOf('      - - nested')).toBe(12);
    expect(hangOf(`${' '.repeat(80)}deep`)).toBe(40);
  });
});
