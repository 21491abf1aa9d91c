// The hand-over screen of a hot-seat game: it replaces the last seat's screen (so that view is
// hidden from the next person) and waits until the next seat's player says they are ready.
import { capitalized, possessive } from '../../engine';
import { announce } from '../announce';
import { button, h } from '../dom';

/** `seatName`, `lastSeat`: names as inside a sentence (seatName of seatScreen.ts); capitalized here at a sentence's start. */
export function mountHandOver(root: HTMLElement, seatName: string, lastSeat: string | null, ready: () => void): () => void {
  const go = button(`I am ${possessive(seatName, '’')} player: show my screen`, ready, { class: 'primary big', key: 'hand-over-ready', attrs: { 'data-testid': 'hand-over-ready' } });
  const title = h('h1', { id: 'hand-over-title', tabIndex: -1 }, `Pass the device to ${possessive(seatName, '’')} player`);
  const screen = h(
    'div',
    { class: 'screen hand-over' },
    h(
      'main',
      { class: 'hand-over-main panel', attrs: { 'aria-labelledby': 'hand-over-title' } },
      title,
      h('p', null, lastSeat ? `${possessive(capitalized(lastSeat), '’')} screen is hidden. ${possessive(capitalized(seatName), '’')} player: press the button when only you can see the screen.` : `${possessive(capitalized(seatName), '’')} player: press the button when only you can see the screen.`),
      go,
    ),
  );
  root.replaceChildren(screen);
  title.focus();
  announce(`Pass the device to ${possessive(seatName, '’')} player.`, true);
  return () => undefined;
}
