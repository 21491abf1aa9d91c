// The board's names and points as laid out, read by the browser tests (BoardScene.labelBoxes): in CSS
// pixels of the board, each name with its font size as drawn, the reader's text scale and the one
// the board took.
import type { BoardPlan } from './boardPlan';
import type { BoardView } from './boardView';
import { placeMarkRadius } from './placeMarks';
import type { PaintedMapLabel } from './staticMap';

export interface LabelBoxes {
  reader: number;
  text: number | null;
  dropped: string[];
  tried: BoardPlan['tried'];
  labels: Array<{ kind: 'actor' | 'place' | 'agreement' | 'map'; id: string; text: string; full: string; size: number; x: number; y: number; w: number; h: number; leader?: number }>;
  /** The places' and actors' points on the board, and where they lie on the globe: what a name must read as belonging to. */
  points: Array<{ kind: 'actor' | 'place'; id: string; x: number; y: number; lon: number; lat: number; mark: number }>;
  ui: number;
}

/** What the scene holds that the readout reads: its badges' and agreements' texts as drawn. */
export interface DrawnTexts {
  badges: ReadonlyArray<{ id: string; text: string; fontSize: number }>;
  agreements: ReadonlyArray<{ id: string; visible: boolean; text: string; full: string; size: number }>;
  mapNames: readonly PaintedMapLabel[];
}

export function labelBoxes(plan: BoardPlan | null, view: BoardView | null, reader: number, drawn: DrawnTexts): LabelBoxes {
  const labels: LabelBoxes['labels'] = [];
  const points: LabelBoxes['points'] = [];
  if (!plan) return { reader, text: null, dropped: [], tried: [], labels, points, ui: 0 };
  const u = plan.layout.frames.ui;
  for (const p of view?.places ?? []) {
    const a = plan.layout.anchors.get(p.id);
    if (a) points.push({ kind: 'place', id: p.id, x: a.x, y: a.y, lon: p.lon, lat: p.lat, mark: placeMarkRadius(p.kind, u) });
  }
  for (const p of view ? [view.player, ...view.actors] : []) {
    const a = plan.layout.anchors.get(p.id);
    if (a) points.push({ kind: 'actor', id: p.id, x: a.x, y: a.y, lon: p.lon, lat: p.lat, mark: 0 });
  }
  for (const m of drawn.badges) {
    const b = plan.badges.get(m.id);
    if (b) labels.push({ kind: 'actor', id: m.id, text: m.text, full: m.text, size: m.fontSize, ...b.box });
  }
  for (const n of plan.names) labels.push({ kind: 'place', id: n.id, text: n.text, full: n.full, size: n.size, x: n.x, y: n.y, w: n.w, h: n.h, leader: n.leader ? Math.hypot(n.leader.to.x - n.leader.from.x, n.leader.to.y - n.leader.from.y) : 0 });
  for (const g of drawn.agreements) {
    const a = plan.agreements.get(g.id);
    if (a && g.visible) labels.push({ kind: 'agreement', id: g.id, text: g.text, full: g.full, size: g.size, ...a.rect });
  }
  for (const n of drawn.mapNames) labels.push({ kind: 'map', id: n.text, text: n.text, full: n.text, size: n.size, x: n.x - n.w / 2, y: n.y - n.h / 2, w: n.w, h: n.h });
  return { reader, text: plan.text, dropped: plan.dropped, tried: plan.tried, labels, points, ui: u };
}
