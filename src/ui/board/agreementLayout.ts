// Where each agreement is drawn: a route through its places' anchors, or an icon beside its
// place (several agreements at one place line up side by side). Pure, for unit tests.
import type { AgreementKind, AgreementStatus, BoardAgreement } from './boardView';
import type { Rect } from './frames';
import { pointAt, polylineLength, trimInside, type Pt } from './strokes';

export interface AgreementGeometry {
  kind: AgreementKind;
  /** Screen points of the route, or null for an agreement drawn as an icon. */
  route: Pt[] | null;
  /** Centre of the icon, or null for a route. */
  icon: { x: number; y: number } | null;
  /** Where status marks (check, cross) and the label go. */
  mark: { x: number; y: number };
}

/**
 * `points` holds the screen position of every place, actor and player id; `boxOf(id)` is the
 * badge drawn there, if any: routes stop at its edge and icons sit beside it.
 */
export function layoutAgreements(
  agreements: readonly BoardAgreement[],
  points: ReadonlyMap<string, { x: number; y: number }>,
  boxOf: (id: string) => Rect | null,
  u: number,
): Map<string, AgreementGeometry> {
  const out = new Map<string, AgreementGeometry>();
  const perPlace = new Map<string, number>();
  for (const a of agreements) {
    const ids = (a.route ?? []).filter((id) => points.has(id));
    if (ids.length >= 2) {
      const raw: Pt[] = ids.map((id) => [points.get(id)!.x, points.get(id)!.y]);
      const pts = trimInside(raw, boxOf(ids[0]!), boxOf(ids[ids.length - 1]!));
      const mid = pointAt(pts, polylineLength(pts) / 2);
      out.set(a.id, { kind: a.kind, route: pts, icon: null, mark: { x: mid.x, y: mid.y } });
      continue;
    }
    const placeId = a.place ?? a.route?.[0];
    const anchor = placeId !== undefined ? points.get(placeId) : undefined;
    if (!anchor || placeId === undefined) continue;
    const n = perPlace.get(placeId) ?? 0;
    perPlace.set(placeId, n + 1);
    // Up and to the right of the place, then further right for each extra agreement.
    const box = boxOf(placeId);
    const icon = box
      ? { x: box.x + box.w + (8 + 19 * n) * u, y: box.y + 1 * u }
      : { x: anchor.x + (12 + 19 * n) * u, y: anchor.y - 12 * u };
    out.set(a.id, { kind: a.kind, route: null, icon, mark: icon });
  }
  return out;
}

/** How a status looks; the scene tweens between these. */
export interface StatusLook {
  alpha: number;
  /** 0 = normal colour, 1 = greyed out. */
  grey: number;
  cross: number;
  check: number;
}

export function statusLook(status: AgreementStatus): StatusLook {
  switch (status) {
    case 'pending':
      return { alpha: 0.45, grey: 0, cross: 0, check: 0 };
    case 'active':
      return { alpha: 1, grey: 0, cross: 0, check: 0 };
    case 'done':
      return { alpha: 0.78, grey: 0, cross: 0, check: 1 };
    case 'disrupted':
      return { alpha: 0.9, grey: 1, cross: 1, check: 0 };
  }
}
