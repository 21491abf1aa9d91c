// The steps the player takes alone (options without a target): no one weighs them, they are
// carried out at the turn's resolution, and others react through their moves and crises.
import type { ScenarioIndex } from '../../engine';
import { h, type Child } from '../dom';
import { sentenceStartName } from '../text';

/** The panel of the player's own steps, each drawn by the play screen's option card; null when the scenario has none. */
export function ownStepsPanel(index: ScenarioIndex, card: (id: string) => HTMLElement): Child {
  const own = index.scenario.options.filter((o) => o.target === undefined);
  if (own.length === 0) return null;
  const player = sentenceStartName(index, index.scenario.player.id);
  return h(
    'section',
    { class: 'panel own-steps', attrs: { 'aria-labelledby': 'own-steps-title' } },
    h('h2', { id: 'own-steps-title' }, `${player} acts alone`),
    h('p', { class: 'small muted' }, 'No one is asked: a step you choose is carried out at the end of the turn. Others may react with their own moves or a crisis.'),
    h('ul', { class: 'options' }, own.map((o) => card(o.id))),
  );
}
