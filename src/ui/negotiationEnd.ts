// How a proposal's negotiation ended, in words, where the game reports it after the fact (the next
// turn's summary, the debrief): its deal's result, and a rejection in a round of bargaining said as
// the walk-away it was (the rules record it as a rejection).
import type { LogEntry, ScenarioIndex } from '../engine';
import { dealResultText } from './text';

export const WALKED_AWAY = 'walked away from the bargaining';

/** "accepted", "counter-offer taken", "walked away from the bargaining", …; null before it is settled. */
export function negotiationEndWords(index: ScenarioIndex, log: readonly LogEntry[], turn: number, option: string): string | null {
  const deal = log.find((e): e is Extract<LogEntry, { kind: 'deal' }> => e.kind === 'deal' && e.turn === turn && e.option === option);
  if (deal === undefined) return null;
  const walkedAway = deal.result === 'rejected' && log.some((e) => e.kind === 'bargain' && e.turn === turn && e.option === option && e.round.outcome === 'walk-away');
  return walkedAway ? WALKED_AWAY : dealResultText(index, deal.actor, deal.result);
}
