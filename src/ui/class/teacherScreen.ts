// The teacher's screen of a class game: the join code in large type, the link and its QR code;
// the seats (who holds each, connected or not, which one the game waits for) and the board; and
// the teacher's controls. Everything drawn comes from the room's state and the local replica.
import './class.css';
import { turnLabel, type GameState, possessive } from '../../engine';
import { scenarioSpan, scenarioText } from '../scenarioText';
import { nameInSentence, sentenceStartName } from '../text';
import { copyText } from '../../app/browser/files';
import type { SeatInfo, TeacherAction } from '../../net/protocol';
import type { BrowserGame } from '../../app/browser/game';
import { announce } from '../announce';
import { board } from '../boardHost';
import { buildBoardView } from '../boardModel';
import { openDialog } from '../dialog';
import { button, h, render, type Child } from '../dom';
import { openLogDialog } from '../gameDialogs';
import type { TeacherRoom } from './classRoom';
import { clockTicker } from './clockTicker';
import { computerSentence } from './computerWords';
import { spacedCode } from './joinCode';
import { qrSvg } from './qrCode';
import { downloadClassRecord } from './recordDownload';
import { localLinkWarning } from './localLink';
import { noteLine } from './noteLine';
import { reportPanel } from '../play/reportPanel';
import { tracksPanel } from '../play/tracksPanel';
import { seatTable } from './seatTable';
import { waitingSeat, waitingSentence } from './waitingWords';
import { connectionWords, watchDeviceOnline } from './connectionWords';
import { unsentLine } from './unsentLine';

export interface TeacherNav {
  /** Back to the start screen (the room goes on without the teacher's screen). */
  leave(): void;
  /** The game's debrief, as a player's after a game on the device (with the notes for teachers). */
  debrief(game: BrowserGame): void;
}

export function mountTeacherScreen(root: HTMLElement, room: TeacherRoom, joinLink: string, nav: TeacherNav): () => void {
  const index = room.game().index;
  const { scenario } = index;
  // What the teacher's last action did, and the turn it was sent in (the room's events may come
  // before its answer).
  let said: { text: string; turn: number; refused: boolean } | null = null;
  let drawnGame: GameState | null = null; // the game the report and tracks were last drawn for
  const turnInfo = h('p', { class: 'turn-info', attrs: { 'data-testid': 'turn-info' } });
  const connection = h('p', { class: 'connection', attrs: { role: 'status' } });
  const device = watchDeviceOnline(() => draw());
  // What the teacher did offline (a pause, a seat given…) changes nothing until it reaches the room: said meanwhile.
  const unsent = unsentLine(room, device);
  const waiting = h('p', { class: 'waiting-line', attrs: { 'data-testid': 'waiting' } });
  const clock = h('p', { class: 'clock-line', attrs: { 'data-testid': 'clock' } });
  const statusLine = h('p', { class: 'status-line', attrs: { role: 'status' } });
  const note = noteLine(room);
  const controls = h('div', { class: 'teacher-controls' });
  const seats = h('div', { class: 'seats-slot' });
  const slot = h('div', { class: 'board-slot' });
  // What happened last turn and where the tracks stand: the class's game, as the players read it
  // (the teacher's screen had only the map, the seats and the log).
  const reading = h('div', { class: 'teacher-reading', attrs: { 'data-testid': 'teacher-reading' } });
  const code = room.state().code;
  const localOnly = localLinkWarning(joinLink);
  const joinPanel = h(
    'section',
    { class: 'panel join-panel', attrs: { 'aria-labelledby': 'join-title', 'data-testid': 'join-panel' } },
    h('h2', { id: 'join-title' }, 'Students join with'),
    h('p', { class: 'join-code', attrs: { 'data-testid': 'join-code', 'aria-label': `Join code ${code.split('').join(' ')}` } }, spacedCode(code)),
    h('p', { class: 'small' }, 'on the game’s start page (“Join a class game”), or by the link or the QR code:'),
    h('input', { type: 'text', value: joinLink, attrs: { readonly: true, 'aria-label': 'Join link', 'data-testid': 'join-link' }, on: { focus: (e) => (e.target as HTMLInputElement).select() } }),
    localOnly === null ? null : h('p', { class: 'notice small', attrs: { 'data-testid': 'local-link' } }, localOnly),
    button('Copy the link', () => void copyText(joinLink).then((ok) => say(ok ? 'The link is copied.' : 'The browser did not allow copying: select the link and copy it.')), { class: 'secondary small', key: 'copy-join-link' }),
    h('div', { class: 'qr-slot' }, qrSvg(joinLink, `QR code of the join link ${joinLink}`)),
  );

  const statePanel = h(
    'section',
    { class: 'panel class-state', attrs: { 'aria-labelledby': 'class-state-title' } },
    h('h2', { id: 'class-state-title' }, 'The game now'),
    waiting,
    clock,
    note.element,
    statusLine,
    controls,
  );
  const leftColumn = h('div', { class: 'host-column host-left' }, joinPanel, statePanel);
  // Two columns beside the map: the join panel and the game's controls; the seats and what happened.
  const main = h(
    'main',
    { class: 'host-main' },
    leftColumn,
    slot,
    h(
      'div',
      { class: 'host-column host-right' },
      h(
        'section',
        { class: 'panel seats-panel', attrs: { 'aria-labelledby': 'seats-title' } },
        h('h2', { id: 'seats-title' }, 'Seats'),
        h('p', { class: 'small', attrs: { 'data-testid': 'computer-player' } }, computerSentence(room.state().computer)),
        seats,
      ),
      reading,
    ),
  );
  const screen = h(
    'div',
    { class: 'screen class-teacher' },
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'game-name' }, 'Pivot East — class game'), scenarioText(index, 'h1', { class: 'scenario-title', tabIndex: -1 }, scenario.title)),
      turnInfo,
      connection,
      unsent.element,
      h(
        'nav',
        { class: 'game-menu', attrs: { 'aria-label': 'Class game' } },
        button('Game log', () => openLogDialog(index, room.game().session.game(), room.state().notes), { class: 'secondary', key: 'class-log' }),
        button('Download the record', () => downloadClassRecord(room), { class: 'secondary', key: 'class-download' }),
        button('Back to start', () => nav.leave(), { class: 'secondary', key: 'class-leave' }),
      ),
    ),
    main,
  );
  root.replaceChildren(screen);
  const boardHandle = board();
  boardHandle.attach(slot);
  boardHandle.setCallbacks({});

  /**
   * What is said now: the last action's words within the turn it was sent in, and a refusal's even
   * once the game is over, whose ending says the rest ("The game has started." stayed to turn 6,
   * and stood above "The game is over" when the computer had played it all).
   */
  function statusNow(): string {
    if (said === null || said.turn !== room.game().session.game().turn) return '';
    return room.state().ended !== null && !said.refused ? '' : said.text;
  }

  /** Says what the teacher's action did ('' when the room's note says it: a turn ended now). */
  function say(text: string, turn = room.game().session.game().turn, refused = false): void {
    said = { text, turn, refused };
    statusLine.textContent = statusNow();
    if (text !== '') announce(text);
  }

  function act(action: TeacherAction, done: string): void {
    const turn = room.game().session.game().turn;
    void room.act(action).then((refusal) => (refusal === null ? say(done, turn) : say(`Not done: ${refusal}.`, turn, true)));
  }

  /** `wait`: the way out's label when waiting is the better choice (then it is not the highlighted one). */
  function confirmThen(title: string, text: string, yes: string, action: TeacherAction, done: string, wait?: string): void {
    const opened = openDialog({
      title,
      content: h('p', null, text),
      // Not "Close": beside "Close for now" or "End the game" it read as closing the game.
      closeLabel: wait ?? 'Not now',
      actions: [button(yes, () => {
        opened.close();
        act(action, done);
      }, { class: wait ? 'secondary' : 'primary', key: 'confirm-yes' })],
    });
  }

  /** Started with no student at a seat, the computer plays every seat: the whole game at once. */
  function startGame(): void {
    const start: TeacherAction = { action: 'start' };
    if (room.state().lobby.seats.some((seat) => seat.members.length > 0)) return act(start, 'The game has started.');
    confirmThen(
      'Start with no student at a seat?',
      `No student has taken a seat yet, so the computer would play every seat, ${possessive(nameInSentence(index, scenario.player.id))} too, and the whole game would be played at once, to its end. Wait until the students have taken their seats, or start anyway.`,
      'Start anyway',
      start,
      'The game has started.',
      'Wait',
    );
  }

  /** What the game waits for now, and from whom, as "The game now" says it. */
  function waitingNow(): string {
    const state = room.state();
    return state.ended ? '' : waitingSentence({ index, snapshot: room.game().session.snapshot(), seats: state.lobby.seats, clock: state.clock, mySeat: null, teacher: true });
  }

  /** Asks first, saying whom the turn waits for: what a student had not yet decided is decided for them. */
  function endTurnNow(): void {
    confirmThen(
      `End turn ${room.game().session.game().turn} now?`,
      `${waitingNow()} Ended now, the computer decides what the turn still waits for, for every seat, and the record notes it.`,
      'End it now',
      { action: 'endTurnNow' },
      '',
      'Wait',
    );
  }

  const secondsInput = h('input', { id: 'turn-seconds', type: 'number', value: String(room.state().clock.turnSeconds), attrs: { min: 0, max: 3600, inputmode: 'numeric' } });

  function controlsContent(): Child {
    const { clock: c, ended } = room.state();
    if (ended !== null) return endedContent(ended);
    return [
      h(
        'div',
        { class: 'row' },
        !c.started
          ? button('Start the game', startGame, { class: 'primary', key: 'class-start' })
          : c.paused
            ? button('Resume', () => act({ action: 'resume' }, 'The game goes on.'), { class: 'primary', key: 'class-resume' })
            : button('Pause', () => act({ action: 'pause' }, 'The game is paused.'), { class: 'secondary', key: 'class-pause' }),
        c.started ? button('End the turn now', endTurnNow, { class: 'secondary', key: 'class-end-turn', attrs: { 'aria-describedby': 'end-turn-help' } }) : null,
      ),
      // A game closed for now comes back paused: the teacher is told why nothing moves.
      c.started && c.paused ? h('p', { class: 'small', attrs: { 'data-testid': 'paused-help' } }, `Paused: nobody can play${c.turnSeconds > 0 ? ' and the turn’s time stands still' : ''}. A game closed for now comes back paused; resume it once the class is ready.`) : null,
      c.started ? h('p', { class: 'small muted', id: 'end-turn-help' }, 'Ending the turn now lets the computer decide what the game still waits for in this turn; the record notes it.') : null,
      h(
        'form',
        {
          class: 'row seconds-form',
          on: {
            submit: (e) => {
              e.preventDefault();
              const seconds = Number(secondsInput.value);
              if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) return say('Seconds per turn: a whole number from 0 (no time limit) to 3600.');
              act({ action: 'setTurnSeconds', seconds }, seconds === 0 ? 'Turns have no time limit now.' : `Each turn now has ${seconds} seconds.`);
            },
          },
        },
        h('label', { attrs: { for: 'turn-seconds' } }, 'Seconds per turn (0: no limit)'),
        secondsInput,
        h('button', { type: 'submit', class: 'secondary small', attrs: { 'data-key': 'class-set-seconds' } }, 'Set'),
      ),
      h(
        'div',
        { class: 'row' },
        button('Close for now', () => confirmThen('Close the game for now?', `The game stops here and is kept. Next lesson, open it again with the same code (${code}) from this browser: the start page lists it under “Class games you hosted in this browser”.`, 'Close for now', { action: 'closeForNow' }, 'The game is closed for now.'), { class: 'secondary', key: 'class-close' }),
        button('End the game', () => confirmThen('End the game now?', 'The game ends here for everyone; each student can still download its record. Nothing more can be played in it: opened again, it shows how it ended.', 'End the game', { action: 'endGame' }, 'The game has ended.'), { class: 'secondary danger', key: 'class-end-game' }),
      ),
    ];
  }

  function endedContent(reason: 'over' | 'teacher' | 'closed'): Child {
    const g = room.game().session.game();
    const ending = g.ending ? scenario.endings.find((e) => e.id === g.ending!.id)?.title ?? g.ending.id : null;
    return [
      h('p', { class: 'ended-note', attrs: { 'data-testid': 'class-ended' } }, reason === 'closed' ? `Closed for now. Next lesson, the start page of this browser opens it again with the same code, ${code} (“Class games you hosted in this browser”).` : ending ? ['The game is over: ', scenarioSpan(index, ending), `, score ${g.ending!.score}.`] : `You ended the game during turn ${g.turn}. Its debrief judges it as it stood.`),
      // The class discusses the game from its debrief: the ending and why, the tracks, every decision,
      // the replay; a game ended early, as it stood.
      reason !== 'closed' ? button('See the debrief', () => nav.debrief(room.game()), { class: 'primary', key: 'class-debrief' }) : null,
      h('p', { class: 'small' }, 'The record replays on any device (“Replay a game record”) and compares with others in the class view.'),
    ];
  }

  /**
   * An untaken seat is the computer's already: given, it is kept from the students. Its button says
   * what changes ("Keep for the computer" read to a teacher as if the computer did not play it yet).
   */
  function giveButton(seat: SeatInfo): Child {
    const untaken = seat.members.length === 0;
    const done = untaken ? `The computer keeps ${possessive(nameInSentence(index, seat.actor))} seat: students can no longer take it.` : `The computer plays ${nameInSentence(index, seat.actor)} now.`;
    return button([untaken ? 'Close to students' : 'Give to the computer', h('span', { class: 'sr-only' }, ' — ', scenarioSpan(index, seat.name))], () => act({ action: 'giveToComputer', actor: seat.actor }, done), { class: 'secondary small', key: `give-${seat.actor}`, ...(untaken ? { attrs: { title: 'The computer goes on playing it, and students can no longer take it' } } : {}) });
  }

  function draw(): void {
    const state = room.state();
    const game = room.game();
    const g = game.session.game();
    turnInfo.textContent = g.ending ? `Ended, turn ${g.ending.turn} of ${scenario.calendar.turns}` : `${turnLabel(scenario.calendar, g.turn)} — turn ${g.turn} of ${scenario.calendar.turns}`;
    connection.textContent = connectionWords(state.connection, device.online(), 'teacher');
    connection.hidden = connection.textContent === '';
    unsent.update();
    waiting.textContent = waitingNow();
    render(controls, controlsContent());
    // Nobody joins a game that is over or closed (closed, the code is said in "The game now").
    joinPanel.hidden = state.ended !== null;
    // Once the game runs, its controls come first (for the keyboard and screen readers too); the
    // join panel stays below them for latecomers.
    if (state.clock.started && joinPanel.nextElementSibling === statePanel) leftColumn.append(joinPanel);
    const waitingFor = state.ended || !state.clock.started ? null : waitingSeat(game.session.snapshot(), scenario.player.id);
    render(seats, [
      seatTable(
        state.lobby.seats,
        waitingFor,
        state.ended
          ? null
          : (seat) =>
              seat.computer
                ? button(['Take it back', h('span', { class: 'sr-only' }, ' from the computer: ', scenarioSpan(index, seat.name))], () => act({ action: 'takeBack', actor: seat.actor }, seat.members.length > 0 ? `${possessive(sentenceStartName(index, seat.actor))} seat is back with its students.` : `Students may take ${possessive(nameInSentence(index, seat.actor))} seat again.`), { class: 'secondary small', key: `take-back-${seat.actor}` })
                : giveButton(seat),
        'Seats of the class game',
        state.ended !== null,
        index,
      ),
      h('p', { class: 'small muted' }, state.lobby.watchers === 1 ? 'One student has joined without a seat yet.' : state.lobby.watchers > 1 ? `${state.lobby.watchers} students have joined without a seat yet.` : ''),
    ]);
    statusLine.textContent = statusNow();
    note.update();
    boardHandle.setView(buildBoardView(index, g, null));
    if (g !== drawnGame) render(reading, [reportPanel(index, g, false), tracksPanel(index, g)]);
    drawnGame = g;
  }

  const ticker = clockTicker(clock, () => room.state());
  const stop = room.onChange(() => {
    draw();
    ticker.update();
  });
  draw();
  ticker.update();
  screen.querySelector<HTMLElement>('h1')?.focus();
  return () => {
    stop();
    ticker.stop();
    device.stop();
    unsent.stop();
    boardHandle.detach();
  };
}
