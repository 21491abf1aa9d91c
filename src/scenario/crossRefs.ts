// The checks the schema cannot make alone, run once the file fits the schema: every name refers to
// something that exists, ids are unique, numbers agree with each other (start within min..max,
// event months within the calendar). Each finding names its exact path.
import type { Path, Problem } from './errors';
import { lastMonth, monthNumber, monthText } from './months';
import { quote } from './quote';
import type { Condition, Effect, Scenario } from './schema';
import { citations, conditions, effects } from './scenarioWalk';
import { didYouMean } from './suggest';

/** The line of a path in the file, for messages that point at a second place. */
export type LineOf = (path: Path) => number | undefined;

export function checkCrossReferences(s: Scenario, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const tracks = new Map(s.tracks.map((t) => [t.id, t]));
  const actors = new Map(s.actors.map((a) => [a.id, a]));
  const options = ids(s.options);
  const events = ids(s.events);
  const places = ids(s.places);
  const sources = ids(s.sources);

  /** `no actor "atlantis"`, with a suggestion when the name looks misspelt. */
  const refersTo = (kind: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string, path: Path) => {
    if (known.has(id)) return true;
    add(path, `no ${kind} ${quote(id)}${didYouMean(id, known.keys())}`);
    return false;
  };
  const refersToActor = (id: string, path: Path) => {
    if (id === s.player.id) {
      add(path, `${quote(id)} is the player, not an actor; the player's own numbers are tracks`);
      return false;
    }
    return refersTo('actor', actors, id, path);
  };

  // Unique ids.
  const unique = (list: readonly { id: string }[], path: Path) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) return void first.set(item.id, i);
      const line = lineOf([...path, earlier, 'id']);
      add([...path, i, 'id'], `the id ${quote(item.id)} is used twice${line === undefined ? '' : ` (first at line ${line})`}`);
    });
  };
  unique(s.sources, ['sources']);
  unique(s.places, ['places']);
  unique(s.tracks, ['tracks']);
  unique(s.actors, ['actors']);
  unique(s.options, ['options']);
  unique(s.events, ['events']);
  unique(s.endings, ['endings']);
  s.actors.forEach((a, i) => {
    if (a.id === s.player.id) add(['actors', i, 'id'], `${quote(a.id)} is the player's id; an actor needs another id`);
    unique(a.interests, ['actors', i, 'interests']);
    unique(a.moves, ['actors', i, 'moves']);
    unique(a.offers, ['actors', i, 'offers']);
  });

  // Tracks: their bounds, their start and what they are derived from.
  s.tracks.forEach((t, i) => {
    const at = (field: string) => ['tracks', i, field];
    if (t.min >= t.max) add(at('max'), `max (${t.max}) must be greater than min (${t.min})`);
    if (t.derive) {
      if (t.start !== undefined) add(at('start'), 'a derived track has no start (the engine computes its value); remove this line');
      if (t.derive.kind === 'share') refersToActor(t.derive.actor, ['tracks', i, 'derive', 'actor']);
      t.derive.actors?.forEach((actor, j) => refersToActor(actor, ['tracks', i, 'derive', 'actors', j]));
      if (t.derive.kind === 'share' && t.derive.actors && !t.derive.actors.includes(t.derive.actor)) {
        add(['tracks', i, 'derive', 'actors'], `the list must include ${quote(t.derive.actor)}, whose share this track is`);
      }
    } else if (t.start === undefined) {
      add(at('start'), 'required field is missing (only a derived track has no start)');
    } else if (t.min < t.max && (t.start < t.min || t.start > t.max)) {
      add(at('start'), `${t.start} is outside this track's range ${t.min}..${t.max}`);
    }
  });
  s.score.forEach((entry, i) => refersTo('track', tracks, entry.track, ['score', i, 'track']));

  // Calendar and capital.
  if (s.capital.start > s.capital.max) add(['capital', 'start'], `${s.capital.start} is more than capital.max (${s.capital.max})`);
  const first = monthNumber(s.calendar.start);
  const last = lastMonth(s.calendar);
  s.events.forEach((e, i) => {
    if (e.at === undefined) return;
    const month = monthNumber(e.at);
    if (month < first) add(['events', i, 'at'], `${e.at} is before the game starts (${s.calendar.start})`);
    if (month > last) add(['events', i, 'at'], `${e.at} is after the game ends (its last month is ${monthText(last)})`);
  });
  s.hints.forEach((h, i) => {
    if (h.turn > s.calendar.turns) add(['hints', i, 'turn'], `turn ${h.turn} is after the last turn (${s.calendar.turns})`);
  });

  // Endings: one fallback, which cannot end the game early.
  if (!s.endings.some((e) => e.when === undefined)) add(['endings'], 'one ending must have no "when": it is the fallback when no other ending holds');
  s.endings.forEach((e, i) => {
    if (e.when === undefined && e.early) add(['endings', i, 'early'], 'an ending without "when" cannot be early: it would end the game on the first turn');
  });

  // Options and moves: their target, the interests they touch, where they are drawn.
  const touchesOf = (touches: Record<string, number>, actorId: string, path: Path) => {
    const interests = ids(actors.get(actorId)?.interests ?? []);
    for (const key of Object.keys(touches)) {
      if (!interests.has(key)) add([...path, 'touches', key], `${quote(actorId)} has no interest ${quote(key)}${didYouMean(key, interests)}`);
    }
  };
  s.options.forEach((o, i) => {
    if (refersToActor(o.target, ['options', i, 'target'])) touchesOf(o.touches, o.target, ['options', i]);
    if (o.map?.place !== undefined) refersTo('place', places, o.map.place, ['options', i, 'map', 'place']);
    o.map?.route?.forEach((p, j) => refersTo('place', places, p, ['options', i, 'map', 'route', j]));
    o.excludes.forEach((x, j) => {
      if (refersTo('option', options, x, ['options', i, 'excludes', j]) && x === o.id) add(['options', i, 'excludes', j], 'an option cannot exclude itself');
    });
  });
  s.actors.forEach((a, i) => a.moves.forEach((m, j) => touchesOf(m.touches, a.id, ['actors', i, 'moves', j])));
  s.actors.forEach((a, i) => a.offers.forEach((o, j) => touchesOf(o.touches, a.id, ['actors', i, 'offers', j])));

  // References inside conditions, effects and citations.
  for (const { value: c, path } of conditions(s)) checkCondition(c, path);
  for (const { value: e, path } of effects(s)) checkEffect(e, path);
  for (const { value: c, path } of citations(s)) refersTo('source', sources, c.source, [...path, 'source']);

  function checkCondition(c: Condition, path: Path) {
    if ('track' in c) refersTo('track', tracks, c.track, [...path, 'track']);
    else if ('actor' in c) refersToActor(c.actor, [...path, 'actor']);
    else if ('agreement' in c) refersTo('option', options, c.agreement, [...path, 'agreement']);
    else if ('event' in c) refersTo('event', events, c.event, [...path, 'event']);
    else if ('option' in c) refersTo('option', options, c.option, [...path, 'option']);
  }

  function checkEffect(e: Effect, path: Path) {
    if ('track' in e) {
      const track = tracks.get(e.track);
      if (!refersTo('track', tracks, e.track, [...path, 'track'])) return;
      if (track?.derive) add([...path, 'track'], `${quote(e.track)} is a derived track (the engine computes it), so an effect cannot move it`);
      else needsAddOrSet(e, path);
    } else if ('actor' in e) {
      if (refersToActor(e.actor, [...path, 'actor'])) needsAddOrSet(e, path);
    } else if ('option' in e) refersTo('option', options, e.option, [...path, 'option']);
    else if ('disrupt' in e) refersTo('option', options, e.disrupt, [...path, 'disrupt']);
  }

  function needsAddOrSet(e: { add?: number; set?: number }, path: Path) {
    if (e.add === undefined && e.set === undefined) add(path, 'give "add" (a change) or "set" (a new value)');
    else if (e.add !== undefined && e.set !== undefined) add(path, 'give "add" or "set", not both');
  }

  return problems;
}
