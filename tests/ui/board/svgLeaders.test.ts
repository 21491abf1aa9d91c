// The printed board (boardSvg) ties a place's name to its point with a thin line when the name had
// to stand far from it, as the game's board does (placement.ts leaderLine).
import { describe, expect, it } from 'vitest';
import { EAST_ASIA_MAP } from '../../../src/ui/board/boardMap';
import { boardSvg } from '../../../src/ui/board/svgBoard';

const placeGroups = (svg: string) => [...svg.matchAll(/<g class="place" data-id="([^"]+)">(.*?)<\/g>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));

describe('the printed board’s place names', () => {
  it('have a line to their point only when crowded off it', () => {
    const base = { map: EAST_ASIA_MAP, geometry: null, title: 'Test', player: { id: 'russia', name: 'Russia', lon: 37.6, lat: 55.8 }, actors: [], width: 400, height: 300 };
    // One place alone: its name beside it.
    const alone = placeGroups(boardSvg({ ...base, places: [{ id: 'seoul', name: 'Seoul', lon: 127, lat: 37.5, kind: 'capital' }] }));
    expect(alone.map((g) => g.body.includes('<line'))).toEqual([false]);
    // Eight places on one spot: the later names stand further out, tied to it.
    const crowded = placeGroups(boardSvg({ ...base, places: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Place number ${i}`, lon: 127, lat: 37.5, kind: 'city' })) }));
    expect(crowded[0]!.body.includes('<line')).toBe(false);
    expect(crowded.filter((g) => g.body.includes('<line')).length).toBeGreaterThan(0);
  });
});
