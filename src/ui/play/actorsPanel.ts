// The actors, each a button with its relation, trust and open options: pressing one shows its
// options; focusing or pointing at one lights its marker on the board.
import type { GameState, ScenarioIndex } from '../../engine';
import { button, h, signed, type Child } from '../dom';
import type { PlayActions } from './playActions';
import { scenarioText } from '../scenarioText';

/** The actor whose options are shown, the one under the pointer on the board, and the board's highlight. */
export interface ActorMarks {
  selected: string;
  hovered: string | null;
  highlight(actor: string | null): void;
}

/** `open`: the options that can be proposed now (availableOptions), counted for each actor. */
export function actorsPanel(index: ScenarioIndex, g: GameState, open: ReadonlySet<string>, marks: ActorMarks, actions: PlayActions): Child {
  const { scenario } = index;
  return h(
    'section',
    { class: 'panel actors', attrs: { 'aria-labelledby': 'actors-title' } },
    h('h2', { id: 'actors-title' }, 'Actors'),
    h(
      'ul',
      { class: 'actor-list' },
      scenario.actors.map((a, slot) => {
        const now = g.actors[slot]!;
        const openHere = scenario.options.filter((o) => o.target === a.id && open.has(o.id)).length;
        const isSelected = a.id === marks.selected;
        return h(
          'li',
          null,
          button(
            [
              scenarioText(index, 'span', { class: 'actor-name' }, a.name),
              h('span', { class: 'actor-stats' }, `relation ${signed(now.relation)} · trust ${now.trust}`),
              h('span', { class: 'actor-open' }, openHere === 0 ? 'no option now' : `${openHere} option${openHere === 1 ? '' : 's'} open`),
            ],
            () => actions.select(a.id),
            {
              class: `actor-button${isSelected ? ' selected' : ''}${marks.hovered === a.id ? ' hovered' : ''}`,
              key: `actor-${a.id}`,
              attrs: { 'aria-pressed': isSelected ? 'true' : 'false', 'data-actor': a.id },
              // Focus or pointer on an actor's button lights its marker on the map.
              on: {
                focus: () => marks.highlight(a.id),
                blur: () => marks.highlight(null),
                mouseenter: () => marks.highlight(a.id),
                mouseleave: () => marks.highlight(null),
              },
            },
          ),
        );
      }),
    ),
  );
}
