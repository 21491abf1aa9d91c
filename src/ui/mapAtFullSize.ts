// The debrief's map on a phone: drawn for a phone's width, the picture keeps its names at the
// page's small text but has room for fewer of them (board/debriefPicture.ts). A toggle shows it
// 1,200 px wide, drawn again for that width, in a box that scrolls sideways, opened on the
// player's badge; on a wide screen (and on paper) the toggle is not shown.
import { button, h } from './dom';

/** `playerAcross`: how far across the picture the player's badge is now, a fraction of its width. */
export function mapAtFullSize(img: HTMLImageElement, playerAcross: () => number): HTMLElement {
  const box = h('div', { class: 'map-box' }, img);
  const toggle = button(
    'Map at full size',
    () => {
      const full = !box.classList.contains('full-size');
      box.classList.toggle('full-size', full);
      toggle.setAttribute('aria-pressed', String(full));
      if (full) box.scrollLeft = Math.max(0, playerAcross() * box.scrollWidth - box.clientWidth / 2);
    },
    { class: 'secondary map-size-toggle no-print', key: 'map-full-size', attrs: { 'aria-pressed': 'false' } },
  );
  return h('div', null, toggle, box);
}
