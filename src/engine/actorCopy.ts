// An actor's numbers copied as one object literal, in ACTOR_ATTRIBUTES' order (which the schema
// gives every scenario's starting numbers, and so the first checksum scheme's text). Copied by
// spreads, the actor objects of a game took five hidden classes of V8's (each spread makes its own
// from the one it copies), and every read of an actor's number past four classes goes through
// V8's slowest lookup; as literals they keep one.
import type { ActorState } from './state';

export function actorCopy(a: Readonly<ActorState>): ActorState {
  return { relation: a.relation, trust: a.trust, trade: a.trade, alignment: a.alignment };
}
