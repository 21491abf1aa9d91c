// The engine fixture with one crisis: the price shock (turn 2) opens a standoff with Small over
// the islands, on a ladder of three rungs, with a back-down, a hold and a costly escalation.
import { indexScenario } from '../../src/engine';
import { scenarioSchema } from '../../src/scenario/schema';
import { fixtureData } from './fixture';

const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];

export const standoff = {
  id: 'standoff',
  title: 'Standoff over the islands',
  text: 'Small sends patrol boats.',
  opensOn: { event: 'shock' },
  other: 'small',
  stake: 'Who patrols the islands.',
  touches: { islands: -20 },
  ladder: [
    { title: 'Protests', text: 'Notes are exchanged.', effects: [{ actor: 'small', attr: 'relation', add: -5 }] },
    { title: 'Patrols', text: 'Ships shadow each other.', pressure: 10, effects: [{ track: 'wealth', add: -2 }] },
    { title: 'Clash', text: 'A collision at sea.', effects: [{ track: 'wealth', add: -6 }, { actor: 'small', attr: 'trust', add: -20 }] },
  ],
  answers: [
    { id: 'yield', title: 'Withdraw the ships', text: 'Give way.', step: 'back-down', effects: [{ actor: 'small', attr: 'relation', add: 3 }] },
    { id: 'protest', title: 'Protest', text: 'A formal note.', step: 'hold', effects: [] },
    { id: 'retaliate', title: 'Send the fleet', text: 'Escalate.', step: 'escalate', cost: 2, pressure: 10, effects: [] },
  ],
  onPlayerBacksDown: [{ track: 'wealth', add: -3 }],
  onOtherBacksDown: [{ track: 'wealth', add: 4 }],
  onSettled: [{ track: 'wealth', add: 1 }],
  sources: cite,
};

export function crisisIndex(crisis: Record<string, unknown> = {}) {
  return indexScenario(scenarioSchema.parse({ ...fixtureData, crises: [{ ...standoff, ...crisis }] }), '0123456789abcdef');
}

/**
 * The fixture with the standoff crisis (turn 2) and two rounds of bargaining over the islands, made
 * harder to accept (base −45: the rules' chance 44 %) so that the greedy bot counter-offers.
 */
export function bargainingCrisisIndex() {
  return indexScenario(
    scenarioSchema.parse({
      ...fixtureData,
      options: fixtureData.options.map((o) => (o.id === 'islands' ? { ...o, base: -45, counter: { ...o.counter!, rounds: 2, patience: 10 } } : o)),
      crises: [standoff],
    }),
    '0123456789abcdef',
  );
}
