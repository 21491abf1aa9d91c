// On a phone the play screen is one column several screens long (the turn's bar, the map, the news
// and tracks, then the actors and options): a strip kept at the top of the window jumps to each
// part, and ends the turn from wherever the player is (the proposals are thousands of pixels below
// the turn's bar), saying the capital left. Wider windows show every part at once and hide it (styles.css).
import type { GameState, ScenarioIndex } from '../../engine';
import { button, h, render } from '../dom';
import { jumpLink } from '../jumpLink';
import { END_TURN_KEYS } from './playKeys';
import { lastTurn, queuedWords } from './topBar';

/** The parts of the screen, by the ids of the regions playScreen makes (the news: its panel, below the last turn's report). */
export const SCREEN_PARTS = [
  { id: 'turn-bar', text: 'Top' },
  { id: 'map', text: 'Map' },
  { id: 'news', text: 'News' },
  { id: 'actions', text: 'Actions' },
] as const;

export interface PhoneNav {
  element: HTMLElement;
  /** Redraws its End turn as the top bar's: the turn, and unavailable while the game waits for another answer. */
  update(g: GameState, planning: boolean): void;
}

export function phoneNav(index: ScenarioIndex, endTurn: () => void): PhoneNav {
  const endSlot = h('li', { class: 'phone-end-turn' });
  const element = h('nav', { class: 'phone-nav', attrs: { 'aria-label': 'Parts of the screen' } }, h('ul', null, SCREEN_PARTS.map((p) => h('li', null, jumpLink(p.id, p.text))), endSlot));
  return {
    element,
    update(g, planning) {
      // The capital left under it: deep in the options, the top bar that says it is screens away.
      // Heard as "End turn 2, 7 capital left, 1 proposal": its visible words, then what the top bar says of the plan.
      // The last turn's " and the game" is the top bar's to show: the strip has no room for it.
      const words = [`End turn ${g.turn}`, h('span', { class: 'sr-only' }, `${lastTurn(index, g) ? ' and the game' : ''}, `), h('span', { class: 'strip-capital' }, `${g.capital} capital left`), h('span', { class: 'sr-only' }, `, ${queuedWords(g)}`)];
      render(endSlot, button(words, endTurn, { class: 'primary', key: 'end-turn-strip', attrs: { 'aria-keyshortcuts': END_TURN_KEYS, 'aria-disabled': planning ? undefined : 'true' } }));
    },
  };
}
