// The board as one SVG document, for paper: the CLI's `map --svg` and the printed debrief draw
// the same picture with this. Pure (a string out, no DOM), laid out by the board's own frames
// so every point lands where the board puts it. Scenario text is untrusted: every name is
// escaped; nothing else of the file reaches the markup.
import type { BoardMap } from './boardMap';
import { computeFrames, directionWords, insetTitleHeight, resolveAnchor, type Anchor, type BoardFrames } from './frames';
import type { FrameGeometry } from './mapData';
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
  route: '#b5541b',
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

export function boardSvg(input: SvgBoardInput): string {
  const width = input.width ?? 1200;
  const height = input.height ?? 800;
  const points = [input.player, ...input.actors, ...input.places];
  const frames = computeFrames(width, height, input.map, shownInsets(input.map, points));
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
    out.push(`<polyline class="route" points="${pts.map((a) => `${n(a.x)},${n(a.y)}`).join(' ')}" fill="none" stroke="${INK.route}" stroke-width="${n(2.5 * u)}" stroke-dasharray="${n(7 * u)} ${n(4 * u)}"><title>${escapeXml(route.label)}</title></polyline>`);
  }
  for (const p of input.places) {
    const a = anchors.get(p.id)!;
    out.push(`<g class="place" data-id="${escapeXml(p.id)}">${placeMark(a, p.kind, u)}${label(a, p.name, u, 8 * u, 10.5 * u, INK.muted)}</g>`);
  }
  for (const [p, player] of [...input.actors.map((a) => [a, false] as const), [input.player, true] as const]) {
    const a = anchors.get(p.id)!;
    const short = p.short ?? p.name.slice(0, 3).toUpperCase();
    const w = Math.max(34, short.length * 9 + 12) * u;
    const h = 20 * u;
    out.push(
      `<g class="${player ? 'player' : 'actor'}" data-id="${escapeXml(p.id)}">`,
      a.where === 'edge' ? edgeArrow(a, u) : '',
      `<rect x="${n(a.x - w / 2)}" y="${n(a.y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(4 * u)}" fill="${player ? INK.player : '#ffffff'}" stroke="${INK.actor}" stroke-width="${n(1.5 * u)}"/>`,
      `<text x="${n(a.x)}" y="${n(a.y + 4 * u)}" font-size="${n(11 * u)}" font-weight="700" text-anchor="middle" fill="${player ? '#ffffff' : INK.actor}">${escapeXml(short)}</text>`,
      label(a, p.name, u, w / 2 + 4 * u, 10 * u, INK.text),
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

/** A name beside its point, to the right (to the left near the right edge); off-map points say so. */
function label(a: Anchor, name: string, u: number, dx: number, size: number, fill: string): string {
  const text = a.where === 'edge' ? `${name} (off the map, ${directionWords(a.angle)})` : name;
  const rightSide = a.where === 'edge' && Math.cos(a.angle) > 0.3;
  const x = rightSide ? a.x - dx : a.x + dx;
  return `<text x="${n(x)}" y="${n(a.y + size * 0.35)}" font-size="${n(size)}" fill="${fill}" text-anchor="${rightSide ? 'end' : 'start'}" stroke="#ffffff" stroke-width="${n(3 * u)}" paint-order="stroke">${escapeXml(text)}</text>`;
}
