// Relation colours: blue/orange diverging, with dash and width cues so colour is not alone.
import { describe, expect, it } from 'vitest';
import { relationColor, relationStroke } from '../../../src/ui/board/palette';

const rgb = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255] as const;

describe('relation palette', () => {
  it('is orange when hostile and blue when close', () => {
    const [hr, , hb] = rgb(relationColor(-100));
    const [cr, , cb] = rgb(relationColor(100));
    expect(hr).toBeGreaterThan(hb + 100);
    expect(cb).toBeGreaterThan(cr + 100);
  });

  it('changes gradually and clamps out-of-range values', () => {
    expect(relationColor(-500)).toBe(relationColor(-100));
    expect(relationColor(500)).toBe(relationColor(100));
    let prev = rgb(relationColor(-100));
    for (let v = -90; v <= 100; v += 10) {
      const now = rgb(relationColor(v));
      expect(now[2], `blue at ${v}`).toBeGreaterThanOrEqual(prev[2]);
      // Every ten points of relation show, and none jumps: no channel moves by more than 20.
      expect(now, `at ${v}`).not.toEqual(prev);
      for (let c = 0; c < 3; c++) expect(Math.abs(now[c]! - prev[c]!), `channel ${c} at ${v}`).toBeLessThanOrEqual(20);
      prev = now;
    }
  });

  it('marks hostile lines dashed, neutral dotted, close solid, wider when stronger', () => {
    expect(relationStroke(-60).style).toBe('dashed');
    expect(relationStroke(0).style).toBe('dotted');
    expect(relationStroke(60).style).toBe('solid');
    expect(relationStroke(90).width).toBeGreaterThan(relationStroke(30).width);
    expect(relationStroke(-90).width).toBe(relationStroke(90).width);
  });
});
