// The debrief's head: the scenario, when the game ended, its ending and the ending's text. A game
// stopped before its end (a class game its teacher ended) says so, and that it is judged as it
// stood (judgedAsItStands): a class that ran out of time had no debrief to discuss at all.
import { capitalized, type GameState, type ScenarioIndex } from '../engine';
import type { ScenarioEnding } from '../scenario/schema';
import { h } from './dom';
import { scenarioSpan, scenarioText } from './scenarioText';
import { dateOf, paragraphs } from './text';

/** `stoppedBy`: who ended the game before its last turn ("the teacher"), or null for a game that reached its ending. */
export function debriefHead(index: ScenarioIndex, g: GameState, ending: ScenarioEnding, stoppedBy: string | null): HTMLElement {
  const { scenario } = index;
  const turn = g.ending!.turn;
  const when = `${dateOf(index, turn)}, turn ${turn} of ${scenario.calendar.turns}`;
  return h(
    'header',
    { class: 'ending-head' },
    h('p', { class: 'kicker' }, scenarioSpan(index, scenario.title), stoppedBy === null ? ` — ended ${when}` : ` — stopped by ${stoppedBy} during ${when}`),
    // The ending's title alone is the heading's whole text, in the scenario's language; after "As it stood:", a part of it.
    stoppedBy === null
      ? scenarioText(index, 'h1', { id: 'ending-title', tabIndex: -1, attrs: { 'data-testid': 'ending-title', 'data-ending-id': ending.id } }, ending.title)
      : h('h1', { id: 'ending-title', tabIndex: -1, attrs: { 'data-testid': 'ending-title', 'data-ending-id': ending.id } }, 'As it stood: ', scenarioSpan(index, ending.title)),
    stoppedBy === null
      ? null
      : h(
          'p',
          { class: 'stopped-note', attrs: { 'data-testid': 'stopped-note' } },
          `${capitalized(stoppedBy)} ended the game before its last turn, so it reached no ending of its own. This debrief judges it as it stood, as the rules judge the last turn: the first ending whose conditions hold, and the score its tracks give now. Its record stays unfinished.`,
        ),
    paragraphs(index, ending.text),
  );
}
