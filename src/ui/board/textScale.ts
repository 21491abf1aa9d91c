// How large the reader wants text: the browser's default font size (its "font size" setting, 16 px
// unless changed) against 16, read from a probe element sized `medium`. The page's text follows
// the same setting (its root is 93.75 % of it); the board's names, badges and key are canvas
// pixels and follow this scale instead. The browser's zoom leaves it alone: zoom keeps CSS pixels
// as they were and narrows the board, whose layout then keeps names apart (labelLayout.ts).

/** Never under 1: the board's sizes at 1 are its least legible ones (at 0.8 place names were 8 px high). */
export const MIN_TEXT_SCALE = 1;
/** At most a 40 px default: past that a board of a few hundred pixels holds a handful of names. */
export const MAX_TEXT_SCALE = 2.5;

/** The text scale for a default font size in CSS pixels, within the bounds, in hundredths. */
export function textScaleOf(fontPx: number): number {
  if (!Number.isFinite(fontPx) || fontPx <= 0) return MIN_TEXT_SCALE;
  return Math.round(Math.min(MAX_TEXT_SCALE, Math.max(MIN_TEXT_SCALE, fontPx / 16)) * 100) / 100;
}

/**
 * An invisible element one `medium` em wide in `parent`: its size changes when the reader changes
 * the browser's font size, so a ResizeObserver on it tells the board (mountBoard.ts). `medium` is
 * the reader's size whatever the page's own root or the board's box say; a sans-serif family,
 * since `medium` in a monospace one is the smaller fixed-width size.
 */
export function textProbe(parent: HTMLElement): HTMLElement {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  Object.assign(probe.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: '1em',
    height: '0',
    overflow: 'hidden',
    visibility: 'hidden',
    pointerEvents: 'none',
    fontFamily: 'sans-serif',
    fontSize: 'medium',
  });
  parent.append(probe);
  return probe;
}

/** The reader's text scale now, from the probe. */
export function readTextScale(probe: HTMLElement): number {
  return textScaleOf(parseFloat(getComputedStyle(probe).fontSize));
}
