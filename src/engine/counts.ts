// The state's tables of counts (each option's deals and tries, each event, move and offer) are
// arrays in the scenario's order, a count at the place its id has in the file (its slot). A
// count is read and copied at an array's cost: a copy of 2019's 25 options with one count more
// took 18 ns against 370 ns as an object keyed by id (Node 20), and a 2019 game makes about 80.
// The first checksum scheme wrote them as objects keyed by id; checksum.ts writes them so again.

/** The place of each id in its table: options and events by id, moves and offers by `actor/id`. */
export interface CountSlots {
  options: ReadonlyMap<string, number>;
  events: ReadonlyMap<string, number>;
  moves: ReadonlyMap<string, number>;
  offers: ReadonlyMap<string, number>;
}

/** Each table of counts of the state, and the slots it is read by. */
export const COUNT_TABLES = { optionTimes: 'options', optionTries: 'options', eventTimes: 'events', moveTimes: 'moves', offerTimes: 'offers' } as const;
export type CountTable = keyof typeof COUNT_TABLES;

/** Slots in the order given (the file's). */
export function slotsOf(ids: Iterable<string>): Map<string, number> {
  const slots = new Map<string, number>();
  for (const id of ids) slots.set(id, slots.size);
  return slots;
}

/** A new game's table: every count at 0. */
export function zeroCounts(slots: ReadonlyMap<string, number>): number[] {
  const table: number[] = [];
  for (let i = 0; i < slots.size; i++) table.push(0); // pushed, not `fill`ed: a packed array of small integers
  return table;
}

/** The count of an id (0 for an id the file does not have: a condition may name one). */
export function countOf(table: readonly number[], slots: ReadonlyMap<string, number>, id: string): number {
  const slot = slots.get(id);
  return slot === undefined ? 0 : table[slot]!;
}

/** A copy of a table with one more at `slot`. */
export function countedOne(table: readonly number[], slot: number): number[] {
  const copy = table.slice();
  copy[slot]! += 1;
  return copy;
}
