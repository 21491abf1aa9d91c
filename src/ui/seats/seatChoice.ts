// Hot-seat: before the game starts, each other state's seat is given to the computer (the
// scenario's rules, or the expert, which plays each of the seat's questions out for that state's
// interests) or to a person on this device. Russia is always a person's.
import type { ScenarioIndex, SeatHolder } from '../../engine';
import { announce } from '../announce';
import { button, h } from '../dom';
import { scenarioSpan, scenarioText } from '../scenarioText';
import { sentenceStartName } from '../text';

export function mountSeatChoice(root: HTMLElement, index: ScenarioIndex, actions: { start(seats: Record<string, SeatHolder>): void; back(): void }): () => void {
  const { scenario } = index;
  const radios = scenario.actors.map((actor) => {
    const group = `seat-${actor.id}`;
    const radio = (value: 'rule' | 'expert' | 'person', label: string, checked: boolean) =>
      h('label', { class: 'seat-radio' }, h('input', { type: 'radio', value, attrs: { name: group, checked, 'data-testid': `${group}-${value}` } }), ' ', label);
    return {
      actor,
      element: h(
        'fieldset',
        { class: 'seat-field' },
        scenarioText(index, 'legend', null, actor.name),
        radio('rule', 'Computer (the scenario’s rules)', true),
        radio('expert', 'Computer (the expert: plays the future out for this state)', false),
        radio('person', 'A person on this device', false),
      ),
    };
  });
  const error = h('p', { class: 'field-error', attrs: { role: 'alert' }, hidden: true });
  const start = () => {
    const seats: Record<string, SeatHolder> = {};
    for (const { actor, element } of radios) {
      const holder = element.querySelector<HTMLInputElement>('input:checked')!.value as SeatHolder;
      if (holder !== 'rule') seats[actor.id] = holder;
    }
    if (!Object.values(seats).includes('person')) {
      error.textContent = `Give at least one state to a person, or go back and start a game without hot-seat.`;
      error.hidden = false;
      announce(error.textContent);
      return;
    }
    actions.start(seats);
  };
  const title = h('h1', { id: 'seat-choice-title', tabIndex: -1 }, 'Who plays which state? ', scenarioSpan(index, scenario.title));
  const screen = h(
    'div',
    { class: 'screen seat-choice' },
    h(
      'main',
      { class: 'seat-choice-main panel', attrs: { 'aria-labelledby': 'seat-choice-title' } },
      title,
      h('p', null, `${sentenceStartName(index, scenario.player.id)} is played by a person. Each other state is played by the computer, by the scenario’s rules or by the expert (slower: it plays each decision out to the end of the game), or by a person on this device: the device is passed between the people, and each sees their own state’s choices.`),
      h(
        'form',
        {
          on: {
            submit: (e) => {
              e.preventDefault();
              start();
            },
          },
        },
        radios.map((r) => r.element),
        error,
        h('div', { class: 'seat-actions' }, h('button', { type: 'submit', class: 'primary big', attrs: { 'data-testid': 'seat-choice-start' } }, 'Start the hot-seat game'), button('Back', actions.back, { class: 'secondary', key: 'seat-choice-back' })),
      ),
    ),
  );
  root.replaceChildren(screen);
  title.focus();
  return () => undefined;
}
