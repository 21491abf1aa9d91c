// The terms an actor's interests give a proposal or a move: a function of the scenario alone, so
// the index computes them once, for the moves (ScenarioIndex.weighableMoves) and the proposals
// (ScenarioIndex.proposalWeighing).
import type { ScenarioActor } from '../scenario/schema';
import { div } from './intmath';
import type { Term } from './state';
import { ownTerm } from './termWords';

/** The terms for the interests of `actor` that `touches` reaches, in the actor's own order. */
export function interestTermsOf(actor: ScenarioActor, touches: Readonly<Record<string, number>>): Term[] {
  const terms: Term[] = [];
  for (const interest of actor.interests) {
    const touch = touches[interest.id];
    if (touch === undefined) continue;
    terms.push(ownTerm(interest.label, div(interest.weight * touch, 100), 'interest'));
  }
  return terms;
}
