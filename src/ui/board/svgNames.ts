// Where the picture's names go (svgBoard.ts): the places' names, which must show, then the actors'
// beside their badges, which may not. The play board's rules (labelLayout.ts): beside the point, in
// a shorter form or on two lines, or a little off with a short line; never over another name, a
// badge, a mark or an inset (an inset's own names inside it), nor nearer another point than its own; with no room near its
// point, left out and listed (`left`), never drawn far off. Unlike the board, a name keeps its one
// size: the picture is drawn so that this size reads as the page's small text (debriefPicture.ts).
// Pure: text is measured by the function given (a canvas in the page, an estimate in Node).
import { actorAt, homeBadge } from './boardPlan';
import { directionWords, type Anchor, type Rect } from './frames';
import { layoutNames, nameForms, type NameRequest, type PlacedName } from './labelLayout';
import { boxesAlong } from './relationLines';
import type { Pt } from './strokes';

/** Width of `text` at `size` px, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** Without a canvas (the CLI): a generous average advance, so that estimated names never overlap drawn ones. */
export const estimateText: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.8 : 0.62);

/** A line of a name is its size × 1.25 high (two lines: twice that). */
export const LINE = 1.25;
/** Room kept on each side of a name, in ems: two names side by side ("Seoul", "Seongju") read as one without it. */
export const SIDE = 0.25;

/** Font size of a place's name (disputed islands a little larger, as on the board) and an actor's, at size factor 1. */
export const placeEm = (kind: string) => (kind === 'islands' ? 11 : 10.5);
export const ACTOR_EM = 10.5;

/** The radius a place's mark takes in the picture (svgBoard.ts placeMark, a capital's the largest but islands'), for names to keep off. */
export const markRadius = (kind: string) => (kind === 'islands' ? 8 : 4.5);

/** A name left out of the picture: a place's, or an actor's (its badge shows `short`). */
export interface LeftOut {
  id: string;
  name: string;
  short?: string;
}

interface Point {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** The words naming what a picture left out, or null when it names everything; `nameNode` marks a scenario's name (its language, in the page). */
export function leftOutLine<T>(left: readonly LeftOut[], nameNode: (name: string) => T): Array<string | T> | null {
  if (left.length === 0) return null;
  return ['Not named on the map for lack of room: ', ...left.flatMap((l, i) => [i === 0 ? '' : ', ', nameNode(l.name), l.short ? ` (badge ${l.short})` : '']), '.'];
}

export interface SvgNamesInput {
  places: ReadonlyArray<Point & { kind: string }>;
  /** The player and the actors, each with its badge's box. */
  markers: ReadonlyArray<{ p: Point & { short: string }; box: Rect }>;
  anchors: ReadonlyMap<string, Anchor>;
  /** The insets' rectangles by index, and the height of their title bars. */
  insets: ReadonlyMap<number, Rect>;
  titleBar: number;
  /** Routes drawn, as points: names keep off them where they can. */
  routes: ReadonlyArray<readonly Pt[]>;
  /** Everything names never cover: badges, marks, insets. */
  obstacles: readonly Rect[];
  width: number;
  height: number;
  u: number;
  measure: MeasureText;
}

export interface SvgNames {
  places: Map<string, PlacedName>;
  actors: Map<string, PlacedName>;
  left: LeftOut[];
}

/** A name's box: its widest line plus the white outline and room on each side, its lines' height. */
function box(measure: MeasureText, text: string, size: number, outline: number): { w: number; h: number } {
  const lines = text.split('\n');
  return { w: Math.ceil(Math.max(...lines.map((l) => measure(l, size, false))) + outline + 2 * SIDE * size), h: Math.ceil(size * LINE * lines.length + outline) };
}

export function layoutSvgNames(input: SvgNamesInput): SvgNames {
  const { anchors, u, measure } = input;
  const outline = 3 * u;
  const actors = input.markers.map((m) => m.p);
  const badges = new Map(input.markers.map(({ p, box: b }) => [p.id, { box: b, size: { w: b.w, h: b.h, full: b.h } }]));
  const requests: NameRequest[] = [];
  // A name of a point in an inset stays in it, under its title.
  const within = (a: Anchor): Rect | undefined => {
    const inset = a.where === 'inset' ? input.insets.get(a.inset) : undefined;
    return inset && { x: inset.x + 2, y: inset.y + input.titleBar, w: inset.w - 4, h: inset.h - input.titleBar - 2 };
  };
  for (const p of input.places) {
    const a = anchors.get(p.id)!;
    const size = placeEm(p.kind) * u;
    const gap = (p.kind === 'islands' ? 10 : 6) * u;
    const home = homeBadge(p, a, actors, badges, gap);
    requests.push({
      id: 'place:' + p.id,
      x: a.x,
      y: a.y,
      gap,
      texts: nameForms(p.name, a.where === 'edge' ? `off the map, ${directionWords(a.angle)}` : null),
      sizes: [size],
      measure: (text, s) => box(measure, text, s, outline),
      optional: false,
      within: within(a),
      rivals: [
        ...input.places.filter((q) => q.id !== p.id).map((q) => anchors.get(q.id)!),
        ...actors.filter((q) => !actorAt(q, p)).map((q) => anchors.get(q.id)!),
      ].filter((q) => Math.hypot(q.x - a.x, q.y - a.y) >= 1),
      mark: markRadius(p.kind) * u,
      home,
      otherBadges: home ? input.markers.map((m) => m.box).filter((b) => b.x !== home.x || b.y !== home.y) : undefined,
    });
  }
  // An actor's name beside its badge, where there is room once the places are named.
  for (const { p, box: b } of input.markers) {
    const a = anchors.get(p.id)!;
    const text = a.where === 'edge' ? `${p.name} (off the map, ${directionWords(a.angle)})` : p.name;
    requests.push({ id: 'actor:' + p.id, x: b.x + b.w / 2, y: b.y + b.h / 2, gap: 3 * u, home: b, texts: [text], sizes: [ACTOR_EM * u], measure: (t, s) => box(measure, t, s, outline), optional: true, within: within(a) });
  }
  const bounds = { x: 2, y: 2, w: input.width - 4, h: input.height - 4 };
  const { placed } = layoutNames(requests, input.obstacles, bounds, boxesAlong(input.routes, u));
  const pick = (prefix: string) => new Map([...placed].flatMap(([id, name]) => (id.startsWith(prefix) ? [[id.slice(prefix.length), name] as const] : [])));
  const places = pick('place:');
  const named = pick('actor:');
  return {
    places,
    actors: named,
    left: [
      ...input.places.filter((p) => !places.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
      ...input.markers.filter(({ p }) => !named.has(p.id)).map(({ p }) => ({ id: p.id, name: p.name, short: p.short })),
    ],
  };
}
