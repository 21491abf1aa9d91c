// Who can hold a seat, in a module of its own with no imports: the record's schema reads it too,
// without bringing the engine into the record's code.

/** Who can hold a seat other than the rules: they decide by events, which a record keeps. */
export const EVENT_SEAT_HOLDERS = ['random', 'greedy', 'expert', 'person'] as const;
export const SEAT_HOLDERS = ['rule', ...EVENT_SEAT_HOLDERS] as const;
export type SeatHolder = (typeof SEAT_HOLDERS)[number];
