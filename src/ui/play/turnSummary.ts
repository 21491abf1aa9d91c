// What the play screen says when a new turn begins: its date, last turn's results and the news.
import { logOfTurn, type GameState, type LogEntry, type ScenarioIndex } from '../../engine';
import { actorName, dateOf, dealResultText, optionTitle } from '../text';

/** "Turn 2 of 6, Dec 2016–Feb 2017. Japan accepted …; China rejected …." */
export function turnSummary(index: ScenarioIndex, g: GameState, previousTurn: number): string {
  const deals = logOfTurn(g, previousTurn).filter((e): e is Extract<LogEntry, { kind: 'deal' }> => e.kind === 'deal');
  const results = deals.map((d) => `${actorName(index, d.actor)}: ${dealResultText(index, d.actor, d.result)} “${optionTitle(index, d.option)}”`);
  const news = logOfTurn(g, g.turn).filter((e) => e.kind === 'event').length;
  return [
    `Turn ${g.turn} of ${index.scenario.calendar.turns}, ${dateOf(index, g.turn)}.`,
    results.length > 0 ? `Results: ${results.join('; ')}.` : 'You made no proposal last turn.',
    news > 0 ? `${news} news item${news === 1 ? '' : 's'}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
