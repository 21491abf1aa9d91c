// What came into play in the two bots' games, as `batch` counts it for one: each option proposed
// and agreed (with its counter-offers made, taken, declined and the middles agreed), each actor's
// offers made and taken, each actor's moves open and made, each crisis opened and how it ended,
// each flag set at the end, each track's values at the end. One set of tables for `cli balance`
// (text) and the editor's play-test (HTML): each cell "random / greedy", since both are read side
// by side. Pure.
import { targetCell, type BatchReport } from '../cli/batch/report';

/** The parts of each bot's batch the tables are made from (in the balance report's JSON as they are). */
export type InPlay = Pick<BatchReport, 'optionPicks' | 'offers' | 'moves' | 'crisisTable' | 'flags' | 'trackEnds'>;

export interface InPlayTable {
  title: string;
  /** What the columns count, in a sentence. */
  note: string;
  header: string[];
  /** The first cell names the row (an id); the others are "random / greedy" or text. */
  rows: string[][];
}

export const inPlayOf = ({ optionPicks, offers, moves, crisisTable, flags, trackEnds }: BatchReport): InPlay => ({ optionPicks, offers, moves, crisisTable, flags, trackEnds });

/** Both bots' figures in one cell; "–" where neither has one. */
const both = (random: number | string, greedy: number | string) => (random === '–' && greedy === '–' ? '–' : `${random} / ${greedy}`);

function options(r: InPlay, g: InPlay): InPlayTable {
  const ids = Object.keys(g.optionPicks);
  const counters = ids.some((id) => g.optionPicks[id]!.counter);
  const counts = (o: InPlay['optionPicks'][string]) => (o.counter ? [o.counter.made, o.counter.taken, o.counter.made - o.counter.taken, o.counter.middle] : ['–', '–', '–', '–']);
  return {
    title: 'Options',
    note: `Turns in which the bot proposed the option, and the deals made${counters ? '; for an option with a counter-offer, how often the target made it, the bot took it as offered or did not (declined, or bargained over), and of those a middle was agreed after bargaining' : ''}.`,
    header: ['Option', 'Target', 'Proposed', 'Agreed', ...(counters ? ['Countered', 'Taken', 'Not taken', 'Middle'] : [])],
    rows: ids.map((id) => {
      const [a, b] = [r.optionPicks[id]!, g.optionPicks[id]!];
      const cells = [both(a.proposed, b.proposed), both(a.agreed, b.agreed)];
      if (counters) cells.push(...counts(a).map((x, i) => both(x, counts(b)[i]!)));
      return [id, targetCell(b), ...cells];
    }),
  };
}

function actorsOffers(r: InPlay, g: InPlay): InPlayTable | null {
  const keys = Object.keys(g.offers);
  if (keys.length === 0) return null;
  return {
    title: "Actors' offers",
    note: 'How often the actor made its offer, and how often the bot took it.',
    header: ['Offer', 'Actor', 'Made', 'Taken'],
    rows: keys.map((key) => [key.slice(key.indexOf('/') + 1), g.offers[key]!.actor, both(r.offers[key]!.offered, g.offers[key]!.offered), both(r.offers[key]!.taken, g.offers[key]!.taken)]),
  };
}

function actorsMoves(r: InPlay, g: InPlay): InPlayTable | null {
  const keys = Object.keys(g.moves);
  if (keys.length === 0) return null;
  return {
    title: "Actors' moves",
    note: 'Turns in which the move was open to its actor (its condition held and it was not used up), how often it happened, and in how many games. A move never open has a condition out of reach.',
    header: ['Move', 'Actor', 'Open', 'Happened', 'Games'],
    rows: keys.map((key) => {
      const [a, b] = [r.moves[key]!, g.moves[key]!];
      return [key.slice(key.indexOf('/') + 1), b.actor, both(a.open, b.open), both(a.happened, b.happened), both(a.games, b.games)];
    }),
  };
}

function crises(r: InPlay, g: InPlay): InPlayTable | null {
  const ids = Object.keys(g.crisisTable);
  if (ids.length === 0) return null;
  const row = (c: InPlay['crisisTable'][string]) => [c.games, c.total, c.outcomes['player-backed-down'], c.outcomes['other-backed-down'], c.outcomes.settled, c.outcomes['top-rung']];
  const listed = ids.filter((id) => g.crisisTable[id]!.triggers.length > 1);
  return {
    title: 'Crises',
    note: `In how many games each crisis opened, how often, and how it ended${listed.length > 0 ? '; for a crisis with several triggers, how often each was in the turn it opened (a turn may hold more than one)' : ''}.`,
    header: ['Crisis', 'Other side', 'Games', 'Opened', 'Player backed down', 'Other backed down', 'Settled', 'Top rung', ...(listed.length > 0 ? ['Opened on'] : [])],
    rows: ids.map((id) => {
      const [a, b] = [r.crisisTable[id]!, g.crisisTable[id]!];
      const on = b.triggers.length > 1 ? [b.triggers.map((t, i) => `${t.on} ${both(a.triggers[i]!.opened, t.opened)}`).join('; ')] : listed.length > 0 ? [''] : [];
      return [id, b.other, ...row(a).map((x, i) => both(x, row(b)[i]!)), ...on];
    }),
  };
}

function flagsSet(r: InPlay, g: InPlay): InPlayTable | null {
  const ids = Object.keys(g.flags);
  if (ids.length === 0) return null;
  return {
    title: 'Flags',
    note: 'In how many games each flag was set at the end.',
    header: ['Flag', 'Name', 'Games'],
    rows: ids.map((id) => [id, g.flags[id]!.name, both(r.flags[id]!.games, g.flags[id]!.games)]),
  };
}

function tracks(r: InPlay, g: InPlay): InPlayTable {
  const ids = Object.keys(g.trackEnds);
  return {
    title: 'Tracks at the end',
    note: "Each track's lowest, median and highest value at the end of the games.",
    header: ['Track', 'Name', 'Min', 'Median', 'Max'],
    rows: ids.map((id) => {
      const [a, b] = [r.trackEnds[id]!, g.trackEnds[id]!];
      return [id, b.name, both(a.min, b.min), both(a.median, b.median), both(a.max, b.max)];
    }),
  };
}

/** The tables, those the file has a use for (no offers table for a file without offers, and so on). */
export function inPlayTables(inPlay: Record<'random' | 'greedy', InPlay>): InPlayTable[] {
  const { random: r, greedy: g } = inPlay;
  return [options(r, g), actorsOffers(r, g), actorsMoves(r, g), crises(r, g), flagsSet(r, g), tracks(r, g)].filter((t): t is InPlayTable => t !== null);
}
