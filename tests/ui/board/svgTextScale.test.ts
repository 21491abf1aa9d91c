// The map picture (svgBoard.ts, the CLI's `map --svg` and the debrief's map) drawn at a larger text
// scale, at the sizes the debrief draws it for: a 1,200 px picture, a laptop's column with the
// browser's text doubled, a 400 % zoom's and a phone's. Read back from the SVG itself: every name at
// its size times the scale, none over another name or a badge or off the picture, a line to a name
// short, and each place either named or said to be left out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioBoard } from '../../../src/cli/commands/map';
import { loadScenario } from '../../../src/scenario/load';
import { EAST_ASIA_MAP, type MapPoint } from '../../../src/ui/board/boardMap';
import { chooseBoardMap } from '../../../src/ui/board/computeMap';
import { heightFor } from '../../../src/ui/board/debriefPicture';
import { uiScale, type Rect } from '../../../src/ui/board/frames';
import { LEADER_MAX } from '../../../src/ui/board/labelLayout';
import { overlap } from '../../../src/ui/board/placement';
import { boardPicture, boardSvg, type SvgBoardInput } from '../../../src/ui/board/svgBoard';
import { estimateText, LINE, markRadius, placeEm, SIDE } from '../../../src/ui/board/svgNames';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

function board(file: string): SvgBoardInput {
  const loaded = loadScenario(readFileSync(resolve(ROOT, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  const b = scenarioBoard(loaded.scenario);
  const points: MapPoint[] = [b.player, ...b.actors, ...b.places];
  return { ...b, map: chooseBoardMap(points), geometry: null };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const num = (attrs: string, name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs)?.[1]);

interface Name {
  group: string;
  id: string;
  text: string;
  size: number;
  box: Rect;
}

/** The names of the places' and actors' groups, each with the box its text takes (its outline included), and the badges. */
function readBack(svg: string): { names: Name[]; badges: Array<Rect & { id: string }>; lines: Array<{ id: string; length: number; size: number }>; groups: string[] } {
  const names: Name[] = [];
  const badges: Array<Rect & { id: string }> = [];
  const lines: Array<{ id: string; length: number; size: number }> = [];
  const groups: string[] = [];
  for (const g of svg.matchAll(/<g class="(place|actor|player)" data-id="([^"]+)">([\s\S]*?)<\/g>/g)) {
    const [, group, id, body] = g as unknown as [string, string, string, string];
    groups.push(`${group}:${id}`);
    for (const t of body.matchAll(/<text ([^>]*paint-order="stroke")>(.*?)<\/text>/g)) {
      const [, attrs, inner] = t as unknown as [string, string, string];
      const size = num(attrs, 'font-size');
      const outline = num(attrs, 'stroke-width');
      const texts = inner.includes('<tspan') ? [...inner.matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((m) => unescape(m[1]!)) : [unescape(inner)];
      // svgBoard.ts label(): the first baseline 0.78 of a line down, inside half the outline and the room on its sides.
      const x = num(attrs, 'x') - outline / 2 - SIDE * size;
      const y = num(attrs, 'y') - outline / 2 - size * LINE * 0.78;
      const w = Math.max(...texts.map((l) => estimateText(l, size, false))) + outline + 2 * SIDE * size;
      names.push({ group, id, text: texts.join('\n'), size, box: { x, y, w, h: size * LINE * texts.length + outline } });
    }
    const badge = /<rect ([^>]*\brx="[^>]*)\/>/.exec(body);
    if (badge && group !== 'place') badges.push({ id, x: num(badge[1]!, 'x'), y: num(badge[1]!, 'y'), w: num(badge[1]!, 'width'), h: num(badge[1]!, 'height') });
    const line = /^<line x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)"/.exec(body);
    if (line && group === 'place') lines.push({ id, length: Math.hypot(Number(line[3]) - Number(line[1]), Number(line[4]) - Number(line[2])), size: 0 });
  }
  for (const l of lines) l.size = names.find((n) => n.group === 'place' && n.id === l.id)?.size ?? 0;
  return { names, badges, lines, groups };
}

/** Boxes a tenth of a pixel in on each side: the SVG's numbers are rounded to tenths. */
const inner = (r: Rect): Rect => ({ x: r.x + 0.1, y: r.y + 0.1, w: r.w - 0.2, h: r.h - 0.2 });

const SCENARIOS = ['scenarios/tutorial.yaml', 'scenarios/mother-russia-2016.yaml', 'scenarios/other-asia-2019.yaml', 'tests/fixtures/scenarios/regions/middle-east.yaml'];
// 1,200 × 800 with the text doubled and at its largest; the debrief's column on a 1280 × 800 laptop
// with the browser's text doubled (names at its 26 px small text), at 400 % zoom and on a phone
// (13 px), each as high as the debrief draws it.
const SIZES = [
  { width: 1200, height: 800, text: 2 },
  { width: 1200, height: 800, text: 2.5 },
  ...[
    { width: 987, text: 26.1 / 10.5 },
    { width: 262, text: 13.05 / 10.5 },
    { width: 332, text: 13.05 / 10.5 },
  ].map((s) => ({ ...s, height: heightFor(s.width, s.text) })),
];

describe('the map picture at a larger text scale', () => {
  for (const file of SCENARIOS) {
    it.each(SIZES)(`${file.split('/').pop()}: $width × $height px at $text`, ({ width, height, text }) => {
      const input = { ...board(file), width, height, text };
      const svg = boardSvg(input);
      const { names, badges, lines, groups } = readBack(svg);
      const u = uiScale(width, height) * text;
      // Every place's mark and every actor's badge is drawn, named or not.
      expect(groups.sort()).toEqual([...input.places.map((p) => `place:${p.id}`), `player:${input.player.id}`, ...input.actors.map((a) => `actor:${a.id}`)].sort());
      expect(badges).toHaveLength(1 + input.actors.length);
      // Names at their size times the scale: never smaller (the debrief's small text).
      const kind = new Map(input.places.map((p) => [p.id, p.kind]));
      for (const n of names) expect(Math.abs(n.size - (n.group === 'place' ? placeEm(kind.get(n.id)!) : 10.5) * u), `${n.id} at ${n.size}`).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(names.length).toBeGreaterThan(0);
      for (const [i, a] of names.entries()) {
        // Inside the picture, over no other name and no badge.
        expect(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.w <= width && a.box.y + a.box.h <= height, `${a.text} at ${JSON.stringify(a.box)}`).toBe(true);
        for (const b of names.slice(i + 1)) expect(overlap(inner(a.box), inner(b.box)), `${a.text} over ${b.text}`).toBe(0);
        for (const b of badges) expect(overlap(inner(a.box), inner(b)), `${a.text} over ${b.id}'s badge`).toBe(0);
      }
      // A line to a name is short: at most twice its size past the mark (labelLayout.ts).
      for (const l of lines) expect(l.length, l.id).toBeLessThanOrEqual(markRadius(kind.get(l.id)!) * u + LEADER_MAX * l.size + 1);
      // Each place is named on the picture or said to be left out, not both.
      const named = new Set(names.filter((n) => n.group === 'place').map((n) => n.id));
      const left = boardPicture(input).left.filter((l) => l.short === undefined).map((l) => l.id);
      expect([...named, ...left].sort()).toEqual(input.places.map((p) => p.id).sort());
      expect(left.filter((id) => named.has(id))).toEqual([]);
    });
  }

  it('names every place of the shipped scenarios at 1,200 px and the usual text scale, and a 1,200 px picture at twice the text leaves out few', () => {
    for (const file of SCENARIOS.slice(0, 3)) {
      const input = board(file);
      expect(boardPicture(input).left.filter((l) => l.short === undefined), file).toEqual([]);
      expect(boardPicture({ ...input, text: 2 }).left.filter((l) => l.short === undefined).length, file).toBeLessThanOrEqual(2);
    }
  });

  it('escapes a name on two lines, each line', () => {
    // Too long for one line beside its point on a 500 px picture: on two, each escaped.
    const name = 'Vladivostok <script>alert(1)</script> & "the port of the Pacific fleet"';
    const input: SvgBoardInput = { map: EAST_ASIA_MAP, geometry: null, title: 'T', player: { id: 'russia', name: 'Russia', lon: 37.6, lat: 55.8 }, actors: [], places: [{ id: 'v', name, kind: 'city', lon: 131.9, lat: 43.1 }], width: 500, height: 333 };
    const svg = boardSvg(input);
    const tspans = [...svg.matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!);
    expect(tspans).toHaveLength(2);
    expect(tspans.map(unescape).join(' ')).toBe(name);
    expect(svg).not.toMatch(/<script|<\/script/);
  });
});
