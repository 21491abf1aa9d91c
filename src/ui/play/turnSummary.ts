// What the play screen says when a new turn begins: its date, last turn's results (the deals, and
// the crises that ended: their last step happens as the turn closes, with no dialog after it) and
// the news.
import { logOfTurn, type GameState, type LogEntry, type ScenarioIndex } from '../../engine';
import { crisisOutcomeWords, crisisTitle } from '../crisisText';
import { negotiationEndWords, WALKED_AWAY } from '../negotiationEnd';
import { actorName, dateOf, optionTitle } from '../text';

/** "Turn 2 of 6, Dec 2016–Feb 2017. Results: Japan: accepted “…”; China: rejected “…”. Crisis “…” ended: …." */
export function turnSummary(index: ScenarioIndex, g: GameState, previousTurn: number): string {
  const last = logOfTurn(g, previousTurn);
  const deals = last.filter((e): e is Extract<LogEntry, { kind: 'deal' }> => e.kind === 'deal');
  const ended = (option: string) => {
    const words = negotiationEndWords(index, last, previousTurn, option)!;
    return words === WALKED_AWAY ? `${words} over` : words;
  };
  const results = deals.map((d) => `${actorName(index, d.actor)}: ${ended(d.option)} “${optionTitle(index, d.option)}”`);
  const crises = last.flatMap((e) => (e.kind === 'crisis-end' ? [`Crisis “${crisisTitle(index, e.crisis)}” ended: ${crisisOutcomeWords(index, e.outcome)}.`] : []));
  const news = logOfTurn(g, g.turn).filter((e) => e.kind === 'event').length;
  return [
    `Turn ${g.turn} of ${index.scenario.calendar.turns}, ${dateOf(index, g.turn)}.`,
    results.length > 0 ? `Results: ${results.join('; ')}.` : 'You made no proposal last turn.',
    ...crises,
    news > 0 ? `${news} news item${news === 1 ? '' : 's'}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
