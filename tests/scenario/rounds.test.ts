// The counter-offer's `rounds` and `patience`: read with their defaults, checked with line and path.
import { describe, expect, it } from 'vitest';
import { edit, errorsOf, lineOf, loaded, minimal } from './helpers';

const anchor = '      extraCost: 1\n      effects:\n        - { track: development, add: 4 }';

describe('bargaining fields of a counter-offer', () => {
  it('default to no bargaining and a patience of 10', () => {
    const result = loaded(minimal);
    if (!result.ok) throw new Error('minimal does not load');
    const counter = result.scenario.options.find((o) => o.counter)!.counter!;
    expect([counter.rounds, counter.patience]).toEqual([0, 10]);
  });

  it('are read when given', () => {
    const result = loaded(edit(minimal, anchor, anchor.replace('extraCost: 1\n', 'extraCost: 1\n      rounds: 2\n      patience: 15\n')));
    if (!result.ok) throw new Error('does not load');
    const counter = result.scenario.options.find((o) => o.counter)!.counter!;
    expect([counter.rounds, counter.patience]).toEqual([2, 15]);
  });

  it('are refused out of range, naming the file, line and path', () => {
    const text = edit(minimal, anchor, anchor.replace('extraCost: 1\n', 'extraCost: 1\n      rounds: 9\n      patience: -5\n'));
    const errors = errorsOf(text, 'class.yaml');
    const roundsLine = lineOf(text, '      rounds: 9');
    expect(errors.some((e) => e.startsWith(`class.yaml:${roundsLine}: options[`) && e.includes('.counter.rounds:'))).toBe(true);
    expect(errors.some((e) => e.startsWith(`class.yaml:${roundsLine + 1}: options[`) && e.includes('.counter.patience:'))).toBe(true);
  });
});
