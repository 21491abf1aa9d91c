// The slowest scenario the validator accepts, as far as we know: every list at its maximum (40
// turns, 16 actors with 24 moves, 120 options, 120 events, 32 effects each, 24 crises of 6 rungs
// and 6 answers opened by events that always happen) within 1 MiB, every chance 100 and
// every limit of conditions reached (src/scenario/limits.ts), with conditions that always hold so
// that every part is tested. Used by `npm run bench` (a game must take well under a second) and by
// the tests that check such a file is accepted.
import { MAX_CONDITION_PARTS, MAX_SCENARIO_CONDITION_PARTS } from '../src/scenario/limits';
import { fixtureData } from '../tests/engine/fixture';

/** Where the condition parts go: the checks a game makes most often. */
export type Heavy = 'options' | 'modifiers' | 'events';

type Condition = Record<string, unknown>;
const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A condition of exactly `parts` parts that always holds; its leaves take the engine's slowest path. */
export function conditionOfParts(parts: number, option = 'o0'): Condition {
  if (parts === 1) return { option, tried: { gte: 0 } };
  if (parts === 2) return { not: { option, tried: { lt: 0 } } };
  // `all` of at most 32 conditions sharing the parts left.
  const rest = parts - 1;
  const children = Math.min(32, rest);
  return { all: range(children).map((i) => conditionOfParts(Math.floor(rest / children) + (i < rest % children ? 1 : 0), option)) };
}

export function worstScenarioData(heavy: Heavy = 'options'): Record<string, unknown> {
  // `count` conditions share the whole budget of parts, the first ones one part more.
  const share = (i: number, count: number) => {
    const budget = MAX_SCENARIO_CONDITION_PARTS;
    return Math.min(MAX_CONDITION_PARTS, Math.floor(budget / count) + (i < budget % count ? 1 : 0));
  };
  const when = (kind: Heavy, i: number, count: number) => (kind === heavy ? { when: conditionOfParts(share(i, count)) } : {});
  const actorIds = range(16).map((i) => `a${i}`);
  const trackIds = range(24).map((i) => `t${i}`);
  const effects = range(32).map((i) => (i % 2 === 0 ? { track: trackIds[i % 24], add: 1 } : { actor: actorIds[i % 16], attr: 'trade', add: 1 }));
  const modifiers = (kind: Heavy, o: number) =>
    kind === heavy ? range(16).map((m) => ({ when: conditionOfParts(share(o * 16 + m, 120 * 16)), value: 1, label: 'A circumstance' })) : [];
  return {
    ...fixtureData,
    calendar: { start: '2016-01', monthsPerTurn: 1, turns: 40 },
    capital: { start: 50, income: 50, max: 99 },
    tracks: trackIds.map((id) => ({ id, name: id, description: 'A track.', group: 'russia', min: -1000, max: 1000, start: 0 })),
    actors: actorIds.map((id) => ({
      id,
      name: id,
      description: 'An actor.',
      location: { lon: 100, lat: 40 },
      start: { relation: 0, trust: 50, trade: 10, alignment: 0 },
      interests: range(12).map((i) => ({ id: `i${i}`, label: 'An interest', weight: 10 })),
      // Moves have 16 effects, not 32: with 32 the file would pass 1 MiB.
      moves: range(24).map((m) => ({ id: `m${m}`, title: 'A move', text: 'A move.', chance: 100, maxTimes: 99, touches: { i0: 10 }, effects: effects.slice(0, 16), sources: cite })),
    })),
    options: range(120).map((o) => ({
      id: `o${o}`,
      target: actorIds[o % 16],
      title: 'An option',
      text: 'An option.',
      cost: 1,
      maxTimes: 99,
      touches: Object.fromEntries(range(12).map((i) => [`i${i}`, 50])),
      ...when('options', o, 120),
      modifiers: modifiers('modifiers', o),
      effects,
      duration: 12,
      perTurn: effects,
      sources: cite,
    })),
    events: range(120).map((e) => ({ id: `e${e}`, title: 'An event', text: 'An event.', chance: 100, maxTimes: 99, ...when('events', e, 120), effects, sources: cite })),
    // Crises have 16 effects a step, not 32: with 32 the file would pass 1 MiB. Every answer keeps
    // the crisis going (hold or climb) but one, so crises run up their ladders.
    crises: range(24).map((c) => ({
      id: `c${c}`,
      title: 'A crisis',
      text: 'A crisis.',
      opensOn: range(8).map((k) => ({ event: `e${(c + 24 * k) % 120}` })), // the most triggers a crisis may list
      maxTimes: 9,
      other: actorIds[c % 16],
      stake: 'Something.',
      touches: { i0: -10 },
      ladder: range(6).map(() => ({ title: 'A rung', text: 'A rung.', effects: effects.slice(0, 16) })),
      answers: range(6).map((a) => ({ id: `r${a}`, title: 'An answer', text: 'An answer.', step: a === 0 ? 'back-down' : a % 2 === 0 ? 'hold' : 'escalate', effects: effects.slice(0, 16) })),
      onPlayerBacksDown: effects.slice(0, 16),
      onOtherBacksDown: effects.slice(0, 16),
      onSettled: effects.slice(0, 16),
      sources: cite,
    })),
    endings: [{ id: 'end', title: 'The end', text: 'The end.' }],
    score: trackIds.map((track) => ({ track, weight: 1 })),
  };
}

/** The scenario as the JSON text of a file. */
export function worstScenarioText(heavy: Heavy = 'options'): string {
  return JSON.stringify(worstScenarioData(heavy));
}
