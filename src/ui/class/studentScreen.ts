// A student's screen in a class game: the class strip on top; below it the seat choice, then the
// seat itself (Russia's play screen, or another state's questions), then the debrief at the end.
import './class.css';
import type { BrowserGame } from '../../app/browser/game';
import { announce } from '../announce';
import { button, h } from '../dom';
import { mountPlayScreen } from '../playScreen';
import { nameInSentence } from '../text';
import { possessive } from '../../engine';
import { classBar } from './classBar';
import type { StudentRoom } from './classRoom';
import { mountClassSeat } from './classSeatView';
import { mountGivenSeat } from './givenSeatView';
import { downloadClassRecord } from './recordDownload';
import { mountSeatPicker } from './seatPicker';
import { followStripHeight } from './stripHeight';

export interface StudentNav {
  /** The game is over: the debrief, with the record to download. */
  ended(game: BrowserGame): void;
  leave(): void;
  /** The play screen's "Quit to start": asks first, as the browser's Back does (the seat waits for its student, and the start page offers no way back but the join link). */
  quit(): void;
}

export function mountStudentScreen(root: HTMLElement, room: StudentRoom, nav: StudentNav): () => void {
  const game = room.game();
  const index = game.index;
  const body = h('div', { class: 'class-student-body' });
  const leaveSeat = () => void room.leaveSeat().then((reason) => reason && announce(`You could not leave the seat: ${reason}.`));
  const bar = classBar(room, index, leaveSeat);
  const screen = h('div', { class: 'class-student' }, bar.element, bar.strip, body);
  root.replaceChildren(screen);
  const stopFollowing = followStripHeight(bar.strip);

  type Shown = { kind: 'picker'; update(): void } | { kind: 'seat'; seat: string } | { kind: 'given'; seat: string } | { kind: 'stopped'; reason: string };
  let shown: Shown | null = null;
  let disposeView: () => void = () => undefined;
  let over = false;

  function show(next: Shown, mountView: () => () => void): void {
    disposeView();
    shown = next;
    disposeView = mountView();
  }

  function update(): void {
    bar.update();
    const state = room.state();
    if (game.phase() === 'over') {
      if (over) return;
      over = true;
      disposeView();
      return nav.ended(game);
    }
    if (state.ended === 'teacher' || state.ended === 'closed') {
      if (shown?.kind === 'stopped' && shown.reason === state.ended) return;
      return show({ kind: 'stopped', reason: state.ended }, () => stoppedView(state.ended as 'teacher' | 'closed'));
    }
    if (state.seat === null) {
      if (shown?.kind === 'picker') return shown.update();
      let picker: { update(): void } | null = null;
      show({ kind: 'picker', update: () => picker?.update() }, () => {
        picker = mountSeatPicker(body, room, index);
        return () => undefined;
      });
      return;
    }
    const seat = state.seat;
    // The teacher gave the seat to the computer: the student stays on it (and plays it again if it
    // is given back), but decides nothing for it meanwhile.
    if (state.lobby.seats.find((s) => s.actor === seat)?.computer) {
      if (shown?.kind === 'given' && shown.seat === seat) return;
      return show({ kind: 'given', seat }, () => mountGivenSeat(body, room, seat, leaveSeat));
    }
    if (shown?.kind === 'seat' && shown.seat === seat) return;
    if (shown?.kind === 'given' && shown.seat === seat) announce(`Your teacher gave ${possessive(nameInSentence(index, seat), '’')} seat back to you: you play it again.`);
    show({ kind: 'seat', seat }, () =>
      seat === index.scenario.player.id
        ? mountPlayScreen(body, game, { quit: nav.quit, ended: () => update() })
        : mountClassSeat(body, game, seat),
    );
  }

  function stoppedView(reason: 'teacher' | 'closed'): () => void {
    body.replaceChildren(
      h(
        'main',
        { class: 'panel class-stopped' },
        h('h1', { tabIndex: -1, attrs: { 'data-testid': 'class-stopped' } }, reason === 'closed' ? 'The teacher has closed the game for now' : 'The teacher has ended the game'),
        h('p', null, reason === 'closed' ? `It goes on in a later lesson, with the same code (${room.state().code}): open the join link again then, and take your seat back.` : 'The game ends here. Its debrief judges it as it stood; its record replays on any device and compares with the class’s other games.'),
        // A class that ran out of time discusses the game as it stood.
        reason === 'teacher' ? button('See the debrief', () => nav.ended(game), { class: 'primary', key: 'stopped-debrief' }) : null,
        button('Download the record', () => downloadClassRecord(room), { class: reason === 'teacher' ? 'secondary' : 'primary', key: 'stopped-download' }),
        button('Back to start', () => nav.leave(), { class: 'secondary', key: 'stopped-leave' }),
      ),
    );
    body.querySelector<HTMLElement>('h1')?.focus();
    return () => undefined;
  }

  const unsubscribe = room.onChange(update);
  update();
  return () => {
    unsubscribe();
    stopFollowing();
    bar.dispose();
    disposeView();
  };
}
