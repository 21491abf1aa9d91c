// The replay's left column: one turn of a record as it happened, in the words of the game log and
// the turn report — the news; the offers other states made to the player and the answers; the
// player's proposals, each answer with its "Why?" and what followed it (a counter-offer taken or
// declined, each round of bargaining); the other actors' moves; the crises (opened, each answer
// and reply with its "Why?", the outcome and its cost); the agreements; a class game's notes of
// that turn. A teacher replaying a class game found crises, offers and notes missing, and the
// agreements under "The other actors". What happens only in some turns (offers, crises,
// agreements, notes) has its heading only in those turns.
import { gameLog, type GameState, type LogEntry, type ScenarioIndex } from '../../engine';
import type { ReplayStep } from '../../app/browser/game';
import { classNotesSection } from '../classNotes';
import { h, type Child } from '../dom';
import { decisionRow } from '../decisionRow';
import { openWhyMove, whyButton } from '../explain';
import { crisisList } from '../play/crisisReport';
import { scenarioSpan, scenarioText, phraseNodes } from '../scenarioText';
import { actorName, agreementEntryPhrase, changeList, dateOf, entriesOf, entryWords, turnAgreements, nameInSentence, optionTitle, sourcesDetails } from '../text';

/** `end`: the record's game at its end, whose log holds every turn's entries. */
export function turnStory(index: ScenarioIndex, step: ReplayStep, end: GameState): Child {
  const turn = step.turn;
  return [newsPanel(index, end, turn), offersPanel(index, end, turn), proposalsPanel(index, step, end), movesPanel(index, end, turn), crisesPanel(index, end, turn), agreementsPanel(index, end, turn), classNotesSection(step.notes.map((text) => ({ text })), 'replay-notes', 'h2', true)];
}

function newsPanel(index: ScenarioIndex, end: GameState, turn: number): HTMLElement {
  const events = entriesOf(end, turn, ['event']);
  return h(
    'section',
    { class: 'panel' },
    h('h2', null, `News — ${dateOf(index, turn)}`),
    events.length === 0 ? h('p', { class: 'muted' }, 'No news this turn.') : null,
    h('ul', { class: 'news-list' }, events.map((e) => {
      const ev = index.events.get(e.event);
      return h('li', { class: 'news-item' }, scenarioText(ev ? index : undefined, 'h3', null, ev?.title ?? e.event), ev ? scenarioText(index, 'p', null, ev.text) : null, changeList(index, e.changes), sourcesDetails(index, ev?.sources));
    })),
  );
}

/** Offers another state made to the player, each with the player's answer, as the log says them. */
function offersPanel(index: ScenarioIndex, end: GameState, turn: number): HTMLElement | null {
  const offers = entriesOf(end, turn, ['offer']);
  if (offers.length === 0) return null;
  return h(
    'section',
    { class: 'panel', attrs: { 'data-testid': 'replay-offers' } },
    h('h2', null, `Offers to ${nameInSentence(index, index.scenario.player.id)}`),
    h('ul', { class: 'moves' }, offers.map((e) => h('li', null, entryWords(index, e), changeList(index, e.changes)))),
  );
}

type AfterAnswer = Extract<LogEntry, { kind: 'counter' | 'bargain' }>;

function proposalsPanel(index: ScenarioIndex, step: ReplayStep, end: GameState): HTMLElement {
  const turn = step.turn;
  const decisions = entriesOf(end, turn, ['decision']);
  const deals = entriesOf(end, turn, ['deal']);
  // A counter-offer taken or declined, the rounds of bargaining: under the answer they followed.
  const after = entriesOf(end, turn, ['counter', 'bargain']);
  const proposals = step.events.filter((e) => e.type === 'PROPOSE' || e.type === 'WITHDRAW');
  return h(
    'section',
    { class: 'panel' },
    h('h2', null, 'The player’s moves'),
    proposals.length === 0 ? h('p', { class: 'muted' }, 'No proposal.') : h('ul', null, proposals.map((e) => h('li', null, `${e.type === 'PROPOSE' ? 'Proposed' : 'Withdrew'} “`, scenarioSpan(index, optionTitle(index, (e as { option: string }).option)), '”'))),
    h('ul', { class: 'results' }, decisions.map((d, i) => {
      const own = after.filter((e) => e.option === d.decision.option && e.actor === d.decision.actor);
      return decisionRow(index, d.decision, deals.find((x) => x.option === d.decision.option), gameLog(end), `replay-why-${turn}-${i}`, afterAnswer(index, own));
    })),
  );
}

function afterAnswer(index: ScenarioIndex, entries: readonly AfterAnswer[]): HTMLElement | null {
  if (entries.length === 0) return null;
  return h('ul', { class: 'decision-steps small', attrs: { 'data-testid': 'replay-bargaining' } }, entries.map((e) => h('li', null, entryWords(index, e))));
}

function movesPanel(index: ScenarioIndex, end: GameState, turn: number): HTMLElement {
  const moves = entriesOf(end, turn, ['move']);
  return h(
    'section',
    { class: 'panel' },
    h('h2', null, 'The other actors'),
    moves.length === 0 ? h('p', { class: 'muted' }, 'No other actor made a move.') : null,
    moves.length === 0 ? null : h('ul', { class: 'moves' }, moves.map((m, i) => h('li', null, entryWords(index, m), ' ', whyButton(actorName(index, m.actor), `replay-move-${turn}-${i}`, () => openWhyMove(index, m)), changeList(index, m.changes)))),
  );
}

function crisesPanel(index: ScenarioIndex, end: GameState, turn: number): HTMLElement | null {
  const list = crisisList(index, end, turn, 'replay-crises');
  return list ? h('section', { class: 'panel' }, h('h2', null, 'Crises'), list) : null;
}

function agreementsPanel(index: ScenarioIndex, end: GameState, turn: number): HTMLElement | null {
  const agreements = turnAgreements(entriesOf(end, turn, ['agreement']));
  if (agreements.length === 0) return null;
  return h(
    'section',
    { class: 'panel', attrs: { 'data-testid': 'replay-agreements' } },
    h('h2', null, 'Agreements'),
    h('ul', { class: 'agreements' }, agreements.map(({ entry, nth }) => h('li', null, phraseNodes(index, agreementEntryPhrase(index, entry, nth)), changeList(index, entry.changes)))),
  );
}

