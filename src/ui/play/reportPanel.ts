// The left column's first panel: what happened last turn — the player's proposals and their
// results, the other actors' moves (and those they weighed but did not make), the agreements, then
// the crises (crisisReport.ts), in the order the turn ran them: a crisis opens after the
// resolution, so a track read "40 → 39 → 37" in the crises above "38 → 39 → 40" in the agreements.
// Each answer has its "Why?".
import { gameLog, type GameState, type ScenarioIndex } from '../../engine';
import { h, type Child } from '../dom';
import { crisisReport } from './crisisReport';
import { decisionRow } from '../decisionRow';
import { openWhyMove, whyButton } from '../explain';
import { own, phrase, phraseNodes, scenarioText } from '../scenarioText';
import { actorName, agreementEntryPhrase, changeList, dateOf, entriesOf, entryWords, turnAgreements, playerWords, sentenceStartName, sourcesDetails } from '../text';

/**
 * Null on the first turn, when nothing has happened yet; once the game is over, its last turn's.
 * `byPlayer` false: read by someone other than the player (the teacher, another state's seat), who
 * reads the player's name, not "your".
 */
export function reportPanel(index: ScenarioIndex, g: GameState, byPlayer = true): Child {
  const turn = g.ending ? g.ending.turn : g.turn - 1;
  if (turn < 1) return null;
  const who = playerWords(index, byPlayer);
  const decisions = entriesOf(g, turn, ['decision']);
  const deals = entriesOf(g, turn, ['deal']);
  const moves = entriesOf(g, turn, ['move']);
  const agreements = turnAgreements(entriesOf(g, turn, ['agreement']));
  const acted = moves.filter((m) => m.happened);
  const idle = moves.filter((m) => !m.happened);
  return h(
    'section',
    { class: 'panel report', attrs: { 'aria-labelledby': 'report-title' } },
    // Focusable by script: a new turn started from End turn by keyboard is read from here (playScreen.ts).
    h('h2', { id: 'report-title', tabIndex: -1, key: 'report-title' }, `What happened in ${dateOf(index, turn)}`),
    h('h3', null, `${who.Your} proposals`),
    // The turn ran the other actors' moves first, then the deals' effects: a track both moved
    // reads "56 → 51" here and "46 → 56" below, which looked out of order without this.
    deals.some((d) => d.changes.length > 0) && acted.some((m) => m.changes.length > 0) ? h('p', { class: 'small muted', attrs: { 'data-testid': 'report-order' } }, `${who.Your} deals took effect after the other actors moved (below).`) : null,
    decisions.length === 0
      ? h('p', { class: 'muted' }, `${who.You} made no proposal.`)
      : h(
          'ul',
          { class: 'results' },
          decisions.map((d) => decisionRow(index, d.decision, deals.find((x) => x.option === d.decision.option), gameLog(g), `why-${turn}-${d.decision.option}`)),
        ),
    h('h3', null, 'The other actors'),
    acted.length === 0 ? h('p', { class: 'muted' }, 'No other actor made a move.') : null,
    h(
      'ul',
      { class: 'moves' },
      acted.map((m) => {
        const move = index.moves.get(`${m.actor}/${m.move}`);
        return h(
          'li',
          null,
          scenarioText(index, 'strong', null, actorName(index, m.actor)),
          ': ',
          scenarioText(move ? index : undefined, 'span', null, move?.title ?? m.move),
          ' ',
          whyButton(phraseNodes(index, phrase`${actorName(index, m.actor)}, ${own(move?.title ?? m.move)}`), `why-move-${turn}-${m.actor}`, () => openWhyMove(index, m)),
          move ? scenarioText(index, 'p', { class: 'small' }, move.text) : null,
          changeList(index, m.changes),
          sourcesDetails(index, move?.sources),
        );
      }),
    ),
    idle.length > 0
      ? h(
          'details',
          { class: 'idle-moves' },
          h('summary', null, `Considered but did not act (${idle.length})`),
          h(
            'ul',
            null,
            idle.map((m) =>
              h('li', null, entryWords(index, m), ' ', whyButton(`${sentenceStartName(index, m.actor)} did not act`, `why-idle-${turn}-${m.actor}`, () => openWhyMove(index, m))),
            ),
          ),
        )
      : null,
    agreements.length > 0
      ? [
          h('h3', null, 'Agreements'),
          h(
            'ul',
            { class: 'agreements' },
            agreements.map(({ entry, nth }) => h('li', null, phraseNodes(index, agreementEntryPhrase(index, entry, nth)), changeList(index, entry.changes))),
          ),
        ]
      : null,
    crisisReport(index, g, turn),
  );
}
