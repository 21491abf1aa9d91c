// The map picture (boardSvg) ties a place's name to its point with a thin, short line when the name
// had to stand off it, as the game's board does (labelLayout.ts), and leaves out a name with no room
// near its point rather than drawing it far off: the picture says which (`left`).
import { describe, expect, it } from 'vitest';
import { EAST_ASIA_MAP } from '../../../src/ui/board/boardMap';
import { uiScale } from '../../../src/ui/board/frames';
import { LEADER_MAX } from '../../../src/ui/board/labelLayout';
import { boardPicture, boardSvg } from '../../../src/ui/board/svgBoard';
import { markRadius } from '../../../src/ui/board/svgNames';

const placeGroups = (svg: string) => [...svg.matchAll(/<g class="place" data-id="([^"]+)">(.*?)<\/g>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));
const lineLength = (body: string) => {
  const m = /<line x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)"/.exec(body)!;
  return Math.hypot(Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2]));
};

describe('the map picture’s place names', () => {
  const base = { map: EAST_ASIA_MAP, geometry: null, title: 'Test', player: { id: 'russia', name: 'Russia', lon: 37.6, lat: 55.8 }, width: 400, height: 300 };
  const u = uiScale(400, 300);

  it('have a short line to their point only when crowded off it', () => {
    // One place alone: its name beside it.
    const alone = placeGroups(boardSvg({ ...base, actors: [], places: [{ id: 'seoul', name: 'Seoul', lon: 127, lat: 37.5, kind: 'capital' }] }));
    expect(alone.map((g) => [g.body.includes('<text'), g.body.includes('<line')])).toEqual([[true, false]]);
    // Two towns by an actor's badge: the second's name stands off, a line to it no longer than twice its size past the mark.
    const crowded = placeGroups(
      boardSvg({
        ...base,
        actors: [{ id: 'a0', name: 'Actor', short: 'A0', lon: 127, lat: 38.5 }],
        places: [0, 1].map((i) => ({ id: `p${i}`, name: `Town ${i}`, lon: 127 + i * 0.4, lat: 37.5, kind: 'city' })),
      }),
    );
    expect(crowded.map((g) => [g.body.includes('<text'), g.body.includes('<line')])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(lineLength(crowded[1]!.body)).toBeLessThanOrEqual(markRadius('city') * u + LEADER_MAX * 10.5 * u + 1);
  });

  it('are left out and said when there is no room near their point, never drawn far off', () => {
    // Eight places on one spot: a few named, the others' marks drawn and their names listed.
    const places = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Place number ${i}`, lon: 127, lat: 37.5, kind: 'city' }));
    const picture = boardPicture({ ...base, actors: [], places });
    const groups = placeGroups(picture.svg);
    expect(groups.map((g) => g.id)).toEqual(places.map((p) => p.id));
    const named = groups.filter((g) => g.body.includes('<text')).map((g) => g.id);
    const left = picture.left.filter((l) => l.short === undefined).map((l) => l.id);
    expect(named.length).toBeGreaterThan(0);
    expect(left.length).toBeGreaterThan(0);
    expect([...named, ...left].sort()).toEqual(places.map((p) => p.id));
    for (const g of groups.filter((x) => x.body.includes('<line'))) expect(lineLength(g.body)).toBeLessThanOrEqual(markRadius('city') * u + LEADER_MAX * 10.5 * u + 1);
  });
});
