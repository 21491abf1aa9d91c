// The seats of a class game as a table: each state, who holds it (connected or not), whether the
// computer plays it, and which seat the game waits for. The teacher's screen and the students'
// seat choice draw the same table, each with its own buttons in the last column.
import type { SeatInfo } from '../../net/protocol';
import { h, type Child } from '../dom';
import { scenarioSpan, type LanguageOf } from '../scenarioText';

/** `over`: the game has ended, so who is still connected no longer matters; `language`: the scenario's, its states' names'. */
export function seatTable(seats: readonly SeatInfo[], waitingFor: string | null, actions: ((seat: SeatInfo) => Child) | null, caption: string, over: boolean, language: LanguageOf): HTMLElement {
  return h(
    'table',
    { class: 'data seat-table', attrs: { 'data-testid': 'seat-table' } },
    h('caption', { class: 'sr-only' }, caption),
    h(
      'thead',
      null,
      h('tr', null, h('th', { attrs: { scope: 'col' } }, 'State'), h('th', { attrs: { scope: 'col' } }, 'Played by'), actions ? h('th', { attrs: { scope: 'col' } }, h('span', { class: 'sr-only' }, 'Actions')) : null),
    ),
    h(
      'tbody',
      null,
      seats.map((seat) =>
        h(
          'tr',
          { class: seat.actor === waitingFor ? 'waiting' : '', attrs: { 'data-seat': seat.actor } },
          h('th', { attrs: { scope: 'row' } }, scenarioSpan(language, seat.name), seat.actor === waitingFor ? h('span', { class: 'waiting-mark' }, ' — the game waits for this seat') : null),
          h('td', null, holderWords(seat, over)),
          actions ? h('td', { class: 'seat-actions' }, actions(seat)) : null,
        ),
      ),
    ),
  );
}

function holderWords(seat: SeatInfo, over: boolean): Child {
  // A team's seat waits for a student who lost the connection only when none of the team is connected.
  const lost = seat.members.some((m) => m.connected) ? ' — connection lost' : ' — connection lost, the seat waits';
  const members = seat.members.map((m) =>
    h(
      'li',
      { class: over ? 'member' : m.connected ? 'member connected' : 'member away' },
      over ? null : h('span', { class: 'presence', attrs: { 'aria-hidden': 'true' } }, m.connected ? '●' : '○'),
      ` ${m.name}`,
      m.id === seat.submitter && seat.members.length > 1 ? h('span', { class: 'muted' }, ' (submits)') : null,
      m.connected || over ? null : h('span', { class: 'muted' }, lost),
    ),
  );
  const computer = seat.computer ? 'The computer (the teacher gave it the seat)' : seat.members.length === 0 ? 'The computer (nobody has taken the seat)' : null;
  return [computer ? h('p', { class: 'computer-seat' }, computer) : null, members.length > 0 ? h('ul', { class: 'members' }, members) : null];
}
