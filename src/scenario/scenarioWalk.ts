// Every condition, effect and citation of a scenario with its path, so that checks over them are
// written once and name the exact place of each finding. Tolerant of data that does not fit the
// schema (ill-typed parts are skipped), since references are checked even when the schema fails.
import type { Path } from './errors';
import { MAX_DEPTH } from './limits';
import { row, rows } from './readable';
import type { Condition, Effect, Modifier, Scenario, SourceRef } from './schema';

export interface Found<T> {
  value: T;
  path: Path;
}

/** The places that hold a condition, nested ones (inside all, any, not) included. */
export function* conditions(s: Scenario): Generator<Found<Condition>> {
  function* within(c: Condition | undefined, path: Path): Generator<Found<Condition>> {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return;
    yield { value: c, path };
    if ('all' in c) for (const [i, inner] of rows(c.all).entries()) yield* within(inner, [...path, 'all', i]);
    if ('any' in c) for (const [i, inner] of rows(c.any).entries()) yield* within(inner, [...path, 'any', i]);
    if ('not' in c) yield* within(c.not, [...path, 'not']);
    if ('count' in c) for (const [i, inner] of rows(c.count).entries()) yield* within(inner, [...path, 'count', i]);
  }
  function* ofModifiers(modifiers: Modifier[], path: Path): Generator<Found<Condition>> {
    for (const [i, m] of rows(modifiers).entries()) yield* within(m.when, [...path, 'modifiers', i, 'when']);
  }
  yield* ofModifiers(row(s.capital).modifiers, ['capital']);
  for (const [i, o] of rows(s.options).entries()) {
    yield* within(o.when, ['options', i, 'when']);
    yield* ofModifiers(o.modifiers, ['options', i]);
  }
  for (const [i, e] of rows(s.events).entries()) yield* within(e.when, ['events', i, 'when']);
  for (const [i, e] of rows(s.endings).entries()) yield* within(e.when, ['endings', i, 'when']);
  for (const [a, actor] of rows(s.actors).entries()) {
    for (const [m, move] of rows(actor.moves).entries()) {
      yield* within(move.when, ['actors', a, 'moves', m, 'when']);
      yield* ofModifiers(move.modifiers, ['actors', a, 'moves', m]);
    }
    for (const [o, offer] of rows(actor.offers).entries()) yield* within(offer.when, ['actors', a, 'offers', o, 'when']);
  }
  for (const [i, c] of rows(s.crises).entries()) {
    yield* within(c.when, ['crises', i, 'when']);
    yield* ofModifiers(c.modifiers, ['crises', i]);
  }
}

/** The places that hold an effect. */
export function* effects(s: Scenario): Generator<Found<Effect>> {
  function* list(items: Effect[] | undefined, path: Path): Generator<Found<Effect>> {
    for (const [i, value] of rows(items).entries()) yield { value, path: [...path, i] };
  }
  for (const [i, o] of rows(s.options).entries()) {
    for (const field of ['effects', 'perTurn', 'onReject', 'onDisrupt'] as const) yield* list(o[field], ['options', i, field]);
    yield* list(row(o.counter).effects, ['options', i, 'counter', 'effects']);
    yield* list(row(o.counter).perTurn, ['options', i, 'counter', 'perTurn']);
  }
  for (const [i, e] of rows(s.events).entries()) yield* list(e.effects, ['events', i, 'effects']);
  for (const [a, actor] of rows(s.actors).entries()) {
    for (const [m, move] of rows(actor.moves).entries()) yield* list(move.effects, ['actors', a, 'moves', m, 'effects']);
    for (const [o, offer] of rows(actor.offers).entries()) {
      yield* list(offer.effects, ['actors', a, 'offers', o, 'effects']);
      yield* list(offer.onDecline, ['actors', a, 'offers', o, 'onDecline']);
    }
  }
  for (const [i, c] of rows(s.crises).entries()) {
    for (const [r, rung] of rows(c.ladder).entries()) yield* list(rung.effects, ['crises', i, 'ladder', r, 'effects']);
    for (const [r, answer] of rows(c.answers).entries()) yield* list(answer.effects, ['crises', i, 'answers', r, 'effects']);
    for (const field of ['onPlayerBacksDown', 'onOtherBacksDown', 'onSettled'] as const) yield* list(c[field], ['crises', i, field]);
  }
}

/** The places that cite a source. */
export function* citations(s: Scenario): Generator<Found<SourceRef>> {
  function* list(items: SourceRef[] | undefined, path: Path): Generator<Found<SourceRef>> {
    for (const [i, value] of rows(items).entries()) yield { value, path: [...path, 'sources', i] };
  }
  for (const [i, o] of rows(s.options).entries()) yield* list(o.sources, ['options', i]);
  for (const [i, e] of rows(s.events).entries()) yield* list(e.sources, ['events', i]);
  for (const [i, e] of rows(s.endings).entries()) yield* list(e.sources, ['endings', i]);
  for (const [a, actor] of rows(s.actors).entries()) {
    for (const [m, move] of rows(actor.moves).entries()) yield* list(move.sources, ['actors', a, 'moves', m]);
    for (const [o, offer] of rows(actor.offers).entries()) yield* list(offer.sources, ['actors', a, 'offers', o]);
  }
  for (const [i, c] of rows(s.crises).entries()) yield* list(c.sources, ['crises', i]);
}

/** Every text of a scenario (each string, whatever its field), with its path: what the checks of texts' contents read. */
export function* texts(s: Scenario): Generator<Found<string>> {
  function* within(value: unknown, path: Path): Generator<Found<string>> {
    if (path.length > MAX_DEPTH) return;
    if (typeof value === 'string') yield { value, path };
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* within(item, [...path, i]);
    else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) yield* within(inner, [...path, key]);
  }
  yield* within(s, []);
}
