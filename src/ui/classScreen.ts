// The class view: a class's records of one scenario, verified and compared. The students with
// their endings, scores and deals, each replayable (classView/studentsTable.ts), the endings as a
// bar chart with the numbers written out, the scores, the options proposed and dealt, the tracks
// at the end, where a shared seed's games parted, and the files left out with their reasons
// (classView/leftOutPanel.ts). Printable. Loaded lazily: the start screen does not carry it.
// Every name and reason from a file goes in as text.
import './classScreen.css';
import type { ClassComparison, StudentGame, TurnChoice } from '../app/classView';
import type { ClassData } from '../app/browser/classFiles';
import type { GameRecord } from '../app/record';
import { versionNotes } from '../app/versionNotes';
import { announce } from './announce';
import { button, h, type Child } from './dom';
import { teacherNotesPanel } from './teacherNotes';
import { namesList } from '../app/namesList';
import { alikeSentence, copiesSentence } from '../app/sameGameWords';
import { heldSeatsByName } from './seatsText';
import { openDisclosuresForPrint } from './printDisclosures';
import { joinPhrases, own, phrase, phraseNodes, scenarioSpan, scenarioText, type Phrase } from './scenarioText';
import { leftOutPanel } from './classView/leftOutPanel';
import { studentsPanel } from './classView/studentsTable';
import { actorName, dateOf, isOwnStep, nameInSentence, plural } from './text';

export { compareClassFiles, type ClassData } from '../app/browser/classFiles';

export interface ClassNav {
  back(): void;
  /** Opens the replay viewer on one student's record. */
  replay(name: string, record: GameRecord): void;
}

/**
 * Mounts the class screen. `focusStudent`: coming back from a student's replay, focus returns to
 * that student's Replay button.
 */
export function mountClassScreen(root: HTMLElement, data: ClassData, nav: ClassNav, focusStudent?: string): () => void {
  const c = data.comparison;
  const index = data.scenario.index;
  const { scenario } = index;
  const finished = c.students.length - c.unfinished;
  const th = (text: string, num = false) => h('th', { attrs: { scope: 'col' }, class: num ? 'num' : undefined }, text);

  const summary = [
    `${plural(c.records, 'record file')}: ${c.verified} verified by replaying every turn`,
    c.refused.length > 0 ? `, ${c.refused.length} left out (see below)` : '',
    '. ',
    c.sharedSeed !== null
      ? `Every game was played with the seed “${c.sharedSeed}”.`
      : c.mostlySeed !== null
        ? `The games were played with different seeds: most with “${c.mostlySeed.seed}”, ${namesList(c.mostlySeed.leftOut)} with another.`
        : c.students.length > 1
          ? 'The games were played with different seeds.'
          : '',
  ].join('');

  const recordOf = (s: StudentGame) => data.records.get(s.name)!;
  // A column for who held the other seats, only when some game had bots or people in them.
  const seatsWords = heldSeatsByName(index, c.students.map((s) => ({ name: s.name, record: recordOf(s) })));
  // Which files were copies of one game played together, each game counted once (src/app/sameGame.ts).
  const copies = [...c.students.map(copiesSentence).filter((x) => x !== null), ...c.alike.map(alikeSentence)];
  const versions = versionNotes(c.students).map((line) => `${line}.`);
  // A row points to the note above only where it tells the games apart (not when every game's is the same).
  const everyGameOneVersion = versions.length === 1 && c.students.every((s) => s.scenarioVersionChanged !== null);
  const markVersion = (s: StudentGame) => s.scenarioVersionChanged !== null && !everyGameOneVersion;
  const students = studentsPanel(data, { seats: seatsWords, versions, markVersion, replay: (s) => nav.replay(s.name, recordOf(s)) });

  const main = h(
    'main',
    { class: 'class-main' },
    leftOutPanel(c.refused),
    students,
    c.students.length === 0 ? null : [endingsPanel(c, finished), scorePanel(c, finished), optionsPanel(c), tracksPanel(c), divergencePanel(c)],
    // What the scenario says for teachers, beside the class's results (and on their printout).
    teacherNotesPanel(scenario.teacherNotes, 'teacher-notes-title', { language: scenario.language }),
  );

  const screen = h(
    'div',
    { class: 'screen class-screen' },
    h(
      'header',
      { class: 'class-head' },
      h('p', { class: 'kicker' }, 'Class view — ', scenarioSpan(index, scenario.title)),
      h('h1', { id: 'class-title', tabIndex: -1 }, `${plural(c.students.length, 'game')} compared`),
      h('p', { attrs: { 'data-testid': 'class-summary' } }, summary),
      copies.length === 0 ? null : h('ul', { class: 'class-copies', attrs: { 'data-testid': 'class-copies' } }, copies.map((line) => h('li', null, line))),
    ),
    h(
      'nav',
      { class: 'class-actions no-print', attrs: { 'aria-label': 'Class view' } },
      button('Back to start', () => nav.back(), { class: 'secondary', key: 'class-back' }),
      button('Print', () => window.print(), { class: 'secondary', key: 'class-print' }),
    ),
    main,
  );
  root.replaceChildren(screen);
  const stopPrinting = openDisclosuresForPrint(screen);

  const back = focusStudent === undefined ? -1 : c.students.findIndex((s) => s.name === focusStudent);
  const target = back >= 0 ? screen.querySelector<HTMLElement>(`[data-key="class-replay-${back}"]`) : null;
  (target ?? (screen.querySelector('#class-title') as HTMLElement)).focus();
  if (!target) announce(`Class view: ${plural(c.students.length, 'game')} compared${c.refused.length > 0 ? `, ${plural(c.refused.length, 'file')} left out` : ''}.`);
  return stopPrinting;

  function endingsPanel(c: ClassComparison, finished: number): HTMLElement {
    // Over the finished games, as the scores and `compare` count them; each share rounded on its
    // own, so that "3 of 9" reads 33 % (made to add up to 100, it read 34 %).
    const leftOut = c.unfinished > 0 ? `; ${plural(c.unfinished, 'game')} not finished ${c.unfinished === 1 ? 'is' : 'are'} left out` : '';
    return h(
      'section',
      { class: 'panel class-endings', attrs: { 'aria-labelledby': 'class-endings-title' } },
      h('h2', { id: 'class-endings-title' }, 'Endings'),
      finished === 0
        ? h('p', { class: 'muted' }, `No game is finished yet: there is no ending to compare${leftOut}.`)
        : h(
            'figure',
            { class: 'bar-chart' },
            h('figcaption', { class: 'small muted' }, `How the ${plural(finished, 'finished game')} ended${leftOut}.`),
            h(
              'ul',
              { class: 'bars', attrs: { 'data-testid': 'endings-chart' } },
              c.endings.map((e) => {
                const fill = h('span', { class: 'bar-fill' });
                // The whole track is all the finished games: a bar's length is its share.
                fill.style.width = `${(100 * e.count) / finished}%`;
                return h(
                  'li',
                  { class: `bar-row${e.count === 0 ? ' zero' : ''}` },
                  scenarioText(index, 'span', { class: 'bar-label' }, e.title),
                  h('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, fill),
                  h('span', { class: 'bar-value', attrs: { 'data-testid': 'bar-value' } }, `${e.count} of ${finished}`, h('span', { class: 'muted' }, ` (${Math.round((100 * e.count) / finished)}%)`)),
                );
              }),
            ),
          ),
    );
  }

  function scorePanel(c: ClassComparison, finished: number): HTMLElement {
    const row = (term: string, value: string, testid: string) => [h('dt', null, term), h('dd', { attrs: { 'data-testid': testid } }, value)];
    return h(
      'section',
      { class: 'panel class-score', attrs: { 'aria-labelledby': 'class-score-title' } },
      h('h2', { id: 'class-score-title' }, 'Scores'),
      c.score === null
        ? h('p', { class: 'muted' }, 'No game is finished yet: there is no score to compare.')
        : h('dl', { class: 'details-list' }, row('Lowest', String(c.score.min), 'score-min'), row('Median', String(c.score.median), 'score-median'), row('Highest', String(c.score.max), 'score-max'), row('Finished games', String(finished), 'score-games')),
      h('p', { class: 'small muted' }, 'The median is the middle score: half of the class scored at least this much.'),
    );
  }

  function optionsPanel(c: ClassComparison): HTMLElement {
    const n = c.students.length;
    const cell = (count: number) => h('td', { class: 'num' }, `${count} of ${n}`);
    return h(
      'section',
      { class: 'panel class-options', attrs: { 'aria-labelledby': 'class-options-title' } },
      h('h2', { id: 'class-options-title' }, 'Options'),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data', attrs: { 'data-testid': 'options-table' } },
          h('caption', null, 'How many students proposed each option at least once, and how many made a deal of it.'),
          h('thead', null, h('tr', null, th('Option'), th('With'), th('Proposed by', true), th('Deal made by', true))),
          h(
            'tbody',
            null,
            c.options.map((o) => h('tr', { class: o.proposedBy === 0 ? 'unused' : undefined }, scenarioText(index, 'th', { attrs: { scope: 'row' } }, o.title), isOwnStep(index, o.target) ? h('td', null, `no one: ${nameInSentence(index, o.target)} alone`) : scenarioText(index, 'td', null, actorName(index, o.target)), cell(o.proposedBy), cell(o.dealBy))),
          ),
        ),
      ),
    );
  }

  function tracksPanel(c: ClassComparison): HTMLElement {
    const rows = c.tracks.map((t) => {
      const lowerIsBetter = index.tracks.get(t.id)?.higherIsBetter === false;
      return h('tr', null, h('th', { attrs: { scope: 'row' } }, scenarioSpan(index, t.name), lowerIsBetter ? h('span', { class: 'muted small' }, ' (lower is better)') : null), h('td', { class: 'num' }, String(t.min)), h('td', { class: 'num' }, String(t.median)), h('td', { class: 'num' }, String(t.max)));
    });
    return h(
      'section',
      { class: 'panel class-tracks', attrs: { 'aria-labelledby': 'class-tracks-title' } },
      h('h2', { id: 'class-tracks-title' }, 'Tracks at the end'),
      rows.length === 0
        ? h('p', { class: 'muted' }, 'No game is finished yet: there is no end to compare.')
        : h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'data' },
              h('caption', null, 'Over the finished games: the lowest, the median and the highest value at the end.'),
              h('thead', null, h('tr', null, th('Track'), th('Lowest', true), th('Median', true), th('Highest', true))),
              h('tbody', null, rows),
            ),
          ),
    );
  }

  function divergencePanel(c: ClassComparison): Child {
    if ((c.sharedSeed === null && c.mostlySeed === null) || c.students.length < 2) return null;
    const among = c.mostlySeed === null ? null : `Among the games with the seed “${c.mostlySeed.seed}” (${namesList(c.mostlySeed.leftOut)}, with another seed, left out)`;
    const choice = (x: TurnChoice): Phrase => (x.counter === null ? phrase`“${own(x.title)}”` : phrase`“${own(x.title)}” (counter-offer ${x.counter})`);
    const choices = (xs: readonly TurnChoice[]): Phrase => (xs.length === 0 ? ['no proposal'] : phrase`proposed ${joinPhrases(xs.map(choice), ', ')}`);
    const d = c.divergence;
    return h(
      'section',
      { class: 'panel class-divergence', attrs: { 'aria-labelledby': 'class-divergence-title', 'data-testid': 'class-divergence' } },
      h('h2', { id: 'class-divergence-title' }, 'Where the choices parted'),
      d === null
        ? h('p', null, among === null ? 'Every student made the same choices in every turn they all played: the games are the same.' : `${among}, every student made the same choices in every turn they all played.`)
        : [
            h('p', null, `${among === null ? 'Same seed, same start: the choices' : `${among}, the choices`} first differed in turn ${d.turn} (${dateOf(index, d.turn)}).`),
            h('ul', { class: 'divergence-groups' }, d.groups.map((g) => h('li', null, h('strong', null, g.students.join(', ')), phraseNodes(index, phrase`: ${choices(g.choices)}`)))),
          ],
    );
  }
}
