// What the play screen says when a new turn begins: its date, last turn's results (the deals, and
// the crises that ended: their last step happens as the turn closes, with no dialog after it) and
// the news; the debrief says the last turn's results with the ending.
import { logOfTurn, type GameState, type LogEntry, type ScenarioIndex } from '../../engine';
import { crisisOutcomeWords, crisisTitle } from '../crisisText';
import { negotiationEndWords, WALKED_AWAY } from '../negotiationEnd';
import { actorName, dateOf, optionTitle, playerWords } from '../text';

/**
 * A turn's results: "Results: Japan: accepted “…”; China: rejected “…”." (or that no proposal was
 * made), then "Crisis “…” ended: …" for each crisis that ended. `who`: the player's name for a
 * reader who is not the player (playerWords). Said as the next turn begins, and with the ending
 * after the last turn (endingScreen.ts).
 */
export function turnResults(index: ScenarioIndex, g: GameState, turn: number, who = playerWords(index, true)): string {
  const last = logOfTurn(g, turn);
  const deals = last.filter((e): e is Extract<LogEntry, { kind: 'deal' }> => e.kind === 'deal');
  const ended = (option: string) => {
    const words = negotiationEndWords(index, last, turn, option)!;
    return words === WALKED_AWAY ? `${words} over` : words;
  };
  const results = deals.map((d) => `${actorName(index, d.actor)}: ${ended(d.option)} “${optionTitle(index, d.option)}”`);
  const crises = last.flatMap((e) => (e.kind === 'crisis-end' ? [`Crisis “${crisisTitle(index, e.crisis)}” ended: ${crisisOutcomeWords(index, e.outcome)}.`] : []));
  return [results.length > 0 ? `Results: ${results.join('; ')}.` : `${who.You} made no proposal last turn.`, ...crises].join(' ');
}

/** "Turn 2 of 6, Dec 2016–Feb 2017. Results: Japan: accepted “…”; China: rejected “…”. Crisis “…” ended: …." */
export function turnSummary(index: ScenarioIndex, g: GameState, previousTurn: number): string {
  const news = logOfTurn(g, g.turn).filter((e) => e.kind === 'event').length;
  return [`Turn ${g.turn} of ${index.scenario.calendar.turns}, ${dateOf(index, g.turn)}.`, turnResults(index, g, previousTurn), news > 0 ? `${news} news item${news === 1 ? '' : 's'}.` : ''].filter(Boolean).join(' ');
}
