// The debrief: the ending and why, the score and its terms, the tracks over time, every decision
// with its reasons, the discussion questions, the notes for teachers, and the score against seeded bot games. Printable.
import { standingRoutes } from './board/standingRoutes';
import { heldSeatsWords } from './seatsText';
import { classNotesSection } from './classNotes';
import { ENGINE_VERSION, gameLog, judgedAsItStands, newGame, type LogEntry, possessive, type ScenarioIndex } from '../engine';
import type { BrowserGame } from '../app/browser/game';
import { announce } from './announce';
import { mapAtFullSize } from './mapAtFullSize';
import { agreementLabelPhrase, boardAgreementId, buildBoardView } from './boardModel';
import { detail, mountBotsPanel } from './botsPanel';
import { trackChart } from './chart';
import { button, h } from './dom';
import { crisisDebrief } from './crisisDebrief';
import { debriefHead } from './debriefHead';
import { endingReasons } from './endingReasons';
import { decisionExplanation, termsTable } from './explain';
import { logContent, shareControls } from './gameDialogs';
import { sourceDocList } from './sourceDocs';
import { computerShareWords } from './computerShare';
import { seatDecisionsPanel, seatsPeopleDecided, type ClassSeatHolders } from './seatDebrief';
import { openDisclosuresForPrint } from './printDisclosures';
import { teacherNotesPanel } from './teacherNotes';
import { phrase, phraseNodes, scenarioSpan, scenarioText } from './scenarioText';
import { decisionPhrase, decisionRollWords, playerWords, sentenceStartName } from './text';
import { negotiationEndWords } from './negotiationEnd';
import { turnResults } from './play/turnSummary';
import { isModuleLoadFailure } from '../app/browser/moduleLoads';
import { showLoadFailureNotice } from './loadFailureNotice';

export interface EndingNav {
  playAgain(): void;
  replay(game: BrowserGame): void;
  /** The screen the debrief was opened from, if it has one to go back to (a class game's teacher's screen). */
  back?: { label: string; go(): void };
}

/** Who reads a class game's debrief: its teacher, or a student on a seat (the player's, another state's, or none). */
export type DebriefReader = { role: 'teacher'; seats: readonly ClassSeatHolders[] } | { role: 'student'; classSeat: string | null };

export function mountEndingScreen(root: HTMLElement, game: BrowserGame, nav: EndingNav, reader: DebriefReader | null = null): () => void {
  const index = game.index;
  const { scenario } = index;
  const played = game.session.game();
  // A game stopped before its end (a class game its teacher ended) is judged as it stands.
  const stoppedBy = played.ending !== null ? null : reader === null ? 'its players' : 'the teacher';
  const g = played.ending !== null ? played : judgedAsItStands(played, index);
  const record = game.record();
  const ending = scenario.endings.find((e) => e.id === g.ending!.id)!;
  const log = gameLog(g);
  const entry = log.find((e): e is Extract<LogEntry, { kind: 'ending' }> => e.kind === 'ending')!;
  const decisions = log.filter((e): e is Extract<LogEntry, { kind: 'decision' }> => e.kind === 'decision');
  // A counter-offer's line says how it ended: taken, declined, met in the middle, or walked away from.
  const counterEnd = ({ turn, decision }: Extract<LogEntry, { kind: 'decision' }>) =>
    decision.outcome === 'counter' ? `; then ${negotiationEndWords(index, log, turn, decision.option) ?? 'not settled'}` : '';
  const checksum = g.history.at(-1)?.checksum ?? '';
  // The player's own tracks: `group: player`, or `russia` as the first files say.
  const own = scenario.tracks.filter((t) => t.group !== 'world').map((t) => t.id);
  // Read by anyone but the player (the teacher, a student on another seat or on none), the
  // player's part is named, never "your"; another seat's decisions have a panel of their own; the
  // notes for teachers are not the students'.
  const byPlayer = reader === null || (reader.role === 'student' && reader.classSeat === scenario.player.id);
  const otherSeat = reader?.role === 'student' && reader.classSeat !== null && reader.classSeat !== scenario.player.id ? reader.classSeat : null;
  // A hot-seat game's players read its debrief together: each person's seat has its panel.
  const screenSeats = reader === null ? Object.entries(record.seats ?? {}).flatMap(([seat, holder]) => (holder === 'person' ? [seat] : [])) : [];
  // The teacher compares what each state's students decided: a panel for each seat students hold
  // at the end or decided something for (a student may have moved to another seat).
  const studentSeats = reader?.role === 'teacher' ? teacherSeatPanels(index, log, reader.seats) : [];
  const who = playerWords(index, byPlayer);
  const computerShare = computerShareWords(scenario.player.id, record, who.your);
  const world = scenario.tracks.filter((t) => t.group === 'world').map((t) => t.id);
  // The charts start where the game did (the turns' rows are their ends).
  const start = newGame(index, game.session.seed).tracks;

  const botPanel = h('section', { class: 'panel bots', attrs: { 'aria-labelledby': 'bots-title', 'aria-busy': 'true' } });
  const reasons = entry.reasons;
  // The board at the end, drawn as SVG (so it prints); its code loads only now.
  const endView = buildBoardView(index, g, null);
  // What its lines are: the map at the end has no key (they are the agreements, not relations).
  const routed = standingRoutes(endView).map((a) => {
    const agreement = g.agreements.find((x) => boardAgreementId(x) === a.id);
    return agreement ? phraseNodes(index, agreementLabelPhrase(index, agreement)) : a.label;
  });
  const boardPanel = h(
    'section',
    { class: 'panel debrief-board', attrs: { 'aria-labelledby': 'board-title' } },
    h('h2', { id: 'board-title' }, 'The map at the end'),
    h('p', { class: 'small muted', attrs: { 'data-testid': 'debrief-board-lines' } }, routed.length === 0 ? 'No agreement standing at the end has a route to draw: the map shows the places and the actors.' : ['The lines drawn from place to place are the routes of the agreements standing at the end: ', routed.map((label, i) => [i === 0 ? '' : '; ', label]), '.']),
  );
  let releaseBoard = () => {};
  let gone = false;
  void import('./board/printBoard')
    .then(({ boardImage }) => boardImage(endView, scenario.title, `Map of ${scenario.title} at the end of the game: the places, the actors and the agreements' routes.`, (name) => scenarioSpan(index, name)))
    .then(({ img, note, release, playerAcross }) => {
      if (gone) return release();
      releaseBoard = release;
      // Drawn for the width it is shown at, it names what it has no room for in the line under it.
      boardPanel.append(mapAtFullSize(img, playerAcross), note);
    })
    .catch((e: unknown) => {
      // The debrief reads whole without its map; a part not fetched is said once, with Reload.
      if (isModuleLoadFailure(e)) showLoadFailureNotice();
      boardPanel.remove();
    });

  const takenOverFrom = game.takenOverNote();
  const screen = h(
    'div',
    { class: 'screen ending-screen' },
    debriefHead(index, g, ending, stoppedBy),
    h(
      'nav',
      { class: 'ending-actions no-print', attrs: { 'aria-label': 'After the game' } },
      // The way back first when there is one (a class game's teacher's debrief had only "New game").
      nav.back ? button(nav.back.label, () => nav.back!.go(), { class: 'primary', key: 'ending-back' }) : null,
      button('New game', () => nav.playAgain(), { class: nav.back ? 'secondary' : 'primary', key: 'play-again' }),
      // The way to try another path on the same dice (its "Take over from turn N"): a newcomer
      // looked for it behind "Play again" (now "New game", which it is).
      button('Replay, or try another path', () => nav.replay(game), { class: 'secondary', key: 'replay' }),
      button('Print the debrief', () => window.print(), { class: 'secondary', key: 'print' }),
      shareControls(game, 'ending', true),
    ),
    h(
      'main',
      { class: 'ending-main' },
      h(
        'section',
        { class: 'panel score', attrs: { 'aria-labelledby': 'score-title' } },
        h('h2', { id: 'score-title' }, stoppedBy === null ? 'Score: ' : 'Score as it stood: ', h('span', { attrs: { 'data-testid': 'final-score' } }, String(entry.score))),
        computerShare === null ? null : h('p', { class: 'small', attrs: { 'data-testid': 'computer-share' } }, computerShare),
        // Another path: the game it was taken over from, and how that one ended, beside this score
        // (it was only in the notes at the page's foot).
        takenOverFrom === null ? null : h('p', { class: 'small', attrs: { 'data-testid': 'taken-over-from' } }, takenOverFrom),
        termsTable(index, entry.scoreTerms, stoppedBy === null ? 'Final score' : 'Score as it stood', entry.score, 'How the score adds up: each track’s value times its weight, and the ending’s bonus', false),
      ),
      otherSeat ? seatDecisionsPanel(index, g, otherSeat) : null,
      ...screenSeats.map((seat) => seatDecisionsPanel(index, g, seat, 'screen')),
      ...studentSeats.map((seat) => seatDecisionsPanel(index, g, seat.actor, seat)),
      // Bot games are played to the end: a stopped game's score is not theirs to compare with.
      stoppedBy === null ? botPanel : null,
      endingReasons(index, g, ending, reasons, stoppedBy !== null),
      boardPanel,
      h(
        'section',
        { class: 'panel charts', attrs: { 'aria-labelledby': 'charts-title' } },
        h('h2', { id: 'charts-title' }, 'The tracks over time'),
        own.length > 0 ? trackChart(index, start, g.history, own, `${possessive(sentenceStartName(index, scenario.player.id), '’')} tracks`) : null,
        world.length > 0 ? trackChart(index, start, g.history, world, 'The world') : null,
      ),
      h(
        'section',
        { class: 'panel decisions', attrs: { 'aria-labelledby': 'decisions-title' } },
        h('h2', { id: 'decisions-title' }, `${who.Your} proposals and how they were decided`),
        decisions.length === 0
          ? h('p', { class: 'muted' }, `${who.You} made no proposal in this game.`)
          : h(
              'ol',
              { class: 'decision-list' },
              decisions.map((d) =>
                h(
                  'li',
                  null,
                  h(
                    'details',
                    { class: 'decision' },
                    h('summary', null, phraseNodes(index, phrase`Turn ${d.turn}: ${decisionPhrase(index, d.decision, false)} — ${decisionRollWords(index, d.decision)}${counterEnd(d)}`)),
                    decisionExplanation(index, d.decision),
                  ),
                ),
              ),
            ),
      ),
      crisisDebrief(index, g),
      // When time ran out or the teacher ended a turn, the computer decided: said here as it was in the game.
      classNotesSection(record.notes ?? [], 'debrief-class-notes'),
      scenario.questions.length > 0
        ? h('section', { class: 'panel questions', attrs: { 'aria-labelledby': 'questions-title' } }, h('h2', { id: 'questions-title' }, 'Questions for discussion'), h('ol', null, scenario.questions.map((q) => scenarioText(index, 'li', null, q))))
        : null,
      reader?.role === 'student' ? null : teacherNotesPanel(scenario.teacherNotes, 'teacher-notes-title', { language: scenario.language }),
      h('section', { class: 'panel full-log', attrs: { 'aria-labelledby': 'log-title' } }, h('h2', { id: 'log-title' }, 'The whole game'), h('details', { class: 'log-details' }, h('summary', null, 'Every event, decision and move'), logContent(index, g, 'ending-log'))),
      h('section', { class: 'panel source-panel', attrs: { 'aria-labelledby': 'source-docs-title' } }, h('h2', { id: 'source-docs-title' }, 'Sources of this scenario'), sourceDocList(scenario.sources, scenario.language)),
      h(
        'section',
        { class: 'panel game-details', attrs: { 'aria-labelledby': 'details-title' } },
        h('h2', { id: 'details-title' }, 'Game details'),
        h(
          'dl',
          { class: 'details-list' },
          detail('Scenario', [scenarioSpan(index, scenario.title), ` (${scenario.id})`]),
          detail('Scenario version', index.hash, 'scenario-hash'),
          detail('Seed', game.session.seed, 'seed'),
          detail('Engine', ENGINE_VERSION),
          detail('Turns played', String(g.history.length)),
          detail(stoppedBy === null ? 'Ending' : 'Ending (as it stood)', [scenarioSpan(index, ending.title), ` (${ending.id})`], 'ending-id'),
          detail('Final checksum', checksum, 'final-checksum'),
        ),
      ),
    ),
  );
  root.replaceChildren(screen);
  (screen.querySelector('#ending-title') as HTMLElement).focus();
  // The last turn's results first: each turn's were said as the next began, and no turn follows this one.
  announce(stoppedBy === null ? `${turnResults(index, g, g.ending!.turn, who)} The game has ended: ${ending.title}. Score ${entry.score}.` : `The game was stopped before its end. As it stood: ${ending.title}, score ${entry.score}.`);

  const seatsWords = heldSeatsWords(index, record);
  const stop = stoppedBy !== null ? () => undefined : mountBotsPanel(botPanel, { index, seed: game.session.seed, score: entry.score, byPlayer, ...(seatsWords === null ? {} : { seatsWords }) });

  const stopPrinting = openDisclosuresForPrint(screen);

  return () => {
    stop();
    gone = true;
    releaseBoard();
    stopPrinting();
  };
}

/** The other seats of a class game for its teacher's debrief, in the file's order, each with its students at the end. */
function teacherSeatPanels(index: ScenarioIndex, log: readonly LogEntry[], seats: readonly ClassSeatHolders[]): ClassSeatHolders[] {
  const others = index.actorIds.filter((actor) => actor !== index.scenario.player.id);
  const decided = new Set(seatsPeopleDecided(log, others));
  return others.flatMap((actor) => {
    const students = seats.find((s) => s.actor === actor)?.students ?? [];
    return students.length > 0 || decided.has(actor) ? [{ actor, students }] : [];
  });
}
