// "Why?": every term of a decision or a move, the score, the chance and the roll — the heart of
// the classroom use. Only reads what the engine recorded.
import { roundsOf, type BargainRound, type Decision, type LogEntry, type ScenarioIndex, type Term, possessive } from '../engine';
import { button, h, signed, type Child } from './dom';
import { openDialog } from './dialog';
import { roundsExplanation } from './explainRounds';
import { phrase, own, phraseNodes, scenarioText, type Phrase } from './scenarioText';
import { actorName, changeList, isOwnStep, nameInSentence, optionTitle, OUTCOME_WORDS, seatChoseWords, seatWeighingWords, seatWords, sentenceStartName, sourcesDetails, termLabel } from './text';

const TERM_KIND: Record<Term['kind'], string> = {
  base: 'the proposal itself',
  interest: 'interest',
  relation: 'relation',
  trust: 'trust',
  modifier: 'circumstance',
  chance: 'base chance',
  middle: 'the middle',
  patience: 'patience',
};

/** A table of terms with their sum; `kinds` adds a column saying what each term comes from. The scenario's labels are marked in its language. */
export function termsTable(index: ScenarioIndex, terms: readonly Term[], totalLabel: string, total: number, caption: Child, kinds = true): HTMLTableElement {
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
          h('td', null, termLabel(index, t)),
          kinds ? h('td', { class: 'muted' }, TERM_KIND[t.kind]) : null,
          h('td', { class: 'num' }, signed(t.value)),
        ),
      ),
    ),
    h('tfoot', null, h('tr', null, h('th', { attrs: { scope: 'row', colspan: kinds ? 2 : 1 } }, totalLabel), h('td', { class: 'num' }, signed(total)))),
  );
}

/** The explanation of a target's decision, as page content, with the rounds of bargaining that followed it. */
export function decisionExplanation(index: ScenarioIndex, d: Decision, rounds: readonly BargainRound[] = []): Child {
  const option = index.options.get(d.option);
  if (isOwnStep(index, d.actor)) {
    return [
      h('p', { class: 'lead' }, phraseNodes(index, phrase`“${own(optionTitle(index, d.option))}” (turn ${d.turn}) is a step ${nameInSentence(index, d.actor)} takes alone: no one is asked and no die is rolled; it was carried out at the end of the turn. Others may answer it with their own moves or a crisis.`)),
      sourcesDetails(index, option?.sources, 'Sources of this option'),
    ];
  }
  const actor = nameInSentence(index, d.actor);
  const actorFirst = sentenceStartName(index, d.actor);
  const outcome =
    d.roll === null
      ? // A person's seat may be decided by the computer (time up, the teacher's "end the turn now"): "held by" would not be true.
        `No die was rolled: for ${possessive(actor)} seat, ${seatWords(d.decidedBy)} ${OUTCOME_WORDS[d.outcome]} the proposal. ${seatWeighingWords(d.decidedBy, ' above')}`
      : d.outcome === 'accept'
      ? `The roll, ${d.roll}, is below the chance of ${d.chance}: ${actor} accepted.`
      : d.outcome === 'counter'
        ? `The roll, ${d.roll}, is not below the chance of ${d.chance}, but below ${d.counterBelow} (the chance plus the counter-offer band): ${actor} made a counter-offer.`
        : option?.counter
          ? `The roll, ${d.roll}, is not below the chance of ${d.chance} nor below ${d.counterBelow} (the chance plus the counter-offer band): ${actor} rejected the proposal.`
          : `The roll, ${d.roll}, is not below the chance of ${d.chance}: ${actor} rejected the proposal.`;
  return [
    h('p', { class: 'lead' }, phraseNodes(index, phrase`${actorFirst} weighed “${own(optionTitle(index, d.option))}” (turn ${d.turn}) and ${OUTCOME_WORDS[d.outcome]} it.`)),
    termsTable(index, d.terms, 'Score (sum of the terms)', d.score, `How ${actor} weighed the proposal`),
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
    roundsExplanation(index, d.actor, rounds),
    sourcesDetails(index, option?.sources, 'Sources of this option'),
  ];
}

export function moveExplanation(index: ScenarioIndex, e: Extract<LogEntry, { kind: 'move' }>): Child {
  const actor = nameInSentence(index, e.actor);
  const actorFirst = sentenceStartName(index, e.actor);
  const title = (id: string) => index.moves.get(`${e.actor}/${id}`)?.title ?? id;
  // A move's title in the sentences, quoted, in the scenario's language.
  const quoted = (id: string) => phrase`“${own(title(id))}”`;
  const words = (p: Phrase) => phraseNodes(index, p);
  const move = index.moves.get(`${e.actor}/${e.move}`);
  const weighed = e.weighed ?? [];
  const total = weighed.reduce((s, w) => s + w.chance, 0);
  let start = 0;
  const stretches = weighed.map((w) => {
    const stretch = w.share > 0 ? `${start}–${start + w.share - 1}` : 'none';
    start += w.share;
    return { ...w, stretch };
  });
  return [
    h(
      'p',
      { class: 'lead' },
      e.roll === null ? words(phrase`${seatChoseWords(actor, e.decidedBy)} the move ${quoted(e.move)}: a seat's chosen move happens, no die is rolled. ${seatWeighingWords(e.decidedBy, ' below')}`) : e.happened ? words(phrase`${actorFirst} made the move ${quoted(e.move)}.`) : `${actorFirst} made no move this turn.`,
    ),
    e.happened && move ? scenarioText(index, 'p', null, move.text) : null,
    stretches.map((w) => termsTable(index, w.terms, 'Chance (kept between 0 and 100)', w.chance, words(phrase`How ${actor} weighed ${quoted(w.move)}`))),
    h(
      'table',
      { class: 'terms moves-line' },
      h('caption', null, total > 100 ? `The chances add up to ${total}, past 100: each is scaled to chance × 100 / ${total}, rounded down` : 'Each move holds its chance on the die, one after the other'),
      h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' } }, 'Move'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Chance'), h('th', { attrs: { scope: 'col' }, class: 'num' }, 'Die faces'))),
      h('tbody', null, stretches.map((w) => h('tr', { class: w.move === e.move && e.happened ? 'up' : '' }, scenarioText(index, 'td', null, title(w.move)), h('td', { class: 'num' }, `${w.share}%`), h('td', { class: 'num' }, w.stretch))), h('tr', null, h('td', null, 'No move'), h('td', { class: 'num' }, `${100 - start}%`), h('td', { class: 'num' }, start < 100 ? `${start}–99` : 'none'))),
    ),
    h(
      'dl',
      { class: 'roll' },
      h('dt', null, 'Roll of the die (0–99)'),
      h('dd', null, e.roll === null ? 'none (a seat decided)' : String(e.roll)),
      h('dt', null, 'Result'),
      h('dd', null, e.roll === null ? `${possessive(actorFirst)} seat chose it: ${actor} acted.` : e.happened ? words(phrase`The roll falls in the faces of ${quoted(e.move)}: ${actor} acted.`) : `The roll falls beyond every move: ${actor} did nothing this turn.`),
    ),
    e.happened ? changeList(index, e.changes) : null,
    sourcesDetails(index, move?.sources),
  ];
}

export function openWhyDecision(index: ScenarioIndex, d: Decision, rounds: readonly BargainRound[] = []): void {
  openDialog({ title: `Why did ${nameInSentence(index, d.actor)} decide that?`, content: decisionExplanation(index, d, rounds), class: 'why' });
}

/** A decision's "Why?" (with the rounds of bargaining the game's `log` holds); none for a step taken alone, which no one weighed. */
export function decisionWhyButton(index: ScenarioIndex, d: Decision, log: readonly LogEntry[], key: string): HTMLButtonElement | null {
  if (isOwnStep(index, d.actor)) return null;
  return whyButton(phraseNodes(index, phrase`${actorName(index, d.actor)}, ${own(optionTitle(index, d.option))}`), key, () => openWhyDecision(index, d, roundsOf(log, d)));
}

export function openWhyMove(index: ScenarioIndex, e: Extract<LogEntry, { kind: 'move' }>): void {
  openDialog({ title: `Why did ${nameInSentence(index, e.actor)} ${e.happened ? 'act' : 'not act'}?`, content: moveExplanation(index, e), class: 'why' });
}

/** A "Why?" button whose accessible name says what it explains (the scenario's words in it marked: phraseNodes). */
export function whyButton(label: Child, key: string, onClick: () => void): HTMLButtonElement {
  return button(['Why?', h('span', { class: 'sr-only' }, ' ', label)], onClick, { class: 'why-button', key });
}
