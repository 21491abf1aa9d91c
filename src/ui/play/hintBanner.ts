// The scenario's hint for this turn, if it has one: shown until the player hides it, and then a
// button to show it again. A hint hidden stays hidden for the rest of its turn.
import type { GameState, ScenarioIndex } from '../../engine';
import { button, h, type Child } from '../dom';
import { scenarioText } from '../scenarioText';

/** The turn whose hint the player hid (0: none), and how to change it. */
export interface HintToggle {
  hiddenTurn: number;
  setHiddenTurn(turn: number): void;
}

export function hintBanner(index: ScenarioIndex, g: GameState, toggle: HintToggle): Child {
  const hints = index.scenario.hints.filter((x) => x.turn === g.turn);
  if (hints.length === 0) return null;
  if (toggle.hiddenTurn === g.turn) return button('Show the hint', () => toggle.setHiddenTurn(0), { class: 'secondary show-hint', key: 'toggle-hint' });
  return h(
    'aside',
    { class: 'hint', attrs: { 'aria-labelledby': 'hint-title' } },
    h('h2', { id: 'hint-title' }, 'Hint'),
    hints.map((x) => scenarioText(index, 'p', null, x.text)),
    button('Hide the hint', () => toggle.setHiddenTurn(g.turn), { class: 'secondary small', key: 'toggle-hint' }),
  );
}
