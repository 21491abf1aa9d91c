// The numbers every foreign actor carries and their ranges, without the schema library, so that
// the engine (and every batch worker and the game bundle) can use them without loading zod.

/** The four numbers every foreign actor carries. */
export const ACTOR_ATTRIBUTES = ['relation', 'trust', 'trade', 'alignment'] as const;
export const ATTRIBUTE_RANGE: Record<ActorAttribute, readonly [number, number]> = {
  relation: [-100, 100], // hostile .. close
  trust: [0, 100],
  trade: [0, 1000], // billions of US dollars a year
  alignment: [-100, 100], // -100 leans wholly to the US, +100 wholly to China
};
export type ActorAttribute = (typeof ACTOR_ATTRIBUTES)[number];

export const AGREEMENT_STATUSES = ['pending', 'active', 'done', 'disrupted'] as const;
