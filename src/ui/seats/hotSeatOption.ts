// The start screen's hot-seat box: when ticked, Start leads to the choice of seats (seatChoice.ts).
import { h } from '../dom';

/** `ticked`: as it was left (back from the choice of seats). */
export function hotSeatOption(ticked = false): { element: HTMLElement; checked(): boolean } {
  const box = h('input', { id: 'hot-seat', type: 'checkbox', attrs: { 'aria-describedby': 'hot-seat-help', 'data-testid': 'hot-seat' } });
  box.checked = ticked;
  const element = h(
    'div',
    { class: 'hot-seat-option' },
    h('label', { attrs: { for: 'hot-seat' } }, box, ' Hot-seat: other states played by people on this device'),
    h('p', { class: 'small muted', id: 'hot-seat-help' }, 'You choose which states people play after Start; the device is passed between them.'),
  );
  return { element, checked: () => box.checked };
}
