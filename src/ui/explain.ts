// "Why?": every term of a decision or a move, the score, the chance and the roll — the heart of
// the classroom use. Only reads what the engine recorded.
import type { Decision, LogEntry, ScenarioIndex, Term } from '../engine';
import { button, h, signed, type Child } from './dom';
import { openDialog } from './dialog';
import { actorName, changeList, optionTitle, OUTCOME_WORDS, seatWords, sourcesDetails } from './text';

const TERM_KIND: Record<Term['kind'], string> = {
  base: 'the proposal itself',
  interest: 'interest',
  relation: 'relation',
  trust: 'trust',
  modifier: 'circumstance',
  chance: 'base chance',
};

/** A table of terms with their sum; `kinds` adds a column saying what each term comes from. */
export function termsTable(terms: readonly Term[], totalLabel: string, total: number, caption: string, kinds = true): HTMLTableElement {
  return h(
    'table',
    { class: 'terms' },
    h('caption', null, caption),
    h(
      'thead',
      null,
      h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Term'), kinds ? h('th', { attrs: { scope: 'col' } }, 'Kind') : null, h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Value')),
    ),
    h(
      'tbody',
      null,
      terms.map((t) =>
        h(
          'tr',
          { class: t.value > 0 ? 'up' : t.value < 0 ? 'down' : '' },
          h('td', null, t.label),
          kinds ? h('td', { class: 'muted' }, TERM_KIND[t.kind]) : null,
          h('td', { class: 'num' }, signed(t.value)),
        ),
      ),
    ),
    h('tfoot', null, h('tr', null, h('th', { attrs: { scope: 'row', colspan: kinds ? 2 : 1 } }, totalLabel), h('td', { class: 'num' }, signed(total)))),
  );
}

/** The explanation of a target's decision, as page content. */
export function decisionExplanation(index: ScenarioIndex, d: Decision): Child {
  const actor = actorName(index, d.actor);
  const option = index.options.get(d.option);
  const outcome =
    d.roll === null
      ? `No die was rolled: ${actor}'s seat is held by ${seatWords(d.decidedBy)}, who ${OUTCOME_WORDS[d.outcome]} the proposal. The rules' weighing above is what the advisor showed.`
      : d.outcome === 'accept'
      ? `The roll, ${d.roll}, is below the chance of ${d.chance}: ${actor} accepted.`
      : d.outcome === 'counter'
        ? `The roll, ${d.roll}, is not below the chance of ${d.chance}, but below ${d.counterBelow} (the chance plus the counter-offer band): ${actor} made a counter-offer.`
        : option?.counter
          ? `The roll, ${d.roll}, is not below the chance of ${d.chance} nor below ${d.counterBelow} (the counter-offer band): ${actor} rejected the proposal.`
          : `The roll, ${d.roll}, is not below the chance of ${d.chance}: ${actor} rejected the proposal.`;
  return [
    h('p', { class: 'lead' }, `${actor} weighed “${optionTitle(index, d.option)}” (turn ${d.turn}) and ${OUTCOME_WORDS[d.outcome]} it.`),
    termsTable(d.terms, 'Score (sum of the terms)', d.score, `How ${actor} weighed the proposal`),
    h(
      'dl',
      { class: 'roll' },
      h('dt', null, 'Chance of acceptance'),
      h('dd', null, `${d.chance}% = 50 ${d.score < 0 ? '−' : '+'} ${Math.abs(d.score)}, kept between 3 and 97`),
      h('dt', null, 'Roll of the die (0–99)'),
      h('dd', null, d.roll === null ? 'none (a seat decided)' : String(d.roll)),
      h('dt', null, 'Result'),
      h('dd', null, outcome),
    ),
    sourcesDetails(index, option?.sources, 'Sources of this option'),
  ];
}

export function moveExplanation(index: ScenarioIndex, e: Extract<LogEntry, { kind: 'move' }>): Child {
  const actor = actorName(index, e.actor);
  const move = index.moves.get(`${e.actor}/${e.move}`);
  const total = e.terms.reduce((s, t) => s + t.value, 0);
  return [
    h('p', { class: 'lead' }, e.roll === null ? `${actor}'s seat, held by ${seatWords(e.decidedBy)}, chose “${move?.title ?? e.move}”: a seat's chosen move happens.` : `${actor} chose to consider “${move?.title ?? e.move}”, its most likely move this turn.`),
    move ? h('p', null, move.text) : null,
    termsTable(e.terms, 'Sum (kept between 0 and 100)', total, `How ${actor} weighed its move`),
    h(
      'dl',
      { class: 'roll' },
      h('dt', null, 'Chance'),
      h('dd', null, `${e.chance}%`),
      h('dt', null, 'Roll of the die (0–99)'),
      h('dd', null, e.roll === null ? 'none (a seat decided)' : String(e.roll)),
      h('dt', null, 'Result'),
      h('dd', null, e.roll === null ? `${actor} acted.` : e.happened ? `The roll is below the chance: ${actor} acted.` : `The roll is not below the chance: ${actor} did nothing this turn.`),
    ),
    e.happened ? changeList(index, e.changes) : null,
    sourcesDetails(index, move?.sources),
  ];
}

export function openWhyDecision(index: ScenarioIndex, d: Decision): void {
  openDialog({ title: `Why did ${actorName(index, d.actor)} decide that?`, content: decisionExplanation(index, d), class: 'why' });
}

export function openWhyMove(index: ScenarioIndex, e: Extract<LogEntry, { kind: 'move' }>): void {
  openDialog({ title: `Why did ${actorName(index, e.actor)} ${e.happened ? 'act' : 'not act'}?`, content: moveExplanation(index, e), class: 'why' });
}

/** A "Why?" button whose accessible name says what it explains. */
export function whyButton(label: string, key: string, onClick: () => void): HTMLButtonElement {
  return button(['Why?', h('span', { class: 'sr-only' }, ` ${label}`)], onClick, { class: 'why-button', key });
}
