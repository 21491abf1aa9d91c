// The plan of a board that leaves names out (boardPlan.ts `dropped`): its reader gets a button that
// shows them (leftOutLayer.ts). It goes where it covers nothing the board draws (no name, line,
// badge, mark or panel): along the bottom edge beside the key's button, else along the top edge,
// else above the key's button; the map's country and sea names then keep off it (`taken`). Where
// there is no such room, the names and badges make room for it: beside the key's button, above it,
// or in a corner over no mark or panel, whichever leaves out fewest names (the key's corner, if the
// board kept one, given up). Always beside the key's, 2019's board at 400 % zoom left out 4 names
// instead of 2. Pure, like boardPlan.ts.
import { fitBoard, planBoard, type BoardPlan, type PlanInput } from './boardPlan';
import { contains, panels, type Rect } from './frames';
import { overlap } from './placement';
import { placeMarkRadius } from './placeMarks';

export interface NamesPlan {
  plan: BoardPlan;
  /** Where the names' button goes (its box with 2 pixels round it), or null: no name left out. */
  button: Rect | null;
}

const MARGIN = 8;
const STEP = 8;

/** The button's box beside the key's button (`key`, padded as legendLayer.ts gives it), or above it where the row has no room; in its place without one. */
export function besideKey(key: Rect | null, size: { w: number; h: number }, width: number, height: number): Rect {
  const bottom = { y: height - MARGIN - size.h - 2, w: size.w + 4, h: size.h + 4 };
  if (!key) return { x: MARGIN - 2, ...bottom };
  const x = key.x + key.w + 4;
  return x + size.w + 2 <= width - MARGIN ? { x, ...bottom } : { x: key.x, y: key.y - 4 - size.h - 4, w: size.w + 4, h: size.h + 4 };
}

/** The first spot for the button that covers nothing the plan keeps off (`taken`): bottom edge from the key's button rightwards, top edge, above the key's button. */
export function freeSpot(plan: BoardPlan, size: { w: number; h: number }, key: Rect | null, width: number, height: number): Rect | null {
  const w = size.w + 4;
  const h = size.h + 4;
  const spots: Rect[] = [];
  const right = width - MARGIN + 2 - w;
  for (let x = key ? key.x + key.w + 4 : MARGIN - 2; x <= right; x += STEP) spots.push({ x, y: height - MARGIN - h + 2, w, h });
  for (let x = right; x >= MARGIN - 2; x -= STEP) spots.push({ x, y: MARGIN - 2, w, h });
  if (key) spots.push({ x: key.x, y: key.y - 4 - h, w, h });
  return spots.find((s) => s.y >= 0 && !plan.taken.some((t) => overlap(s, t) > 0)) ?? null;
}

/** Where the button may go when names and badges make room for it, preferred first: beside the key's button, above it, the other corners. */
function spotsToMake(key: Rect | null, size: { w: number; h: number }, width: number, height: number): Rect[] {
  const [w, h] = [size.w + 4, size.h + 4];
  const [left, right, top, bottom] = [MARGIN - 2, width - MARGIN + 2 - w, MARGIN - 2, height - MARGIN + 2 - h];
  const spots = [besideKey(key, size, width, height)];
  if (key) spots.push({ x: key.x, y: key.y - 4 - h, w, h });
  spots.push({ x: right, y: bottom, w, h }, { x: right, y: top, w, h }, { x: left, y: top, w, h });
  return spots;
}

/**
 * fitBoard, and where it leaves names out, where their button goes (`size`: the button's, measured
 * in the page; null where it cannot be, a board out of the page).
 */
export function fitWithNamesButton(input: PlanInput, reader: number, size: () => { w: number; h: number } | null): NamesPlan {
  const plan = fitBoard(input, reader);
  const measured = plan.dropped.length > 0 ? size() : null;
  if (!measured) return { plan, button: null };
  const { frames, anchors } = plan.layout;
  const key = frames.legend ? null : (input.keyButton?.(input.height) ?? null);
  const free = freeSpot(plan, measured, key, input.width, input.height);
  if (free) return { plan: { ...plan, taken: [...plan.taken, free] }, button: free };
  // The key behind its button, so that its corner too is room for names.
  const bare = { ...input, keyCorner: false };
  const keyBox = input.keyButton?.(input.height) ?? null;
  // Names and badges move for it; panels, marks and the points under badges do not.
  const marks = input.view.places.flatMap((p) => {
    const a = anchors.get(p.id);
    const r = placeMarkRadius(p.kind, frames.ui);
    return a ? [{ x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r }] : [];
  });
  const fixed = [...panels(frames), ...marks, ...(keyBox ? [keyBox] : [])];
  const points = [...anchors.values()];
  const spots = spotsToMake(keyBox, measured, input.width, input.height).filter((s) => s.y >= 0 && s.x >= 0 && !fixed.some((p) => overlap(s, p) > 0) && !points.some((a) => contains(s, a.x, a.y)));
  const tried = spots.map((spot) => ({ spot, plan: planBoard({ ...bare, reserved: [spot] }, plan.text) })).filter((t) => !t.plan.crowded);
  if (tried.length === 0) return { plan, button: null };
  const { spot } = tried.reduce((a, b) => (b.plan.dropped.length < a.plan.dropped.length ? b : a));
  const again = fitBoard({ ...bare, reserved: [spot] }, reader);
  return { plan: again, button: again.dropped.length > 0 ? spot : null };
}
