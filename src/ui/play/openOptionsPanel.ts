// Every option that can be proposed now, across all actors, with its cost and chance: a quick way
// to the right card. Open or folded as the player last left it.
import { optionActor, type GameState, type ScenarioIndex } from '../../engine';
import { chanceWords, type SeatsHeld } from './chanceWords';
import { button, h, type Child } from '../dom';
import { scenarioSpan } from '../scenarioText';
import { actorName } from '../text';
import type { PlayActions } from './playActions';

/** Whether the list is open, and what to do when the player opens or folds it. */
export interface OpenList {
  shown: boolean;
  toggled(open: boolean): void;
}

/** `openIds`: the options that can be proposed now (availableOptions), listed in file order. */
export function openOptionsPanel(index: ScenarioIndex, g: GameState, openIds: ReadonlySet<string>, list: OpenList, actions: PlayActions, seats: SeatsHeld = {}): Child {
  const open = index.scenario.options.filter((o) => openIds.has(o.id));
  const details = h(
    'details',
    { class: 'panel open-options', attrs: { open: list.shown } },
    h('summary', { key: 'open-options-summary' }, h('h2', null, `Options open now (${open.length})`)),
    open.length === 0
      ? h('p', { class: 'muted small' }, g.capital === 0 ? 'No capital left this turn.' : 'Nothing more can be proposed this turn.')
      : h(
          'ul',
          { class: 'open-list' },
          open.map((o) => {
            return h(
              'li',
              null,
              button(
                [h('span', { class: 'open-title' }, scenarioSpan(index, actorName(index, optionActor(index, o.id))), ': ', scenarioSpan(index, o.title)), h('span', { class: 'open-facts' }, `cost ${o.cost} · ${chanceWords(index, g, o.id, seats).short}`)],
                () => actions.goToOption(o.id),
                { class: 'link-button', key: `open-${o.id}` },
              ),
            );
          }),
        ),
  );
  details.addEventListener('toggle', () => list.toggled(details.open));
  return details;
}
