// A student's first screen in a class game: the seats, who holds each, and a button to take a
// free one or join the students already on it.
import { announce } from '../announce';
import { button, h, render } from '../dom';
import { scenarioSpan, scenarioText } from '../scenarioText';
import { nameInSentence } from '../text';
import type { ScenarioIndex } from '../../engine';
import type { StudentRoom } from './classRoom';
import { computerSentence } from './computerWords';
import { namesList } from '../../app/namesList';
import { possessive } from '../../engine/names';

export function mountSeatPicker(root: HTMLElement, room: StudentRoom, index: ScenarioIndex): { update(): void } {
  const list = h('ul', { class: 'seat-picks', attrs: { 'aria-labelledby': 'pick-title' } });
  const refusal = h('p', { class: 'refusal', attrs: { role: 'alert' }, hidden: true });
  const heading = h('h1', { id: 'pick-title', tabIndex: -1 }, 'Choose your seat');
  root.replaceChildren(
    h(
      'main',
      { class: 'seat-picker panel' },
      heading,
      h('p', null, scenarioSpan(index, index.scenario.title), `: take a free seat to play that state, or join the students already on a seat to play it as a team (one of you submits, the others suggest). Seats nobody takes are played by the computer.`),
      h('p', { class: 'small', attrs: { 'data-testid': 'computer-player' } }, computerSentence(room.state().computer)),
      refusal,
      list,
    ),
  );

  /** `name`: the seat's name as inside a sentence. */
  const take = (actor: string, name: string) => {
    void room.takeSeat(actor).then((reason) => {
      refusal.hidden = reason === null;
      refusal.textContent = reason === null ? '' : `You cannot take ${possessive(name)} seat: ${reason}.`;
      announce(reason === null ? `You play ${name}.` : refusal.textContent);
    });
  };

  function update(): void {
    const { lobby } = room.state();
    render(
      list,
      lobby.seats.map((seat) => {
        const names = seat.members.map((m) => m.name);
        return h(
          'li',
          { class: 'seat-pick', attrs: { 'data-seat': seat.actor } },
          scenarioText(index, 'h2', null, seat.name),
          h('p', { class: 'small' }, seat.computer ? 'The teacher gave this seat to the computer.' : names.length === 0 ? 'Free: nobody plays it yet (the computer does until someone takes it).' : `Played by ${namesList(names)}.`),
          seat.computer
            ? null
            : button(names.length === 0 ? `Take ${possessive(nameInSentence(index, seat.actor))} seat` : `Join ${namesList(names)} on ${nameInSentence(index, seat.actor)}`, () => take(seat.actor, nameInSentence(index, seat.actor)), { class: names.length === 0 ? 'primary' : 'secondary', key: `take-${seat.actor}` }),
        );
      }),
    );
  }
  update();
  heading.focus();
  return { update };
}
