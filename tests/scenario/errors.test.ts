import { describe, expect, it } from 'vitest';
import { formatError, renderPath } from '../../src/scenario/errors';
import { quote } from '../../src/scenario/quote';

describe('renderPath', () => {
  it('writes indices in brackets and fields after dots', () => {
    expect(renderPath(['options', 3, 'effects', 0, 'track'])).toBe('options[3].effects[0].track');
    expect(renderPath(['calendar'])).toBe('calendar');
  });

  it('quotes keys that are not plain words', () => {
    expect(renderPath(['options', 0, 'touches', 'Energy Security'])).toBe('options[0].touches["Energy Security"]');
    expect(renderPath(['calendar', '<<'])).toBe('calendar["<<"]');
  });

  it('shows an invisible character of a key by its code (a non-breaking space typed before a colon)', () => {
    expect(renderPath(['options', 0, 'cost\u00a0'])).toBe('options[0]["cost\\u00A0"]');
    expect(renderPath(['title\u202f'])).toBe('["title\\u202F"]');
  });

  it('names the file itself for an empty path, and cuts absurdly long paths', () => {
    expect(renderPath([])).toBe('(file)');
    expect(renderPath(Array(40).fill(0))).toBe(`${'[0]'.repeat(16)}…`);
  });
});

describe('formatError', () => {
  it('gives file:line: path: message', () => {
    expect(formatError({ file: 'scenarios/x.yaml', line: 12, column: 13, path: 'options[3].target', message: 'no actor "atlantis"' })).toBe(
      'scenarios/x.yaml:12: options[3].target: no actor "atlantis"',
    );
  });

  it('leaves the line out when it is not known', () => {
    expect(formatError({ file: 'x.yaml', path: '(file)', message: 'the file is empty' })).toBe('x.yaml: (file): the file is empty');
  });

  it('always gives exactly one line', () => {
    expect(formatError({ file: 'x.yaml', line: 1, path: 'a', message: 'two\nlines\r\nhere' })).toBe('x.yaml:1: a: two lines here');
  });
});

describe('quote', () => {
  it('shows by their codes the characters that would hide a difference or turn the message around, and keeps the joiners of Persian and emoji', () => {
    expect(quote('chi\u200Bna')).toBe('"chi\\u200Bna"');
    expect(quote('evil\u202Ename')).toBe('"evil\\u202Ename"');
    expect(renderPath(['actors', 'a\u202Eb'])).toBe('actors["a\\u202Eb"]');
    expect(quote('علی\u200Cرضا')).toBe('"علی\u200Cرضا"');
  });
});
