// The game actor's context, its events, and what the rules decide at once from it (pure functions
// of the context: the statechart's actions call them, the engine does the rules themselves).
import { decidesByEvent, nextOfferer, openMoves, ruleOffer, seatOf, weighQueued, type ChecksumScheme, type Decision, type GameState, type PendingOffer, type ScenarioIndex, type SeatMove, type Seats } from '../engine';
import type { PlanEvent, PlayerEvent, Refusal } from './events';
import type { SeatQuestion } from './seatQuestion';

export interface GameContext {
  index: ScenarioIndex;
  game: GameState;
  /** The counter-offer awaiting the player's answer, if any. */
  counter: Decision | null;
  /** The last refused event and why; refusals leave `game` untouched. */
  refusal: Refusal | null;
  /** Who holds each actor's seat; actors left out are played by the rules. */
  seats: Seats;
  /** The seat's decision the game waits for, if any. */
  asking: SeatQuestion | null;
  /** This turn: the actors already asked for an offer, the offer awaiting the player, the seats' moves. */
  offerAsked: string[];
  offer: PendingOffer | null;
  seatMoves: Record<string, SeatMove>;
  /** Where the crisis being answered sits in `game.crises` (crises are answered one by one). */
  crisisAt: number | null;
  /** How the turns' checksums are computed: a game keeps the scheme it began with (src/engine/checksum.ts). */
  checksums: ChecksumScheme;
}

export interface GameInput {
  index: ScenarioIndex;
  game: GameState;
  seats?: Seats;
  /** The scheme of new games, or that of the record a game is replayed from (startSession chooses). */
  checksums: ChecksumScheme;
}

export type GameEvent = PlayerEvent | PlanEvent;

export const nextProposal = (game: GameState) => game.proposals[game.outcomes.length];

/** The next actor held by a bot or a person that has a move open and has not chosen yet. */
export const nextMover = (context: GameContext) =>
  context.index.scenario.actors.find((a) => decidesByEvent(context.seats, a.id) && !Object.hasOwn(context.seatMoves, a.id) && openMoves(context.game, context.index, a.id).length > 0)?.id;

/** A counter-offer waits for the player, unless its target's seat is deciding a round. */
export const counterWaits = (context: GameContext) => context.counter !== null && context.asking === null;

const rulesHold = (context: GameContext, actor: string | undefined) => actor === undefined || !decidesByEvent(context.seats, actor);

/**
 * The rules weigh at once, in order, every proposal aimed at their seats (or at no one), up to the
 * first that someone must be waited for: a seat's answer, or the player's answer to a counter-offer.
 */
export function weighByRulesUntilWait(context: GameContext): Pick<GameContext, 'game' | 'counter'> {
  if (context.counter !== null) return { game: context.game, counter: context.counter };
  const { state: game, counter } = weighQueued(context.game, context.index, (target) => rulesHold(context, target));
  return { game, counter };
}

/**
 * The actors played by the rules make their offers at once, in actor order, up to the first offer
 * (the player answers it) or the first offerer whose seat a bot or a person holds.
 */
export function ruleOffersUntilWait(context: GameContext): Pick<GameContext, 'offerAsked' | 'offer'> {
  const { game, index } = context;
  let { offerAsked, offer } = context;
  for (let actor = nextOfferer(game, index, offerAsked); offer === null && actor !== null && rulesHold(context, actor); actor = nextOfferer(game, index, offerAsked)) {
    const made = ruleOffer(game, index, actor);
    offerAsked = [...offerAsked, actor];
    offer = made === null ? null : { actor, offer: made, decidedBy: 'rule' };
  }
  return { offerAsked, offer };
}

/** Every seat not played by the rules has its move, none when it had no move open. */
export function seatMovesOfTurn(context: GameContext): Record<string, SeatMove> {
  const moves: Record<string, SeatMove> = {};
  for (const a of context.index.scenario.actors) {
    if (decidesByEvent(context.seats, a.id)) moves[a.id] = context.seatMoves[a.id] ?? { move: null, decidedBy: seatOf(context.seats, a.id) };
  }
  return moves;
}
