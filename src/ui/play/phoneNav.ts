// On a phone the play screen is one column several screens long (the turn's bar with End turn,
// the map, the news and tracks, then the actors and options): a strip kept at the top of the
// window jumps to each part. Wider
// windows show every part at once and hide it (styles.css).
import { h } from '../dom';
import { jumpLink } from '../jumpLink';

/** The parts of the screen, by the ids of the regions playScreen makes. */
export const SCREEN_PARTS = [
  { id: 'turn-bar', text: 'Top' },
  { id: 'map', text: 'Map' },
  { id: 'reading', text: 'News' },
  { id: 'actions', text: 'Actions' },
] as const;

export function phoneNav(): HTMLElement {
  return h('nav', { class: 'phone-nav', attrs: { 'aria-label': 'Parts of the screen' } }, h('ul', null, SCREEN_PARTS.map((p) => h('li', null, jumpLink(p.id, p.text)))));
}
