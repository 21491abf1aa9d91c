// A link to one of the teachers' reference pages the build ships as plain text beside the game
// (scripts/shippedDocs.ts), opened in a new tab so the draft stays where it is.
import type { ShippedDoc } from '../../app/shippedDocs';
import { h } from '../dom';

export function docLink(name: ShippedDoc, words: string): HTMLAnchorElement {
  return h('a', { attrs: { href: `docs/${name}.txt`, target: '_blank', rel: 'noopener', 'data-doc': name } }, words, h('span', { class: 'sr-only' }, ` (docs/${name}.md, opens in a new tab)`));
}
