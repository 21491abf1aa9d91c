// Where everything on the board goes for one size of board and one text scale: the layout
// (frames, anchors, badges spread apart), the agreements' geometry, which way each relation line
// bows, and the names (labelLayout.ts). fitBoard takes the reader's text scale (textScale.ts), or
// less on a board too small for badges and names that large. Pure: text is measured through the
// functions it is given, so this runs in Node; BoardScene applies the plan.
import { layoutAgreements, type AgreementGeometry } from './agreementLayout';
import { shortLabel } from './agreementMarks';
import type { BoardMap } from './boardMap';
import type { BoardPlayer, BoardView } from './boardView';
import { contains, directionWords, insetTitleHeight, panels, uiScale, type BoardFrames, type Rect } from './frames';
import type { PlaceLabel } from './geographyPainter';
import { layoutNames, nameForms, sizesDown, type NameRequest, type PlacedName } from './labelLayout';
import { computeLayout, type BoardLayout } from './layout';
import { leaderLine, overlap } from './placement';
import { placeMarkRadius } from './placeMarks';
import { BOW, boxesAlong, centre, chooseBow, lineStart, relationPoints } from './relationLines';
import type { Pt } from './strokes';

/** A badge's size: `h` the badge, `full` with the alignment pointer under an actor's. */
export interface BadgeSize {
  w: number;
  h: number;
  full: number;
}

/** The badge around a short name `textWidth` wide at size factor `u`. */
export function badgeSize(textWidth: number, u: number, isPlayer: boolean): BadgeSize {
  const h = Math.round((isPlayer ? 24 : 22) * u);
  return { w: Math.round(Math.max(34 * u, textWidth + 14 * u)), h, full: h + (isPlayer ? 0 : 9 * u) };
}

/** Font size of a badge's short name. */
export const badgeFont = (u: number) => Math.round(12 * u);

/** The player's short name: its own, or the first letters of its name. */
export const playerShort = (player: BoardPlayer) => player.short ?? player.name.slice(0, 3).toUpperCase();

export interface PlanInput {
  view: BoardView;
  width: number;
  height: number;
  map: BoardMap;
  measure: {
    /** Width of a badge's short name at a font size. */
    badge(text: string, size: number): number;
    place(label: Omit<PlaceLabel, 'x' | 'y'>): { w: number; h: number };
    agreement(text: string, size: number, stroke: number): { w: number; h: number };
  };
  /** Where the key's button covers the board when it has no corner for the key (legendLayer.ts), if it does. */
  keyButton?: (height: number) => Rect | null;
  /** False: the key behind its button even where a corner could hold it (leftOutPlan.ts). */
  keyCorner?: boolean;
  /** Boxes badges and names keep off too: the button of the names left out (leftOutPlan.ts). */
  reserved?: readonly Rect[];
}

/** A place's name as placed: what the map layer paints, and what it stands for. */
export interface PlacedPlaceName extends PlaceLabel {
  id: string;
  /** The name in full (the text may be a shorter form). */
  full: string;
  w: number;
  h: number;
  stand: PlacedName['stand'];
}

export interface BoardPlan {
  /** The text scale taken: the reader's, or less where the board has no room for it. */
  text: number;
  layout: BoardLayout;
  /** Each badge's size and box (where the layout puts it). */
  badges: Map<string, { size: BadgeSize; box: Rect }>;
  geometry: Map<string, AgreementGeometry>;
  bows: Map<string, number>;
  names: PlacedPlaceName[];
  /** Agreements' labels: box and font, or null where there is no room (they are optional). */
  agreements: Map<string, { rect: Rect; size: number; stroke: number } | null>;
  /** What the map's own country and sea names keep off. */
  taken: Rect[];
  /** Place names with no room anywhere. */
  dropped: string[];
  /** Badges that could not be spread apart. */
  crowded: boolean;
  /** The larger text scales tried first, and what did not fit at each (fitBoard). */
  tried: Array<{ text: number; crowded: boolean; dropped: string[] }>;
}

/** The plan at text scale `text`. */
export function planBoard(input: PlanInput, text: number): BoardPlan {
  const { view, width, height, map, measure } = input;
  const u = uiScale(width, height) * text;
  const ids = [view.player.id, ...view.actors.map((a) => a.id)];
  const shorts = new Map([[view.player.id, playerShort(view.player)], ...view.actors.map((a) => [a.id, a.short] as const)]);
  const sizes = new Map(ids.map((id) => [id, badgeSize(measure.badge(shorts.get(id)!, badgeFont(u)), u, id === view.player.id)]));
  // Asked once: the button is measured in the page.
  let asked: { box: Rect | null } | null = null;
  const button = () => (asked ??= { box: input.keyButton?.(height) ?? null }).box;
  const layout = computeLayout(view, width, height, (id) => ({ w: sizes.get(id)!.w, h: sizes.get(id)!.full }), map, text, button, input.keyCorner, input.reserved);
  const { frames, anchors } = layout;

  const badges = new Map<string, { size: BadgeSize; box: Rect }>();
  for (const id of ids) {
    const s = sizes.get(id)!;
    const at = layout.badges.get(id) ?? anchors.get(id)!;
    badges.set(id, { size: s, box: { x: at.x - s.w / 2, y: at.y - s.h / 2, w: s.w, h: s.h } });
  }
  const spread = ids.map((id) => {
    const s = sizes.get(id)!;
    const c = layout.badges.get(id)!;
    return { x: c.x - s.w / 2, y: c.y - s.full / 2, w: s.w, h: s.full };
  });
  const crowded = spread.some((a, i) => spread.some((b, j) => j > i && overlap(a, b) > 0));

  // Agreements attach to actors' badges, or to places' anchors; a place under a badge
  // (ASEAN's marker on Singapore) lends the badge's box so icons sit beside it.
  const points = new Map<string, { x: number; y: number }>();
  for (const p of view.places) points.set(p.id, anchors.get(p.id)!);
  for (const [id, b] of badges) points.set(id, { x: b.box.x + b.box.w / 2, y: b.box.y + b.box.h / 2 });
  const boxes = [...badges.values()].map((b) => b.box);
  const boxOf = (id: string): Rect | null => {
    const own = badges.get(id)?.box;
    if (own) return own;
    const p = points.get(id);
    return p ? (boxes.find((b) => contains(b, p.x, p.y)) ?? null) : null;
  };
  const geometry = layoutAgreements(view.agreements, points, boxOf, u);

  const obstacles: Rect[] = [...badges.values()].map(({ box: b, size }) => ({ x: b.x - 2, y: b.y - 2, w: b.w + 4, h: size.full + 4 }));
  obstacles.push(...panels(frames));
  for (const g of geometry.values()) if (g.icon) obstacles.push({ x: g.icon.x - 9 * u, y: g.icon.y - 9 * u, w: 18 * u, h: 18 * u });
  // Place marks (drawn over the map layer, where the names are painted).
  for (const p of view.places) {
    const a = anchors.get(p.id);
    const r = placeMarkRadius(p.kind, u);
    if (a && a.where !== 'edge') obstacles.push({ x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r });
  }
  const key = frames.legend ? null : button();
  if (key) obstacles.push(key);
  obstacles.push(...(input.reserved ?? []));

  const bows = chooseBows(view.player.id, badges, frames.legend ? [frames.legend] : []);
  const lines = lineBoxes(view.player.id, badges, bows, geometry, frames);
  const { names, agreements, taken, dropped } = placeNames(input, layout, badges, u / text, u, geometry, obstacles, lines);
  return { text, layout, badges, geometry, bows, names, agreements, taken, dropped, crowded, tried: [] };
}

/**
 * The plan at the reader's text scale, or, where its badges cannot be spread apart or a place's
 * name finds no room near its point, at a smaller one (about 15 % at a time, down to 1). For names
 * only down to 70 % of the reader's (as far as a name shrinks on its own), and of those scales the
 * largest that leaves out the fewest: smaller text that leaves out as many helps no one.
 */
export function fitBoard(input: PlanInput, reader: number): BoardPlan {
  const tried: BoardPlan['tried'] = [];
  const plans: BoardPlan[] = [];
  const least = Math.max(1, 0.7 * reader);
  let text = Math.max(1, reader);
  for (;;) {
    const plan = planBoard(input, text);
    const next = Math.max(1, Math.round(text * 0.85 * 100) / 100);
    plans.push(plan);
    if ((!plan.crowded && plan.dropped.length === 0) || text <= 1 || (!plan.crowded && next < least)) {
      const spread = plans.filter((p) => !p.crowded);
      const chosen = spread.length > 0 ? spread.reduce((a, b) => (b.dropped.length < a.dropped.length ? b : a)) : plan;
      return { ...chosen, tried: tried.filter((t) => t.text > chosen.text) };
    }
    tried.push({ text, crowded: plan.crowded, dropped: plan.dropped });
    text = next;
  }
}

/** Bows each relation line to whichever side crosses fewer other badges and panels. */
function chooseBows(player: string, badges: ReadonlyMap<string, { box: Rect }>, panels: readonly Rect[]): Map<string, number> {
  const out = new Map<string, number>();
  const start = badges.get(player)?.box;
  if (!start) return out;
  for (const [id, { box }] of badges) {
    if (id === player) continue;
    const others = [...panels];
    for (const [other, b] of badges) if (other !== id && other !== player) others.push(b.box);
    out.set(id, chooseBow(centre(start), centre(box), others));
  }
  return out;
}

/** Thin boxes along the agreements' routes and the relation lines, for names to keep off where they can. */
function lineBoxes(player: string, badges: ReadonlyMap<string, { box: Rect }>, bows: ReadonlyMap<string, number>, agreements: ReadonlyMap<string, AgreementGeometry>, frames: BoardFrames): Rect[] {
  const paths: (readonly Pt[])[] = [];
  for (const g of agreements.values()) if (g.route) paths.push(g.route);
  const start = badges.get(player)?.box;
  if (start) {
    const from = centre(start);
    const { box } = lineStart(from, start, frames);
    for (const [id, b] of badges) if (id !== player) paths.push(relationPoints(from, centre(b.box), bows.get(id) ?? BOW, box, b.box));
  }
  return boxesAlong(paths, frames.ui);
}

type Pt2 = { x: number; y: number };
type Actor = BoardPlayer | BoardView['actors'][number];

/** Whether an actor stands at the place (Korea at Seoul): its badge is the place's too. */
export const actorAt = (a: Pick<Actor, 'lon' | 'lat'>, place: Pick<Actor, 'lon' | 'lat'>) => Math.abs(a.lon - place.lon) < 0.5 && Math.abs(a.lat - place.lat) < 0.5;

/**
 * The points a place's name must stand further from than from its own to read as its own: the other
 * places', and each actor's (its badge's anchor); not an actor's at the place itself, nor any point
 * on the place's own.
 */
function rivalPoints(place: BoardView['places'][number], own: Pt2, places: BoardView['places'], actors: readonly Actor[], layout: BoardLayout): Pt2[] {
  const out: Pt2[] = [];
  for (const q of places) if (q.id !== place.id) out.push(layout.anchors.get(q.id)!);
  for (const a of actors) if (!actorAt(a, place)) out.push(layout.anchors.get(a.id)!);
  return out.filter((q) => q && Math.hypot(q.x - own.x, q.y - own.y) >= 1);
}

/**
 * The badge of an actor at the place, over its point or next to it (spread a few pixels off):
 * a name beside it reads as the point's, as "Pyongyang" over North Korea's badge.
 */
export function homeBadge(place: Pick<Actor, 'lon' | 'lat'>, own: Pt2, actors: readonly Actor[], badges: ReadonlyMap<string, { box: Rect; size: BadgeSize }>, near: number): Rect | undefined {
  for (const a of actors) {
    const b = badges.get(a.id);
    if (!b || !actorAt(a, place)) continue;
    const box = { x: b.box.x, y: b.box.y, w: b.box.w, h: b.size.full };
    if (Math.hypot(Math.max(box.x - own.x, 0, own.x - box.x - box.w), Math.max(box.y - own.y, 0, own.y - box.y - box.h)) <= near) return box;
  }
  return undefined;
}

/** Places' names (which must show) and agreements' labels (which may not), clear of everything and each other. */
function placeNames(
  input: PlanInput,
  layout: BoardLayout,
  badges: ReadonlyMap<string, { box: Rect; size: BadgeSize }>,
  base: number,
  u: number,
  geometry: ReadonlyMap<string, AgreementGeometry>,
  obstacles: Rect[],
  lines: Rect[],
): Pick<BoardPlan, 'names' | 'agreements' | 'taken' | 'dropped'> {
  const { view, measure } = input;
  const requests: NameRequest[] = [];
  const outline = Math.max(2, Math.round(3 * u));
  const kinds = new Map<string, { disputed: boolean; full: string }>();
  const actors = [view.player, ...view.actors];
  for (const p of view.places) {
    const a = layout.anchors.get(p.id);
    if (!a) continue;
    const disputed = p.kind === 'islands';
    const texts = nameForms(p.name, a.where === 'edge' ? `off the map, ${directionWords(a.angle)}` : null);
    kinds.set('place:' + p.id, { disputed, full: texts[0]! });
    const inset = a.where === 'inset' ? layout.frames.insets.find((i) => i.index === a.inset)?.rect : undefined;
    const bar = insetTitleHeight(u);
    const within = inset ? { x: inset.x + 2, y: inset.y + bar, w: inset.w - 4, h: inset.h - bar - 2 } : undefined;
    const em = disputed ? 11 : 10.5;
    const gap = (disputed ? 11 : 5) * u;
    const home = homeBadge(p, a, actors, badges, gap);
    requests.push({
      id: 'place:' + p.id,
      x: a.x,
      y: a.y,
      gap,
      texts,
      // Down to 70 % of the reader's size, never under the board's own; smaller, the whole board's
      // text gives way (fitBoard). In an inset, a small panel at any text size, down to the board's own.
      sizes: sizesDown(Math.round(em * u), Math.max(Math.round(em * base), within ? 0 : Math.round(em * u * 0.7))),
      measure: (text, size) => measure.place({ text, disputed, size, outline }),
      optional: false,
      within,
      rivals: rivalPoints(p, a, view.places, actors, layout),
      mark: placeMarkRadius(p.kind, u),
      home,
      otherBadges: home ? [...badges.values()].map((b) => ({ x: b.box.x, y: b.box.y, w: b.box.w, h: b.size.full })).filter((b) => b.x !== home.x || b.y !== home.y) : undefined,
    });
  }
  const stroke = Math.max(2, Math.round(3 * u));
  for (const a of view.agreements) {
    const g = geometry.get(a.id);
    if (!g) continue;
    requests.push({ id: 'agreement:' + a.id, x: g.mark.x, y: g.mark.y, gap: 10 * u, texts: [shortLabel(a.label)], sizes: [Math.round(10 * u)], measure: (text, size) => measure.agreement(text, size, stroke), optional: true });
  }
  const bounds = { x: 2, y: 2, w: input.width - 4, h: input.height - 4 };
  const { placed, dropped } = layoutNames(requests, obstacles, bounds, lines);
  const names: PlacedPlaceName[] = [];
  const agreements = new Map<string, { rect: Rect; size: number; stroke: number } | null>();
  for (const r of requests) {
    const got = placed.get(r.id) ?? null;
    const place = kinds.get(r.id);
    if (place && got) {
      const { rect } = got;
      names.push({ id: r.id.slice('place:'.length), text: got.text, full: place.full, disputed: place.disputed, size: got.size, outline, x: Math.round(rect.x), y: Math.round(rect.y), w: rect.w, h: rect.h, leader: got.stand === 'far' ? leaderLine(r, rect) : null, stand: got.stand });
    } else if (!place) agreements.set(r.id.slice('agreement:'.length), got && { rect: got.rect, size: got.size, stroke });
  }
  // The map's country and sea names keep off these names, their lines and everything the names kept off.
  const leaders = names.flatMap((n) => (n.leader ? [[[n.leader.from.x, n.leader.from.y], [n.leader.to.x, n.leader.to.y]] as Pt[]] : []));
  const taken = [...[...placed.values()].map((p) => p.rect), ...boxesAlong(leaders, u / 3), ...obstacles];
  return { names, agreements, taken, dropped: dropped.map((id) => id.slice('place:'.length)) };
}
