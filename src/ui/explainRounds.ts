// "Why?" for bargaining in rounds: each round the player offered the middle, with the target's
// terms (its patience among them), the chance, the roll and what followed.
import type { BargainRound, ScenarioIndex } from '../engine';
import { h, type Child } from './dom';
import { termsTable } from './explain';
import { nameInSentence, seatChoseWords, seatWeighingWords } from './text';

const BARGAIN_CHOICE_WORDS = { accept: 'accept the middle', hold: 'keep its counter-offer on the table', 'walk-away': 'walk away, as after a rejection' } as const;

/** `actor`: the name as inside a sentence (nameInSentence). */
function roundResult(actor: string, r: BargainRound): string {
  if (r.roll === null) return `${seatChoseWords(actor, r.decidedBy)} to ${BARGAIN_CHOICE_WORDS[r.outcome]}: a seat's answer is certain, no die is rolled. ${seatWeighingWords(r.decidedBy)}`;
  if (r.outcome === 'accept') return `The roll, ${r.roll}, is below the chance of ${r.chance}: ${actor} accepted the middle.`;
  if (r.outcome === 'hold') return `The roll, ${r.roll}, is not below ${r.chance} but below ${r.holdBelow} (the chance plus the counter-offer band): ${actor} kept its counter-offer on the table.`;
  return `The roll, ${r.roll}, is not below ${r.holdBelow} (the chance plus the counter-offer band): ${actor} walked away, as after a rejection.`;
}

/** Every round of bargaining over one decision, in order; nothing when there were none. */
export function roundsExplanation(index: ScenarioIndex, actorId: string, rounds: readonly BargainRound[]): Child {
  if (rounds.length === 0) return null;
  const actor = nameInSentence(index, actorId);
  return h(
    'section',
    { class: 'bargain-rounds' },
    h('h3', null, `Bargaining: you offered the middle ${rounds.length === 1 ? 'once' : `${rounds.length} times`}`),
    rounds.map((r) =>
      h(
        'div',
        { class: 'bargain-round', attrs: { 'data-round': String(r.round) } },
        termsTable(index, r.terms, 'Chance (kept between 3 and 97)', r.chance, `Round ${r.round} of ${r.of}: how ${actor} weighed the middle`),
        h(
          'dl',
          { class: 'roll' },
          h('dt', null, 'Roll of the die (0–99)'),
          h('dd', null, r.roll === null ? 'none (a seat decided)' : String(r.roll)),
          h('dt', null, 'Result'),
          h('dd', null, roundResult(actor, r)),
        ),
      ),
    ),
  );
}
