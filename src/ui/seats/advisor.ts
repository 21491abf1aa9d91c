// The advisor's view beside a seat's choice: how the scenario's rules would weigh it, folded away.
import { h } from '../dom';

export function advisor(table: HTMLElement | null, verdict: string): HTMLElement {
  return h('details', { class: 'advisor why-inline' }, h('summary', null, 'The advisor’s view (the scenario’s rules)'), table, h('p', { class: 'small' }, verdict));
}
