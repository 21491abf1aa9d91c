// Resolution: the turn's deals take effect, rejections have their consequences, and every
// agreement in force does its turn's work.
import { agreementAfter, termsOf } from './agreementAfter';
import { recomputeDerived } from './derive';
import { draft } from './draft';
import { counterPerTurn } from './middle';
import { applyEffectsTo } from './effects';
import { isDeal } from './negotiation';
import { must, optionActor, type ScenarioIndex } from './scenarioIndex';
import type { Agreement, Change, GameState } from './state';

export function resolveTurn(state: GameState, index: ScenarioIndex): GameState {
  const next = draft(state);
  resolveInto(next, index);
  return next;
}

/** resolveTurn written into a draft (movesAndResolution's). */
export function resolveInto(next: GameState, index: ScenarioIndex): void {
  // The agreements are copied once, at the first change, and written in place after: again only
  // if an effect has replaced the list since (breaking an agreement makes a new one, effects.ts).
  let own: Agreement[] | null = null;
  // The derived tracks are recomputed once, at the end, for every attribute a list moved.
  let moved = 0;
  for (const outcome of next.outcomes) {
    const option = must(index.options.get(outcome.option), 'option', outcome.option);
    const made = isDeal(outcome.result);
    const countered = outcome.result === 'counter-taken';
    const middle = outcome.result === 'middle-taken';
    const effects = made ? (countered ? option.counter!.effects : middle ? index.middles.get(option.id)!.effects : option.effects) : outcome.result === 'rejected' ? option.onReject : [];
    const changes: Change[] = [];
    moved |= applyEffectsTo(next, index, effects, changes);
    next.turnLog.push({ kind: 'deal', turn: next.turn, option: option.id, actor: optionActor(index, option.id), result: outcome.result, changes });
    if (made) {
      const lasting = option.duration > 0;
      const deal = { option: option.id, actor: optionActor(index, option.id), madeTurn: next.turn, startTurn: next.turn + 1 + option.delay, countered, middle: middle || undefined };
      own = ownAgreements(next, own);
      own.push(agreementAfter(deal, option.duration, lasting ? 'pending' : 'done'));
    }
  }
  // By position, reading the list afresh: a per-turn effect may break a later agreement (effects.ts
  // then makes a new list), and a broken one does no more work.
  for (let i = 0; i < next.agreements.length; i++) {
    const agreement = next.agreements[i]!;
    const starting = agreement.status === 'pending' && next.turn >= agreement.startTurn;
    if (!starting && agreement.status !== 'active') continue;
    const option = must(index.options.get(agreement.option), 'option', agreement.option);
    const perTurn = agreement.middle ? index.middles.get(option.id)!.perTurn : agreement.countered ? counterPerTurn(option) : option.perTurn;
    const changes: Change[] = [];
    moved |= applyEffectsTo(next, index, perTurn, changes);
    const now = next.agreements[i]!; // broken by its own per-turn effects, it ends all the same
    const turnsLeft = now.turnsLeft - 1;
    const worked = agreementAfter(now, turnsLeft, turnsLeft <= 0 ? 'done' : starting ? 'active' : now.status);
    own = ownAgreements(next, own);
    own[i] = worked;
    // One entry per agreement and turn: when it starts, ends, or changes something.
    if (starting || worked.status === 'done' || changes.length > 0) {
      next.turnLog.push({ kind: 'agreement', turn: next.turn, option: worked.option, actor: worked.actor, status: worked.status, terms: termsOf(worked), changes });
    }
  }
  if (moved !== 0) recomputeDerived(next, index, moved);
}

/** The draft's list of agreements as its own to write: `own` while it is still the draft's list, else a new copy. */
function ownAgreements(next: GameState, own: Agreement[] | null): Agreement[] {
  return next.agreements === own ? own : (next.agreements = [...next.agreements]);
}

