// The board as one SVG document, for paper: the CLI's `map --svg` and the printed debrief draw
// the same picture with this. Pure (a string out, no DOM), laid out by the board's own frames
// so every point lands where the board puts it. Scenario text is untrusted: every name is
// escaped; nothing else of the file reaches the markup.
import type { BoardMap } from './boardMap';
import { computeFrames, directionWords, insetTitleHeight, resolveAnchor, type Anchor, type BoardFrames } from './frames';
import type { FrameGeometry } from './mapData';
import { leaderLine, placeLabels, spreadBoxes, type LabelRequest } from './placement';
import type { Fit } from './projection';

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
}

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
  return { width, height, frames: computeFrames(width, height, input.map, shownInsets(input.map, [input.player, ...input.actors, ...input.places])) };
}

/** How far across the picture the player's badge is drawn, as a fraction of its width. */
export function playerAcross(input: SvgBoardInput): number {
  const { width, frames } = pictureFrames(input);
  return resolveAnchor(frames, input.player.id, input.player.lon, input.player.lat).x / width;
}

export function boardSvg(input: SvgBoardInput): string {
  const { width, height, frames } = pictureFrames(input);
  const anchors = svgAnchors(input, frames);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, Arial, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs><clipPath id="clip-main"><rect x="0" y="0" width="${width}" height="${height}"/></clipPath>`,
    ...frames.insets.map((i) => `<clipPath id="clip-inset-${i.index}"><rect x="${n(i.rect.x)}" y="${n(i.rect.y)}" width="${n(i.rect.w)}" height="${n(i.rect.h)}"/></clipPath>`),
    `</defs>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${INK.sea}"/>`,
  );
  out.push(geographyGroup(input.geometry?.[0], frames.main, 'clip-main'));
  for (const inset of frames.insets) {
    const r = inset.rect;
    const bar = insetTitleHeight(frames.ui);
    out.push(
      `<g class="inset">`,
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${INK.sea}" stroke="${INK.frame}"/>`,
      geographyGroup(input.geometry?.[inset.index + 1], inset.fit, `clip-inset-${inset.index}`),
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(bar)}" fill="${INK.frame}"/>`,
      `<text x="${n(r.x + 6)}" y="${n(r.y + bar * 0.72)}" font-size="${n(11 * frames.ui)}" fill="#ffffff">${escapeXml(inset.frame.title)}</text>`,
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="none" stroke="${INK.frame}"/>`,
      `</g>`,
    );
  }
  const u = frames.ui;
  for (const route of input.routes ?? []) {
    const pts = route.ids.map((id) => anchors.get(id)).filter((a): a is Anchor => a !== undefined && a.where !== 'edge');
    if (pts.length < 2) continue;
    out.push(`<polyline class="route" points="${pts.map((a) => `${n(a.x)},${n(a.y)}`).join(' ')}" fill="none" stroke="${INK.route}" stroke-width="${n(2.5 * u)}"><title>${escapeXml(route.label)}</title></polyline>`);
  }
  // As on the board: badges pushed apart where they collide, names placed around their points
  // off the badges and marks (text widths estimated: there is no canvas to measure with).
  const badgeSize = (short: string) => ({ w: Math.max(34, short.length * 9 + 12) * u, h: 20 * u });
  const markers = [...input.actors.map((a) => ({ p: a, player: false })), { p: input.player, player: true }];
  const shortOf = (p: SvgPoint & { short?: string }) => p.short ?? p.name.slice(0, 3).toUpperCase();
  const badges = spreadBoxes(
    markers.map(({ p }) => ({ id: p.id, x: anchors.get(p.id)!.x, y: anchors.get(p.id)!.y, ...badgeSize(shortOf(p)) })),
    { x: 4, y: 4, w: width - 8, h: height - 8 },
    4 * u,
  );
  const obstacles = [
    ...frames.insets.map((i) => ({ x: i.rect.x, y: i.rect.y, w: i.rect.w, h: insetTitleHeight(u) })),
    ...markers.map(({ p }) => {
      const c = badges.get(p.id)!;
      const { w, h } = badgeSize(shortOf(p));
      return { x: c.x - w / 2, y: c.y - h / 2, w, h };
    }),
    ...input.places.map((p) => {
      const a = anchors.get(p.id)!;
      const r = (p.kind === 'islands' ? 8 : 4) * u;
      return { x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r };
    }),
  ];
  const textOf = (a: Anchor, name: string) => (a.where === 'edge' ? `${name} (off the map, ${directionWords(a.angle)})` : name);
  const placeRequests: LabelRequest[] = input.places.map((p) => {
    const a = anchors.get(p.id)!;
    const size = 10.5 * u;
    return { id: p.id, x: a.x, y: a.y, w: textOf(a, p.name).length * size * 0.56, h: size * 1.3, gap: (p.kind === 'islands' ? 10 : 6) * u, optional: false };
  });
  const requests: LabelRequest[] = [
    ...markers.map(({ p }) => {
      const c = badges.get(p.id)!;
      const size = 10 * u;
      return { id: p.id, x: c.x, y: c.y, w: textOf(anchors.get(p.id)!, p.name).length * size * 0.56, h: size * 1.3, gap: badgeSize(shortOf(p)).w / 2 + 3 * u, optional: true };
    }),
    ...placeRequests,
  ];
  const placed = placeLabels(requests, obstacles, { x: 2, y: 2, w: width - 4, h: height - 4 });
  input.places.forEach((p, i) => {
    const a = anchors.get(p.id)!;
    const rect = placed.get(p.id);
    const leader = rect ? leaderLine(placeRequests[i]!, rect) : null;
    const line = leader ? `<line x1="${n(leader.from.x)}" y1="${n(leader.from.y)}" x2="${n(leader.to.x)}" y2="${n(leader.to.y)}" stroke="${INK.muted}" stroke-width="${n(u)}"/>` : '';
    out.push(`<g class="place" data-id="${escapeXml(p.id)}">${line}${placeMark(a, p.kind, u)}${label(rect, textOf(a, p.name), 10.5 * u, INK.muted, u)}</g>`);
  });
  for (const { p, player } of markers) {
    const a = anchors.get(p.id)!;
    const c = badges.get(p.id)!;
    const { w, h } = badgeSize(shortOf(p));
    const moved = Math.hypot(c.x - a.x, c.y - a.y) > 2;
    out.push(
      `<g class="${player ? 'player' : 'actor'}" data-id="${escapeXml(p.id)}">`,
      a.where === 'edge' ? edgeArrow(a, u) : '',
      // A badge pushed off its point keeps a thin line to where it belongs.
      moved && a.where !== 'edge' ? `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(c.x)}" y2="${n(c.y)}" stroke="${INK.actor}" stroke-width="${n(u)}"/><circle cx="${n(a.x)}" cy="${n(a.y)}" r="${n(2 * u)}" fill="${INK.actor}"/>` : '',
      `<rect x="${n(c.x - w / 2)}" y="${n(c.y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(4 * u)}" fill="${player ? INK.player : '#ffffff'}" stroke="${INK.actor}" stroke-width="${n(1.5 * u)}"/>`,
      `<text x="${n(c.x)}" y="${n(c.y + 4 * u)}" font-size="${n(11 * u)}" font-weight="700" text-anchor="middle" fill="${player ? '#ffffff' : INK.actor}">${escapeXml(shortOf(p))}</text>`,
      label(placed.get(p.id), textOf(a, p.name), 10 * u, INK.text, u),
      `</g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
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

/** A name in the box the label placement gave it (none when it found no room). */
function label(box: { x: number; y: number; w: number; h: number } | null | undefined, text: string, size: number, fill: string, u: number): string {
  if (!box) return '';
  return `<text x="${n(box.x)}" y="${n(box.y + box.h * 0.75)}" font-size="${n(size)}" fill="${fill}" stroke="#ffffff" stroke-width="${n(3 * u)}" paint-order="stroke">${escapeXml(text)}</text>`;
}
