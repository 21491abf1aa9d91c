// The board as one SVG document, for paper and the debrief: the CLI's `map --svg` and the
// debrief's picture draw the same map with this. Pure (a string out, no DOM), laid out by the
// board's own frames so every point lands where the board puts it, and drawn for a given width and
// text scale (the debrief draws it for the width it is shown at: debriefPicture.ts). Scenario text
// is untrusted: every name is escaped; nothing else of the file reaches the markup.
import type { BoardMap } from './boardMap';
import { computeFrames, insetTitleHeight, resolveAnchor, type Anchor, type BoardFrames } from './frames';
import type { FrameGeometry } from './mapData';
import { MIN_PLACE_GAP, spreadPlaces } from './layout';
import { leaderLine } from './placement';
import { badgeFont, placeBadges } from './svgBadges';
import type { Fit } from './projection';
import { estimateText, layoutSvgNames, LINE, markRadius, SIDE, type LeftOut, type MeasureText } from './svgNames';
import type { PlacedName } from './labelLayout';

export interface SvgPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface SvgBoardInput {
  map: BoardMap;
  /** [main, ...insets], or null to draw the frames without land (geography unavailable). */
  geometry: readonly FrameGeometry[] | null;
  title: string;
  player: SvgPoint & { short?: string };
  actors: ReadonlyArray<SvgPoint & { short: string }>;
  places: ReadonlyArray<SvgPoint & { kind: string }>;
  /** Routes of agreements: ids of places or actors, in order. */
  routes?: ReadonlyArray<{ label: string; ids: readonly string[] }>;
  width?: number;
  height?: number;
  /** Text scale: names, badges and marks this many times their size at 1 (1 unless given; frames.ts `ui`). */
  text?: number;
  /** How wide a text is drawn (a canvas in the page); an estimate without one. */
  measure?: MeasureText;
}

/** The picture and what it could not name. */
export interface BoardPicture {
  svg: string;
  width: number;
  height: number;
  /** Names with no room near their point or badge (places', then actors'), to be given beside the picture. */
  left: LeftOut[];
  /** How far across the picture the player's badge is, as a fraction of its width. */
  playerAcross: number;
}

/** The picture's font: the measure given should measure in it. */
export const SVG_FONT = 'system-ui, Arial, sans-serif';

/** Light colours: the picture is printed. */
const INK = {
  sea: '#eef4f9',
  land: '#dfe3e7',
  coast: '#8f9caa',
  border: '#a7b1bc',
  graticule: '#d5e1ec',
  text: '#17202a',
  muted: '#4a5866',
  player: '#17202a',
  actor: '#1f5f99',
  // Solid green: on the play board orange and dashed is a hostile relation, which a player read
  // into the debrief's map of agreements.
  route: '#2e7d4f',
  frame: '#5d6b79',
} as const;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** Where each id is drawn on a board of this size (the board's own rules, without badge spreading). */
export function svgAnchors(input: SvgBoardInput, frames: BoardFrames): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  for (const p of [...input.places, ...input.actors, input.player]) anchors.set(p.id, resolveAnchor(frames, p.id, p.lon, p.lat));
  return anchors;
}

/** The insets a board of this map shows for these points (the shipped map's only when used). */
export function shownInsets(map: BoardMap, points: readonly SvgPoint[]): number[] {
  const all = map.insets.map((_, i) => i);
  if (!map.prepared) return all;
  const probe = computeFrames(1200, 800, map, all);
  const used = new Set(points.flatMap((p) => {
    const a = resolveAnchor(probe, p.id, p.lon, p.lat);
    return a.where === 'inset' ? [a.inset] : [];
  }));
  return all.filter((i) => used.has(i));
}

/** The picture's size and its frames (the main board and the insets its points need). */
function pictureFrames(input: SvgBoardInput): { width: number; height: number; frames: BoardFrames } {
  const width = input.width ?? 1200;
  const height = input.height ?? 800;
  const shown = shownInsets(input.map, [input.player, ...input.actors, ...input.places]);
  return { width, height, frames: computeFrames(width, height, input.map, shown, input.text ?? 1) };
}

export function boardSvg(input: SvgBoardInput): string {
  return boardPicture(input).svg;
}

export function boardPicture(input: SvgBoardInput): BoardPicture {
  const { width, height, frames } = pictureFrames(input);
  const measure = input.measure ?? estimateText;
  const anchors = svgAnchors(input, frames);
  // Places on one spot (Kalimantan's railways and new capital) drawn apart, as on the board.
  const actorIds = new Set([input.player.id, ...input.actors.map((a) => a.id)]);
  spreadPlaces(input.places.map((p) => p.id).filter((id) => !actorIds.has(id)), anchors, MIN_PLACE_GAP * frames.ui);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${SVG_FONT}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs><clipPath id="clip-main"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath>`,
    ...frames.insets.map((i) => `<clipPath id="clip-inset-${i.index}"><rect x="${n(i.rect.x)}" y="${n(i.rect.y)}" width="${n(i.rect.w)}" height="${n(i.rect.h)}"/></clipPath>`),
    `</defs>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${INK.sea}"/>`,
  );
  out.push(geographyGroup(input.geometry?.[0], frames.main, 'clip-main'));
  const u = frames.ui;
  const bar = insetTitleHeight(u);
  for (const inset of frames.insets) {
    const r = inset.rect;
    out.push(
      `<g class="inset">`,
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${INK.sea}" stroke="${INK.frame}"/>`,
      geographyGroup(input.geometry?.[inset.index + 1], inset.fit, `clip-inset-${inset.index}`),
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(bar)}" fill="${INK.frame}"/>`,
      // Clipped to its panel: a narrow picture's panel is narrower than a large text's title.
      `<text x="${n(r.x + 6 * u)}" y="${n(r.y + bar * 0.72)}" font-size="${n(11 * u)}" fill="#ffffff" clip-path="url(#clip-inset-${inset.index})">${escapeXml(inset.frame.title)}</text>`,
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="none" stroke="${INK.frame}"/>`,
      `</g>`,
    );
  }
  const routes = (input.routes ?? []).flatMap((route) => {
    const pts = route.ids.map((id) => anchors.get(id)).filter((a): a is Anchor => a !== undefined && a.where !== 'edge');
    return pts.length < 2 ? [] : [{ label: route.label, pts }];
  });
  for (const { label, pts } of routes) {
    out.push(`<polyline class="route" points="${pts.map((a) => `${n(a.x)},${n(a.y)}`).join(' ')}" fill="none" stroke="${INK.route}" stroke-width="${n(2.5 * u)}"><title>${escapeXml(label)}</title></polyline>`);
  }
  // As on the board: badges pushed apart where they collide (svgBadges.ts), names placed around
  // their points off the badges and marks (svgNames.ts).
  const shortOf = (p: SvgPoint & { short?: string }) => p.short ?? p.name.slice(0, 3).toUpperCase();
  // The player's badge drawn last, over the others.
  const markers = [...input.actors.map((a) => ({ p: a, player: false })), { p: input.player, player: true }];
  const badges = placeBadges(markers.map(({ p }) => ({ id: p.id, short: shortOf(p) })), anchors, frames, measure);
  // Names keep off the insets (an inset's own stay inside it, under its title: svgNames.ts).
  const obstacles = [
    ...frames.insets.map((i) => i.rect),
    ...badges.values(),
    ...input.places.flatMap((p) => {
      const a = anchors.get(p.id)!;
      const r = markRadius(p.kind) * u;
      return a.where === 'edge' ? [] : [{ x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r }];
    }),
  ];
  const names = layoutSvgNames({
    places: input.places,
    markers: markers.map(({ p }) => ({ p: { ...p, short: shortOf(p) }, box: badges.get(p.id)! })),
    anchors,
    insets: new Map(frames.insets.map((i) => [i.index, i.rect])),
    titleBar: bar,
    routes: routes.map((r) => r.pts.map((a) => [a.x, a.y] as const)),
    obstacles,
    width,
    height,
    u,
    measure,
  });
  for (const p of input.places) {
    const a = anchors.get(p.id)!;
    const name = names.places.get(p.id);
    const leader = name?.stand === 'far' ? leaderLine({ x: a.x, y: a.y, gap: 0 }, name.rect) : null;
    const line = leader ? `<line x1="${n(leader.from.x)}" y1="${n(leader.from.y)}" x2="${n(leader.to.x)}" y2="${n(leader.to.y)}" stroke="${INK.muted}" stroke-width="${n(u)}"/>` : '';
    out.push(`<g class="place" data-id="${escapeXml(p.id)}">${line}${placeMark(a, p.kind, u)}${label(name, INK.muted, u)}</g>`);
  }
  for (const { p, player } of markers) {
    const a = anchors.get(p.id)!;
    const { x, y, w, h } = badges.get(p.id)!;
    const c = { x: x + w / 2, y: y + h / 2 };
    const moved = Math.hypot(c.x - a.x, c.y - a.y) > 2;
    out.push(
      `<g class="${player ? 'player' : 'actor'}" data-id="${escapeXml(p.id)}">`,
      a.where === 'edge' ? edgeArrow(a, u) : '',
      // A badge pushed off its point keeps a thin line to where it belongs.
      moved && a.where !== 'edge' ? `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(c.x)}" y2="${n(c.y)}" stroke="${INK.actor}" stroke-width="${n(u)}"/><circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(2 * u)}" fill="${INK.actor}"/>` : '',
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(4 * u)}" fill="${player ? INK.player : '#ffffff'}" stroke="${INK.actor}" stroke-width="${n(1.5 * u)}"/>`,
      `<text x="${n(c.x)}" y="${n(c.y + 4 * u)}" font-size="${n(badgeFont(u))}" font-weight="700" text-anchor="middle" fill="${player ? '#ffffff' : INK.actor}">${escapeXml(shortOf(p))}</text>`,
      label(names.actors.get(p.id), INK.text, u),
      `</g>`,
    );
  }
  out.push('</svg>');
  const me = anchors.get(input.player.id)!;
  return { svg: out.join('\n'), width, height, left: names.left, playerAcross: me.x / width };
}

function geographyGroup(geo: FrameGeometry | undefined, fit: Fit, clip: string): string {
  if (!geo) return '';
  const k = fit.k / geo.quantum;
  const d = (lines: readonly string[]) => escapeXml(lines.join(''));
  // Strokes stay in pixels whatever the map's scale.
  const stroke = 'vector-effect="non-scaling-stroke" fill="none" stroke-linejoin="round"';
  return [
    `<g clip-path="url(#${clip})"><g transform="matrix(${k} 0 0 ${k} ${n(fit.ox)} ${n(fit.oy)})">`,
    `<path d="${d(geo.graticule)}" ${stroke} stroke="${INK.graticule}" stroke-width="0.8"/>`,
    `<path d="${d(geo.land)}" fill="${INK.land}" stroke="${INK.coast}" stroke-width="0.8" vector-effect="non-scaling-stroke"/>`,
    `<path d="${d(geo.borders)}" ${stroke} stroke="${INK.border}" stroke-width="0.8" stroke-dasharray="3 2"/>`,
    `</g></g>`,
  ].join('\n');
}

function placeMark(a: Anchor, kind: string, u: number): string {
  if (a.where === 'edge') return edgeArrow(a, u);
  const r = (kind === 'islands' ? 8 : 3.5) * u;
  if (kind === 'islands') return `<circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(r)}" fill="none" stroke="#b7791f" stroke-width="${n(1.6 * u)}" stroke-dasharray="${n(3 * u)} ${n(2 * u)}"/>`;
  if (kind === 'site') return `<rect x="${n(a.x - r)}" y="${n(a.y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" transform="rotate(45 ${n(a.x)} ${n(a.y)})" fill="${INK.text}"/>`;
  if (kind === 'capital') return `<circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(r + u)}" fill="#ffffff" stroke="${INK.text}" stroke-width="${n(1.4 * u)}"/><circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(1.6 * u)}" fill="${INK.text}"/>`;
  return `<circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(r)}" fill="${INK.text}"/>`;
}

function edgeArrow(a: Extract<Anchor, { where: 'edge' }>, u: number): string {
  const r = 9 * u;
  const [dx, dy] = [Math.cos(a.angle), Math.sin(a.angle)];
  const tip = [a.x + dx * (r + 14 * u), a.y + dy * (r + 14 * u)];
  const left = [a.x + dx * r - dy * 5 * u, a.y + dy * r + dx * 5 * u];
  const right = [a.x + dx * r + dy * 5 * u, a.y + dy * r - dx * 5 * u];
  return `<polygon points="${[tip, left, right].map((p) => `${n(p[0]!)},${n(p[1]!)}`).join(' ')}" fill="${INK.frame}"/>`;
}

/** A name in the box the layout gave it (none when it found no room), a line to each of its lines. */
function label(name: PlacedName | undefined, fill: string, u: number): string {
  if (!name) return '';
  const { rect, size, text } = name;
  const lines = text.split('\n');
  // Each line's baseline: about three quarters down its line box, the outline's half above the first.
  const x = rect.x + 1.5 * u + SIDE * size;
  const y = (i: number) => rect.y + 1.5 * u + size * LINE * (i + 0.78);
  const body = lines.length === 1 ? escapeXml(text) : lines.map((l, i) => `<tspan x="${n(x)}" y="${n(y(i))}">${escapeXml(l)}</tspan>`).join('');
  return `<text x="${n(x)}" y="${n(y(0))}" font-size="${n(size)}" fill="${fill}" stroke="#ffffff" stroke-width="${n(3 * u)}" paint-order="stroke">${body}</text>`;
}
