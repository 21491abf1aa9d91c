// A student's screen once the teacher has given their seat to the computer: it says so plainly,
// offers nothing to decide for the seat, and says what the student can do now (take another seat,
// or watch the game here until the teacher gives the seat back). The screen kept offering the
// seat's moves, each refused in turn, and nothing said why.
import { capitalized, possessive } from '../../engine';
import { announce } from '../announce';
import { button, h, render } from '../dom';
import { openLogDialog } from '../gameDialogs';
import { reportPanel } from '../play/reportPanel';
import { tracksPanel } from '../play/tracksPanel';
import { nameInSentence, seatWords } from '../text';
import type { StudentRoom } from './classRoom';

/** The words of the screen, from the room's seats: what happened, who plays the seat, what the student can do. */
export function givenSeatWords(seatName: string, computer: string, otherSeatsOpen: boolean): { title: string; who: string; next: string } {
  return {
    title: `Your teacher gave ${possessive(seatName, '’')} seat to the computer`,
    who: `${capitalized(seatWords(computer))} plays ${seatName} now: the game asks you nothing for it, and your choices no longer count.`,
    next: otherSeatsOpen
      ? `You can stay here and watch the game: if your teacher gives ${possessive(seatName, '’')} seat back, you play it again from this screen. Or take another seat (a free one, or join the students on one); ${possessive(seatName, '’')} seat is then no longer yours.`
      : `Every other seat is the computer’s too, so stay here and watch the game. If your teacher gives ${possessive(seatName, '’')} seat back, you play it again from this screen.`,
  };
}

/** `chooseAnother`: leaves the seat, for the choice of seats. */
export function mountGivenSeat(root: HTMLElement, room: StudentRoom, seat: string, chooseAnother: () => void): () => void {
  const index = room.game().index;
  const seatName = nameInSentence(index, seat);
  const title = h('h1', { id: 'given-title', tabIndex: -1, attrs: { 'data-testid': 'seat-given' } });
  const who = h('p', { class: 'waiting-big' });
  const next = h('p', { attrs: { 'data-testid': 'seat-given-next' } });
  const actions = h('div', { class: 'row' });
  const news = h('div', { class: 'class-given-news' });
  root.replaceChildren(h('main', { class: 'class-given-screen' }, h('section', { class: 'panel class-given', attrs: { 'aria-labelledby': 'given-title' } }, title, who, next, actions), news));

  let drawnGame: unknown = null;
  function draw(): void {
    const state = room.state();
    const open = state.lobby.seats.some((s) => s.actor !== seat && !s.computer);
    const words = givenSeatWords(seatName, state.computer, open);
    title.textContent = words.title;
    who.textContent = words.who;
    next.textContent = words.next;
    const g = room.game().session.game();
    render(actions, [
      open ? button('Choose another seat', chooseAnother, { class: 'primary', key: 'given-choose-seat' }) : null,
      button('Game log', () => openLogDialog(index, g, state.notes), { class: 'secondary', key: 'given-log' }),
    ]);
    // What happened last turn and where the tracks stand: the game the student now watches.
    if (g !== drawnGame) render(news, [reportPanel(index, g, false), tracksPanel(index, g)]);
    drawnGame = g;
  }
  draw();
  title.focus();
  announce(`${title.textContent}. ${who.textContent}`);
  return room.onChange(draw);
}
