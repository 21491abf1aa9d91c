// An actor's own offers to the player (the scenario's `offers`): at the start of a turn, after the
// news, each actor in file order may make one; the player takes or declines it before planning.
// The rules' seat makes the first open offer (documented in docs/rules.md); a bot's or a person's
// seat chooses one or none. No die is drawn for offers.
import { holds } from './conditions';
import { countedOne } from './counts';
import { draft } from './draft';
import { applyEffects } from './effects';
import { inSentence } from './names';
import type { StandInBot } from './seatHolders';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { capitalLeft } from './capitalLeft';

/** An offer made and waiting for the player's answer. */
export interface PendingOffer {
  actor: string;
  offer: string;
  /** Who made it: 'rule', or the seat's holder. */
  decidedBy: string;
}

const keyOf = (actorId: string, offerId: string) => `${actorId}/${offerId}`;

/** The actor's offers it can make now (condition holding, not made `maxTimes` yet), in file order. */
export function openOffers(state: GameState, index: ScenarioIndex, actorId: string): string[] {
  const open: string[] = [];
  for (const { offer, slot } of must(index.actorOffers.get(actorId), `actor ${actorId}`)) {
    if (state.offerTimes[slot]! < offer.maxTimes && holds(state, index, offer.when)) open.push(offer.id);
  }
  return open;
}

/** The rules' choice: the first open offer, or none. */
export function ruleOffer(state: GameState, index: ScenarioIndex, actorId: string): string | null {
  return openOffers(state, index, actorId)[0] ?? null;
}

/** The next actor, after those already asked this turn, that has an offer open; or null. */
export function nextOfferer(state: GameState, index: ScenarioIndex, asked: readonly string[]): string | null {
  for (const actor of index.scenario.actors) {
    if (asked.includes(actor.id) || actor.offers.length === 0) continue;
    if (openOffers(state, index, actor.id).length > 0) return actor.id;
  }
  return null;
}

/** Why the actor's seat cannot make this offer now (null: no offer), or null when it can. */
export function offerRefusal(state: GameState, index: ScenarioIndex, actorId: string, offerId: string | null): string | null {
  if (offerId === null) return null;
  const actor = must(index.actors.get(actorId), `actor ${actorId}`);
  const offer = actor.offers.find((o) => o.id === offerId);
  if (!offer) return `${inSentence(index, actorId)} has no offer "${offerId}"; its offers are ${actor.offers.map((o) => o.id).join(', ') || 'none'}`;
  if (!openOffers(state, index, actorId).includes(offerId)) return `"${offer.title}" is not open to ${inSentence(index, actorId)} now`;
  return null;
}

/** Why the player cannot take the offer (its cost), or null. Declining is always possible. */
export function takeOfferRefusal(state: GameState, index: ScenarioIndex, pending: PendingOffer): string | null {
  const offer = must(index.offers.get(keyOf(pending.actor, pending.offer)), 'offer');
  return offer.cost > state.capital ? `taking "${offer.title}" costs ${offer.cost} diplomatic capital and ${capitalLeft(state.capital)}` : null;
}

/** The player's answer: taking pays the cost and applies the effects; declining applies onDecline. `by`: the bot that answered for a class game's player nobody was deciding for. */
export function answerOffer(state: GameState, index: ScenarioIndex, pending: PendingOffer, take: boolean, by?: StandInBot): GameState {
  const key = keyOf(pending.actor, pending.offer);
  const offer = must(index.offers.get(key), 'offer');
  const next = draft(state);
  next.offerTimes = countedOne(state.offerTimes, index.slots.offers.get(key)!);
  const before = next.capital;
  if (take) next.capital -= offer.cost;
  const changes = applyEffects(next, index, take ? offer.effects : offer.onDecline);
  if (take && offer.cost > 0) changes.unshift({ target: 'capital', before, after: next.capital });
  next.turnLog.push({ kind: 'offer', turn: next.turn, actor: pending.actor, offer: pending.offer, taken: take, decidedBy: pending.decidedBy, answeredBy: by, changes });
  return next;
}
