// The play screen's top bar: the scenario, the date and turn, the capital left, the game's menu
// and the End turn button with the proposals it will send.
import type { GameState, ScenarioIndex } from '../../engine';
import { button, h, type Child } from '../dom';
import { scenarioText } from '../scenarioText';
import { dateOf } from '../text';
import { END_TURN_KEYS } from './playKeys';

/** What the top bar's buttons do. */
export interface GameMenu {
  whatIf(): void;
  log(): void;
  sources(): void;
  share(): void;
  quit(): void;
  endTurn(): void;
}

/** What End turn will send: "no proposals", "1 proposal", "3 proposals" (the top bar's and the phone's strip's). */
export function queuedWords(g: GameState): string {
  const queued = g.proposals.length;
  return queued === 0 ? 'no proposals' : `${queued} proposal${queued === 1 ? '' : 's'}`;
}

/** Whether ending this turn ends the game (its last turn): End turn says so (" and the game"). */
export function lastTurn(index: ScenarioIndex, g: GameState): boolean {
  return g.turn === index.scenario.calendar.turns;
}

/** `planning`: whether the game waits for the player's plan; otherwise End turn is shown unavailable. */
export function topBar(index: ScenarioIndex, g: GameState, planning: boolean, menu: GameMenu): Child {
  const { scenario } = index;
  return [
    h('div', { class: 'brand' }, h('span', { class: 'game-name' }, 'Pivot East'), scenarioText(index, 'h1', { class: 'scenario-title' }, scenario.title)),
    h(
      'p',
      { class: 'turn-info', attrs: { 'data-testid': 'turn-info' } },
      h('span', { class: 'date' }, dateOf(index, g.turn)),
      h('span', { class: 'turn' }, `Turn ${g.turn} of ${scenario.calendar.turns}`),
    ),
    h(
      'p',
      { class: 'capital', attrs: { 'data-testid': 'capital' } },
      h('span', { class: 'label' }, 'Diplomatic capital'),
      h('strong', null, String(g.capital)),
      h('span', { class: 'muted' }, ` of ${scenario.capital.max}`),
    ),
    h(
      'nav',
      { class: 'game-menu', attrs: { 'aria-label': 'Game' } },
      button('What if?', () => menu.whatIf(), { class: 'secondary', key: 'open-advisor' }),
      button('Game log', () => menu.log(), { class: 'secondary', key: 'open-log' }),
      button('Sources', () => menu.sources(), { class: 'secondary', key: 'open-sources' }),
      button('Save & share', () => menu.share(), { class: 'secondary', key: 'open-share' }),
      button('Quit to start', () => menu.quit(), { class: 'secondary', key: 'quit' }),
    ),
    button(
      [`End turn ${g.turn}${lastTurn(index, g) ? ' and the game' : ''}`, h('span', { class: 'end-turn-note' }, ` (${queuedWords(g)})`)],
      () => menu.endTurn(),
      // While another seat decides (a class game), it is shown unavailable but keeps its focus,
      // and a press says in words what the game waits for.
      { class: 'primary end-turn', key: 'end-turn', attrs: { 'aria-keyshortcuts': END_TURN_KEYS, 'aria-disabled': planning ? undefined : 'true' } },
    ),
  ];
}
