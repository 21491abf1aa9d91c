// What a person decided for another state's seat, in the debrief. The game scores the player's
// pivot (Russia's), so the score, the ending and the proposals are the player's; this panel gathers
// what was decided for the seat, turn by turn, with the "Why?" of its answers, moves and crisis
// replies: for a class game's student on that seat (China's student read Russia's debrief as if it
// were theirs: "Your score", "Your proposals"), and for each person's seat of a hot-seat game,
// whose players read one debrief together at the screen (it said nothing of theirs).
import { gameLog, possessive, type GameState, type LogEntry, type ScenarioIndex } from '../engine';
import { crisisReplyExplanation } from './crisisPanel';
import { h, type Child } from './dom';
import { logWhy } from './gameDialogs';
import { actorName, entryWords, nameInSentence, sentenceStartName } from './text';

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

/** Who decided an entry of a seat's: its holder ('person', or a bot), undefined for the rules. */
function deciderOf(e: LogEntry): string | undefined {
  switch (e.kind) {
    case 'decision':
      return e.decision.decidedBy;
    case 'move':
    case 'offer':
      return e.decidedBy;
    case 'crisis-reply':
      return e.reply.decidedBy;
    default:
      return undefined;
  }
}

/** The seats a person decided something for: a class game's students' seats, whoever holds them at the end. */
export function seatsPeopleDecided(log: readonly LogEntry[], seats: readonly string[]): string[] {
  return seats.filter((seat) => log.some((e) => decidedBySeat(e, seat) && deciderOf(e) === 'person'));
}

/** A decision's or a move's "Why?", a crisis reply's weighing; an offer or a round has its words alone. */
function why(index: ScenarioIndex, g: GameState, e: LogEntry, key: string): Child {
  if (e.kind === 'crisis-reply') return h('details', { class: 'why-inline' }, h('summary', null, 'Why?'), crisisReplyExplanation(index, e.reply));
  return logWhy(index, g, e, key);
}

/** A class game's seat and the names of the students on it at the end, for its teacher's debrief. */
export interface ClassSeatHolders {
  actor: string;
  students: readonly string[];
}

/** The panel's heading and first words, by who reads it. */
function heading(index: ScenarioIndex, seat: string, readBy: 'seat' | 'screen' | ClassSeatHolders): { title: string; whose: string } {
  const name = actorName(index, seat);
  if (readBy === 'seat') return { title: `Your seat: ${name}`, whose: `What ${nameInSentence(index, seat)} decided, which you or the computer chose, is here.` };
  if (readBy === 'screen') return { title: `${possessive(name, '’')} player`, whose: `What ${possessive(nameInSentence(index, seat), '’')} player decided at this screen, turn by turn, is here.` };
  const whose = `What ${nameInSentence(index, seat)} decided, turn by turn, is here: its students’ choices, and the computer’s where it decided for them (the line says so).`;
  // Its students may have left it for another seat before the end: what they decided is still theirs.
  if (readBy.students.length === 0) return { title: `${possessive(name, '’')} seat`, whose: `${whose} No student held the seat at the end.` };
  return { title: `${possessive(name, '’')} seat: ${readBy.students.join(', ')}`, whose };
}

/**
 * `readBy`: 'seat' for the class game's student on that seat ("Your seat: China"), 'screen' for a
 * hot-seat game's debrief, one per person's seat ("China’s player"), the seat's students for the
 * class game's teacher ("China’s seat: Boris, Chen").
 */
export function seatDecisionsPanel(index: ScenarioIndex, g: GameState, seat: string, readBy: 'seat' | 'screen' | ClassSeatHolders = 'seat'): HTMLElement {
  const log = gameLog(g);
  const own = log.filter((e) => decidedBySeat(e, seat));
  const player = index.scenario.player.id;
  const titleId = `seat-decisions-title-${seat}`;
  const { title, whose } = heading(index, seat, readBy);
  const pivot = `The game scores ${possessive(nameInSentence(index, player), '’')} pivot: the score, the ending and the proposals on this page are ${possessive(nameInSentence(index, player), '’')}.`;
  return h(
    'section',
    { class: 'panel seat-decisions', attrs: { 'aria-labelledby': titleId, 'data-testid': 'seat-decisions', 'data-seat': seat } },
    h('h2', { id: titleId }, title),
    h('p', null, `${pivot} ${whose}`),
    own.length === 0
      ? h('p', { class: 'muted' }, `${sentenceStartName(index, seat)} was asked nothing in this game.`)
      : h('ol', { class: 'decision-list' }, own.map((e, i) => h('li', null, `Turn ${e.turn}: `, entryWords(index, e), ' ', why(index, g, e, `seat-why-${seat}-${i}`)))),
  );
}
