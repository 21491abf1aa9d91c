// The strip above a student's screen in a class game: the code, the seat and its team, the room's
// note and the team's suggestions; under it, the clock strip (for whom the game waits, the turn's
// countdown, the connection, what this device sent and the room has not answered), which a phone keeps at the window's top as the student scrolls (it
// scrolled away with the rest): a box of its own, as a sticky box stays within its parent's.
import type { ScenarioIndex } from '../../engine';
import { button, h, render } from '../dom';
import { phrase, phraseNodes } from '../scenarioText';
import { nameInSentence } from '../text';
import type { StudentRoom } from './classRoom';
import { clockTicker } from './clockTicker';
import { connectionWords, watchDeviceOnline } from './connectionWords';
import { eventWords } from './eventWords';
import { spacedCode } from './joinCode';
import { noteLine } from './noteLine';
import { downloadClassRecord } from './recordDownload';
import { namesList } from '../../app/namesList';
import { possessive } from '../../engine/names';
import { unsentLine } from './unsentLine';
import { waitingSentence } from './waitingWords';

export function classBar(room: StudentRoom, index: ScenarioIndex, leaveSeat: (() => void) | null): { element: HTMLElement; strip: HTMLElement; update(): void; dispose(): void } {
  const who = h('p', { class: 'class-who' });
  const connection = h('p', { class: 'connection', attrs: { role: 'alert', 'data-testid': 'connection' } });
  const waiting = h('p', { class: 'waiting-line', attrs: { 'data-testid': 'waiting' } });
  const clock = h('p', { class: 'clock-line', attrs: { 'data-testid': 'clock' } });
  const leave = leaveSeat ? button('Leave the seat', leaveSeat, { class: 'secondary small', key: 'class-leave-seat' }) : null;
  const download = button('Download the record', () => downloadClassRecord(room), { class: 'secondary small', key: 'class-download' });
  const note = noteLine(room);
  const suggestions = h('div', { class: 'suggestions', attrs: { 'aria-live': 'polite', 'data-testid': 'suggestions' } });
  const element = h('section', { class: 'class-bar', attrs: { 'aria-label': 'Class game' } }, h('div', { class: 'class-bar-row' }, who, h('div', { class: 'class-bar-actions' }, download, leave)), note.element, suggestions);
  const device = watchDeviceOnline(() => update());
  const unsent = unsentLine(room, device);
  const strip = h('section', { class: 'class-clock-strip', attrs: { 'aria-label': 'The turn now' } }, waiting, clock, connection, unsent.element);
  const ticker = clockTicker(clock, () => room.state());

  function update(): void {
    const state = room.state();
    const seat = state.lobby.seats.find((s) => s.actor === state.seat) ?? null;
    const me = seat?.members.find((m) => m.id === state.memberId);
    const others = seat?.members.filter((m) => m.id !== state.memberId).map((m) => m.name) ?? [];
    const submitter = seat?.members.find((m) => m.id === seat.submitter);
    who.textContent = seat
      ? seat.computer
        ? `Class ${spacedCode(state.code)} · ${me?.name ?? 'you'}, on ${possessive(nameInSentence(index, seat.actor), '’')} seat, which the computer plays now`
        : `Class ${spacedCode(state.code)} · ${me?.name ?? 'you'}, playing ${nameInSentence(index, seat.actor)}${others.length > 0 ? ` with ${namesList(others)}` : ''}${others.length > 0 && submitter ? ` · ${submitter.id === state.memberId ? 'you submit the team’s choices' : `${submitter.name} submits, you suggest`}` : ''}`
      : `Class ${spacedCode(state.code)}`;
    connection.textContent = connectionWords(state.connection, device.online(), 'student');
    connection.hidden = connection.textContent === '';
    if (leave) leave.hidden = state.seat === null || state.ended !== null;
    // Before the start there is no game to record yet.
    download.hidden = !state.clock.started && state.ended === null;
    waiting.textContent = state.ended ? '' : waitingSentence({ index, snapshot: room.game().session.snapshot(), seats: state.lobby.seats, clock: state.clock, mySeat: state.seat });
    const { game: g, asking } = room.game().session.snapshot().context;
    unsent.update();
    render(suggestions, state.suggestions.length === 0 ? null : [h('h2', { class: 'sr-only' }, 'Your team suggests'), h('ul', null, state.suggestions.map((s) => h('li', null, h('strong', null, s.from), phraseNodes(index, phrase` suggests: ${eventWords(index, g, s.event, asking)}`))))]);
    note.update();
    ticker.update();
    // Nothing to say (a game closed or ended): no empty band.
    strip.hidden = waiting.textContent === '' && clock.textContent === '' && connection.hidden && unsent.element.hidden;
  }
  update();
  return {
    element,
    strip,
    update,
    dispose: () => {
      ticker.stop();
      device.stop();
      unsent.stop();
    },
  };
}
