// A class game's debrief read from another state's seat. The game scores the player's pivot
// (Russia's), so the score, the ending and the proposals are the player's; this panel gathers what
// the student decided for their own seat, turn by turn, with the "Why?" of its answers, moves and
// crisis replies (China's student read Russia's debrief as if it were theirs: "Your score", "Your
// proposals").
import { gameLog, possessive, type GameState, type LogEntry, type ScenarioIndex } from '../engine';
import { crisisReplyExplanation } from './crisisPanel';
import { h, type Child } from './dom';
import { logWhy } from './gameDialogs';
import { actorName, describeEntry, nameInSentence, sentenceStartName } from './text';

/** Whether the entry is a decision of `seat`'s: an answer, a round, a move, an offer, a crisis reply. */
function decidedBySeat(e: LogEntry, seat: string): boolean {
  switch (e.kind) {
    case 'decision':
      return e.decision.actor === seat;
    case 'bargain':
    case 'move':
    case 'offer':
      return e.actor === seat;
    case 'crisis-reply':
      return e.reply.actor === seat;
    default:
      return false;
  }
}

/** A decision's or a move's "Why?", a crisis reply's weighing; an offer or a round has its words alone. */
function why(index: ScenarioIndex, g: GameState, e: LogEntry, i: number): Child {
  if (e.kind === 'crisis-reply') return h('details', { class: 'why-inline' }, h('summary', null, 'Why?'), crisisReplyExplanation(index, e.reply));
  return logWhy(index, g, e, `seat-why-${i}`);
}

export function seatDecisionsPanel(index: ScenarioIndex, g: GameState, seat: string): HTMLElement {
  const log = gameLog(g);
  const own = log.filter((e) => decidedBySeat(e, seat));
  const name = actorName(index, seat);
  const player = index.scenario.player.id;
  return h(
    'section',
    { class: 'panel seat-decisions', attrs: { 'aria-labelledby': 'seat-decisions-title', 'data-testid': 'seat-decisions' } },
    h('h2', { id: 'seat-decisions-title' }, `Your seat: ${name}`),
    h('p', null, `The game scores ${possessive(nameInSentence(index, player), '’')} pivot: the score, the ending and the proposals on this page are ${possessive(nameInSentence(index, player), '’')}. What ${nameInSentence(index, seat)} decided, which you or the computer chose, is here.`),
    own.length === 0
      ? h('p', { class: 'muted' }, `${sentenceStartName(index, seat)} was asked nothing in this game.`)
      : h('ol', { class: 'decision-list' }, own.map((e, i) => h('li', null, `Turn ${e.turn}: ${describeEntry(index, e)} `, why(index, g, e, i)))),
  );
}
