// Who can hold a seat, in a module of its own with no imports: the record's schema reads it too,
// without bringing the engine into the record's code.

/** Who can hold a seat other than the rules: they decide by events, which a record keeps. */
export const EVENT_SEAT_HOLDERS = ['random', 'greedy', 'expert', 'person'] as const;
export const SEAT_HOLDERS = ['rule', ...EVENT_SEAT_HOLDERS] as const;
export type SeatHolder = (typeof SEAT_HOLDERS)[number];

/**
 * The bots that may decide for a person's seat nobody is at (a class game's computer, for a seat no
 * student took or whose turn's time ran out): the event says so (`by`), and the decision's words
 * name the bot, not "a player".
 */
export const STAND_IN_BOTS = ['greedy', 'expert'] as const;
export type StandInBot = (typeof STAND_IN_BOTS)[number];
