// The board's plan (boardPlan.ts) for the shipped scenarios' first turn, text measured roughly in
// Node: names and badges grow with the reader's text scale, and at a 400 % zoom's 320 × 209 board or a
// phone's with the text doubled no two names or badges overlap, none runs off the board, every
// actor keeps its badge and every place's name shown reads as its point's (nearer to it than to
// any other place or actor, a line to it short); few are left out. The reader's text scale itself: textScale.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginTurn, indexScenario, newGame } from '../../../src/engine';
import { loadScenario } from '../../../src/scenario/load';
import { EAST_ASIA_MAP } from '../../../src/ui/board/boardMap';
import { fitBoard, homeBadge, planBoard, type BoardPlan, type PlanInput } from '../../../src/ui/board/boardPlan';
import type { BoardView } from '../../../src/ui/board/boardView';
import { computeFrames, LEGEND_SIZE, panels, type Rect } from '../../../src/ui/board/frames';
import { fitWithNamesButton } from '../../../src/ui/board/leftOutPlan';
import { overlap } from '../../../src/ui/board/placement';
import { placeMarkRadius } from '../../../src/ui/board/placeMarks';
import { textScaleOf } from '../../../src/ui/board/textScale';
import { buildBoardView } from '../../../src/ui/boardModel';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

function firstTurn(id: string): BoardView {
  const file = `scenarios/${id}.yaml`;
  const loaded = loadScenario(readFileSync(resolve(ROOT, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  const index = indexScenario(loaded.scenario, loaded.hash);
  return buildBoardView(index, beginTurn(newGame(index, 'plan'), index), null);
}

/** About what system-ui measures: 0.55 of the size a letter (0.7 bold), 1.25 of it a line. */
const measure: PlanInput['measure'] = {
  badge: (text, size) => Math.ceil(text.length * size * 0.7),
  place: ({ text, size, outline }) => {
    const lines = text.split('\n');
    return { w: Math.ceil(Math.max(...lines.map((l) => l.length)) * size * 0.55 + outline), h: Math.ceil(size * 1.25 * lines.length + outline) };
  },
  agreement: (text, size, stroke) => ({ w: Math.ceil(text.length * size * 0.55 + stroke), h: Math.ceil(size * 1.2 + stroke) }),
};
const input = (view: BoardView, width: number, height: number): PlanInput => ({ view, width, height, map: EAST_ASIA_MAP, measure, keyButton: (h) => ({ x: 6, y: h - 40, w: 80, h: 32 }) });

/** Every badge's and name's box. */
function boxes(plan: BoardPlan): Array<Rect & { what: string }> {
  return [...[...plan.badges].map(([id, b]) => ({ what: `badge ${id}`, ...b.box })), ...plan.names.map((n) => ({ what: `name ${n.text}`, x: n.x, y: n.y, w: n.w, h: n.h }))];
}

/** Distance from a point to the nearest spot of a box. */
const from = (r: Rect, p: { x: number; y: number }) => Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.w), Math.max(r.y - p.y, 0, p.y - r.y - r.h));
const between = (a: Rect, b: Rect) => Math.hypot(Math.max(a.x - b.x - b.w, 0, b.x - a.x - a.w), Math.max(a.y - b.y - b.h, 0, b.y - a.y - a.h));

/**
 * Place names that do not read as their point's: as near another place's point or an actor's (its
 * badge's anchor) as their own, or with a line longer than twice their font size past their mark.
 * Their own: the point, or the badge of an actor at the place lying over or next to it ("Seoul"
 * beside Korea's badge). An actor at the place itself is no rival.
 */
function misleading(plan: BoardPlan, view: BoardView): string[] {
  const actors = [view.player, ...view.actors];
  const at = (a: { lon: number; lat: number }, p: { lon: number; lat: number }) => Math.abs(a.lon - p.lon) < 0.5 && Math.abs(a.lat - p.lat) < 0.5;
  return plan.names.flatMap((n) => {
    const place = view.places.find((p) => p.id === n.id)!;
    const point = plan.layout.anchors.get(n.id)!;
    const box = { x: n.x, y: n.y, w: n.w, h: n.h };
    const gap = (n.disputed ? 11 : 5) * plan.layout.frames.ui;
    const home = homeBadge(place, point, actors, plan.badges, gap);
    const own = Math.min(from(box, point), home ? between(box, home) : Infinity);
    const rivals = [...view.places.filter((p) => p.id !== n.id), ...actors.filter((a) => !at(a, place))].map((p) => ({ id: p.id, ...plan.layout.anchors.get(p.id)! }));
    const out = rivals.filter((r) => Math.hypot(r.x - point.x, r.y - point.y) >= 1 && from(box, r) <= own).map((r) => `${n.text}: as near ${r.id} (${from(box, r).toFixed(0)}) as its own (${own.toFixed(0)})`);
    // Beside its badge rather than its point: clearly (a gap) nearer that badge than any other.
    if (home && own < from(box, point))
      for (const [other, b] of plan.badges) {
        const full = { x: b.box.x, y: b.box.y, w: b.box.w, h: b.size.full };
        if ((full.x !== home.x || full.y !== home.y) && between(box, full) <= own + gap / 2) out.push(`${n.text}: within a gap as near ${other}'s badge as its own`);
      }
    const line = n.leader ? Math.hypot(n.leader.to.x - n.leader.from.x, n.leader.to.y - n.leader.from.y) - placeMarkRadius(place.kind, plan.layout.frames.ui) : 0;
    if (line > 2 * n.size) out.push(`${n.text}: a line ${line.toFixed(0)} px long`);
    return out;
  });
}

describe.each(['mother-russia-2016', 'other-asia-2019'])('%s', (id) => {
  const view = firstTurn(id);

  it("grows its badges' and places' names with the reader's text scale", () => {
    const usual = planBoard(input(view, 1280, 368), 1);
    const doubled = planBoard(input(view, 1280, 368), 2);
    expect(doubled.layout.frames.ui).toBe(2 * usual.layout.frames.ui);
    for (const [actor, b] of usual.badges) expect(doubled.badges.get(actor)!.size.h, actor).toBe(2 * b.size.h);
    const size = (plan: BoardPlan, place: string) => plan.names.find((n) => n.id === place)!.size;
    expect(size(usual, 'vladivostok')).toBe(11);
    expect(size(doubled, 'vladivostok')).toBe(21);
  });

  // Names left out, of 10 places: Korea's and its neighbours' within a few pixels of each other on the small boards.
  const fewest: Record<string, number[]> = { 'mother-russia-2016': [4, 2, 1], 'other-asia-2019': [2, 0, 0] };
  it.each([
    [320, 209, 1, 0],
    [390, 388, 2, 1],
    [1280, 368, 2, 2],
  ])('at %ix%i with text scale %d: no two names or badges overlap, none runs off, every actor named, every place named near its point or left out', (width, height, reader, k) => {
    const plan = fitBoard(input(view, width, height), reader);
    expect(plan.crowded).toBe(false);
    expect([...plan.badges.keys()].sort()).toEqual([view.player.id, ...view.actors.map((a) => a.id)].sort());
    expect([...plan.names.map((n) => n.id), ...plan.dropped].sort()).toEqual(view.places.map((p) => p.id).sort());
    expect(plan.dropped.length, `left out: ${plan.dropped.join(', ')}`).toBeLessThanOrEqual(fewest[id]![k]!);
    expect(misleading(plan, view)).toEqual([]);
    const all = boxes(plan);
    for (const b of all) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height, `${b.what} on the board`).toBe(true);
    // Names are drawn at whole pixels: within half a pixel of where they were placed.
    const overlaps = all.flatMap((a, i) => all.slice(i + 1).flatMap((b) => (overlap({ x: a.x + 0.5, y: a.y + 0.5, w: a.w - 1, h: a.h - 1 }, b) > 0 ? [`${a.what} / ${b.what}`] : [])));
    expect(overlaps).toEqual([]);
  });
});

describe('the text scale the board takes', () => {
  const view = firstTurn('other-asia-2019');

  it("is the reader's where it fits, and nothing changes at 1", () => {
    expect(fitBoard(input(view, 1280, 368), 2).text).toBe(2);
    expect(fitBoard(input(view, 580, 603), 1).text).toBe(1);
  });

  it('is smaller, down to 1, where badges that large cannot be spread apart', () => {
    const plan = fitBoard(input(view, 200, 120), 2.5);
    expect(plan.text).toBeLessThan(2.5);
    expect(plan.tried.length).toBeGreaterThan(0);
    expect(plan.tried[0]).toMatchObject({ text: 2.5 });
    expect(plan.text).toBeGreaterThanOrEqual(1);
  });
});

describe("the reader's text scale", () => {
  it('is the default font size over 16 px, within 1 .. 2.5', () => {
    expect(textScaleOf(16)).toBe(1);
    expect(textScaleOf(32)).toBe(2);
    expect(textScaleOf(24)).toBe(1.5);
    expect(textScaleOf(12)).toBe(1);
    expect(textScaleOf(72)).toBe(2.5);
    expect(textScaleOf(Number.NaN)).toBe(1);
  });

  it("grows the key with the board's other texts, behind its button where it would take over 40 % of the board", () => {
    expect(computeFrames(1280, 800).legend).not.toBeNull();
    const doubled = computeFrames(1280, 800, EAST_ASIA_MAP, [], 2);
    expect(doubled.legendUi).toBe(2 * computeFrames(1280, 800).legendUi);
    expect(LEGEND_SIZE.h * doubled.legendUi).toBeGreaterThan(0.4 * 800);
    expect(doubled.legend).toBeNull();
  });
});

// The boards that leave names out, measured roughly (with the browser's fonts 2019's phone board leaves out 2 too).
describe.each([
  ['mother-russia-2016', [[320, 209, 1], [390, 388, 2]]],
  ['other-asia-2019', [[320, 209, 1]]],
] as const)("%s: the button of the names left out (leftOutPlan.ts)", (id, crowded) => {
  const view = firstTurn(id);
  const size = { w: 101, h: 28 };

  it('is not there, nor measured, where every name shows: the plan is fitBoard’s', () => {
    let asked = 0;
    const { plan, button } = fitWithNamesButton(input(view, 1280, 800), 1, () => (asked++, size));
    expect(button).toBeNull();
    expect(asked).toBe(0);
    expect(plan.names).toEqual(fitBoard(input(view, 1280, 800), 1).names);
  });

  it.each(crowded)('at %ix%i with text scale %d: lies on the board over no name, badge, label, mark, panel or the key’s button, and leaves out at most one name more than the board did without it', (width, height, reader) => {
    const { plan, button } = fitWithNamesButton(input(view, width, height), reader, () => size);
    expect(plan.dropped.length, `left out: ${plan.dropped.join(', ')}`).toBeGreaterThan(0);
    expect(button).not.toBeNull();
    const b = button!;
    expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height, 'on the board').toBe(true);
    expect(b.w).toBe(size.w + 4);
    const u = plan.layout.frames.ui;
    const under = [
      ...boxes(plan),
      ...[...plan.agreements].flatMap(([a, l]) => (l ? [{ what: `label ${a}`, ...l.rect }] : [])),
      ...view.places.map((p) => {
        const a = plan.layout.anchors.get(p.id)!;
        const r = placeMarkRadius(p.kind, u);
        return { what: `mark ${p.id}`, x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r };
      }),
      ...panels(plan.layout.frames).map((r) => ({ what: 'panel', ...r })),
      { what: "the key's button", ...input(view, width, height).keyButton!(height)! },
    ];
    expect(under.filter((r) => overlap(r, b) > 0).map((r) => r.what)).toEqual([]);
    // The map's country and sea names keep off it.
    expect(plan.taken).toContainEqual(b);
    expect(plan.dropped.length).toBeLessThanOrEqual(fitBoard(input(view, width, height), reader).dropped.length + 1);
  });
});
