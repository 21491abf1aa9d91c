// The checks the schema cannot make alone: every name refers to something that exists, ids are
// unique, numbers agree with each other (start within min..max, event months within the calendar).
// Each finding names its exact path. Run also when the schema fails (so a teacher sees every mistake
// in one run): every part is read tolerantly, and a part that cannot be read is skipped.
import { addOrSet } from './addOrSet';
import type { Path, Problem } from './errors';
import { lastMonth, monthNumber, monthText } from './months';
import { quote } from './quote';
import type { Condition, Effect, Scenario } from './schema';
import { num, row, rows, text } from './readable';
import { citations, conditions, effects } from './scenarioWalk';
import { ID_PATTERN } from './idPattern';
import { closest, didYouMean, theIdsAre } from './suggest';

/**
 * Each item by its id, the first of two with one id kept: the second is the one the "used twice"
 * error names, so what is said of the references (an actor's interests) reads the first.
 */
function byFirstId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** The line of a path in the file, for messages that point at a second place. */
export type LineOf = (path: Path) => number | undefined;

/** `data` is a scenario that fits the schema, or (when it does not) the raw data of the file. */
export function checkCrossReferences(data: Scenario | unknown, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const s = row(data as Scenario);
  const withId = <T extends { id: string }>(list: readonly T[]) => list.filter((x) => text(x.id) !== undefined);
  const ids = (list: readonly { id: string }[] | undefined) => new Set(withId(rows(list)).map((x) => x.id));
  const playerId = text(row(s.player).id);
  const tracks = byFirstId(withId(rows(s.tracks)));
  // An actor given the player's id is no actor (its id is the error): not one a reference may name.
  const actors = byFirstId(withId(rows(s.actors)).filter((a) => a.id !== playerId));
  const options = ids(s.options);
  const events = ids(s.events);
  const places = ids(s.places);
  const sources = ids(s.sources);
  // Flags need no list; once a file names them, the list is the flags there are (a misspelt one is caught).
  // An empty list names none: read as no list (unusedFlags.ts warns of it), not as every flag missing.
  const flags = Array.isArray(s.flags) && s.flags.length > 0 ? ids(s.flags) : undefined;

  /**
   * The reference may be right and the id it means wrong (`vladivostøk`, `S400_signed`): point there
   * instead of suggesting it. Whether it was said.
   */
  const meantIsInvalid = (kind: string, known: Iterable<string>, id: string, path: Path) => {
    const meant = closest(id, known);
    if (meant === undefined || ID_PATTERN.test(meant)) return false;
    add(path, `no ${kind} ${quote(id)}: the ${kind} meant is probably ${quote(meant)}, whose id is not a valid id (see the error on its line)`);
    return true;
  };
  /**
   * An actor (or any part with a name) whose name holds the word written as the id: `greenland`
   * for the actor `denmark` named "Denmark / Greenland". Only when no id is spelt like it.
   */
  const byName = (known: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string) => {
    if (!(known instanceof Map)) return '';
    const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    const named = [...known].flatMap(([key, part]) => {
      const name = (part as { name?: unknown }).name;
      return typeof name === 'string' && wordsOf(name).includes(wordsOf(id)) ? [{ key, name }] : [];
    });
    return named.length === 1 ? ` (did you mean ${quote(named[0]!.key)}, named ${quote(named[0]!.name)}?)` : '';
  };
  /** `no actor "atlantis"`, with a suggestion when the name looks misspelt. */
  const refersTo = (kind: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string, path: Path) => {
    if (typeof id !== 'string') return false; // ill-typed: the schema says so
    if (known.has(id)) return true;
    if (!meantIsInvalid(kind, known.keys(), id, path)) add(path, `no ${kind} ${quote(id)}${didYouMean(id, known.keys()) || byName(known, id)}${theIdsAre(id, known.keys(), `${kind}s`)}`);
    return false;
  };
  /** `forPlayer`: what to write instead where the player's own id is written (the player's own numbers are tracks). */
  const refersToActor = (id: string, path: Path, forPlayer = "the player's own numbers are tracks") => {
    if (id === playerId) {
      add(path, `${quote(id)} is the player, not an actor; ${forPlayer}`);
      return false;
    }
    return refersTo('actor', actors, id, path);
  };

  // Unique ids.
  const unique = (list: readonly { id: string }[], path: Path) => {
    const first = new Map<string, number>();
    rows(list).forEach((item, i) => {
      if (text(item.id) === undefined) return;
      const earlier = first.get(item.id);
      if (earlier === undefined) return void first.set(item.id, i);
      const line = lineOf([...path, earlier, 'id']);
      add([...path, i, 'id'], `the id ${quote(item.id)} is used twice${line === undefined ? '' : ` (first at line ${line})`}`);
    });
  };
  unique(s.sources, ['sources']);
  unique(s.places, ['places']);
  if (s.flags !== undefined) unique(s.flags, ['flags']);
  unique(s.tracks, ['tracks']);
  unique(s.actors, ['actors']);
  unique(s.options, ['options']);
  unique(s.events, ['events']);
  unique(s.endings, ['endings']);
  rows(s.actors).forEach((a, i) => {
    if (a.id === playerId && playerId !== undefined) add(['actors', i, 'id'], `${quote(a.id)} is the player's id; an actor needs another id`);
    unique(a.interests, ['actors', i, 'interests']);
    unique(a.moves, ['actors', i, 'moves']);
    unique(a.offers, ['actors', i, 'offers']);
  });

  // Tracks: their bounds, their start and what they are derived from.
  rows(s.tracks).forEach((t, i) => {
    const at = (field: string) => ['tracks', i, field];
    const [min, max, start] = [num(t.min), num(t.max), num(t.start)];
    const bounded = min !== undefined && max !== undefined && min < max;
    if (min !== undefined && max !== undefined && min >= max) add(at('max'), `max (${max}) must be greater than min (${min})`);
    if (t.derive !== undefined) {
      const derive = row(t.derive);
      if (t.start !== undefined) add(at('start'), 'a derived track has no start (the engine computes its value); remove this line');
      if (derive.kind === 'share') refersToActor(derive.actor, ['tracks', i, 'derive', 'actor']);
      const listed = Array.isArray(derive.actors) ? derive.actors : undefined;
      listed?.forEach((actor, j) => refersToActor(actor, ['tracks', i, 'derive', 'actors', j]));
      if (derive.kind === 'share' && listed && text(derive.actor) !== undefined && !listed.includes(derive.actor)) {
        add(['tracks', i, 'derive', 'actors'], `the list must include ${quote(derive.actor)}, whose share this track is`);
      }
    } else if (t.start === undefined) {
      add(at('start'), 'required field is missing (only a derived track has no start)');
    } else if (bounded && start !== undefined && (start < min || start > max)) {
      add(at('start'), `${start} is outside this track's range ${min}..${max}`);
    }
  });
  rows(s.score).forEach((entry, i) => refersTo('track', tracks, entry.track, ['score', i, 'track']));

  // Calendar and capital.
  const capital = row(s.capital);
  const [capitalStart, capitalMax] = [num(capital.start), num(capital.max)];
  if (capitalStart !== undefined && capitalMax !== undefined && capitalStart > capitalMax) add(['capital', 'start'], `${capitalStart} is more than capital.max (${capitalMax})`);
  const calendar = row(s.calendar);
  const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
  const turns = num(calendar.turns);
  if (text(calendar.start) !== undefined && MONTH.test(calendar.start) && turns !== undefined && num(calendar.monthsPerTurn) !== undefined) {
    const first = monthNumber(calendar.start);
    const last = lastMonth(calendar);
    rows(s.events).forEach((e, i) => {
      const at = text(e.at);
      if (at === undefined || !MONTH.test(at)) return;
      const month = monthNumber(at);
      if (month < first) add(['events', i, 'at'], `${at} is before the game starts (${calendar.start})`);
      if (month > last) add(['events', i, 'at'], `${at} is after the game ends (its last month is ${monthText(last)})`);
    });
  }
  if (turns !== undefined) {
    rows(s.hints).forEach((h, i) => {
      const turn = num(h.turn);
      if (turn !== undefined && turn > turns) add(['hints', i, 'turn'], `turn ${turn} is after the last turn (${turns})`);
    });
  }

  // Endings: one fallback, which cannot end the game early.
  const endings = rows(s.endings);
  if (Array.isArray(s.endings) && endings.length > 0 && !endings.some((e) => e.when === undefined)) {
    add(['endings'], 'one ending must have no "when": it is the fallback when no other ending holds');
  }
  endings.forEach((e, i) => {
    if (e.when === undefined && e.early) add(['endings', i, 'early'], 'an ending without "when" cannot be early: it would end the game on the first turn');
  });

  // Options and moves: their target, the interests they touch, where they are drawn.
  /** `touches` checked against the interests of the actor `actorId` (by default the one a reference to it names). */
  const touchesOf = (touches: Record<string, number>, actorId: string, path: Path, interests = ids(actors.get(actorId)?.interests)) => {
    for (const key of Object.keys(row(touches))) {
      if (!interests.has(key)) add([...path, 'touches', key], `${quote(actorId)} has no interest ${quote(key)}${didYouMean(key, interests)}${theIdsAre(key, interests, 'interests of ' + quote(actorId))}`);
    }
  };
  rows(s.options).forEach((o, i) => {
    if (o.target !== undefined) {
      const alone = `leave "target" out for a step the player takes alone${Object.keys(row(o.touches)).length > 0 ? ', and "touches" with it (no one weighs such a step)' : ''}`;
      if (refersToActor(o.target, ['options', i, 'target'], alone)) touchesOf(o.touches, o.target, ['options', i]);
    } else if (!Object.keys(o).some((key) => closest(key, ['target']) !== undefined)) {
      // A step the player takes alone: no one weighs it, so nothing can be weighed or countered.
      // (Not so with a misspelt target, `tagret: japan`: that unknown field is said with its fix,
      // and "remove touches" would send the teacher the wrong way.)
      const alone = 'an option without a target is carried out by the player alone';
      if (Object.keys(row(o.touches)).length > 0) add(['options', i, 'touches'], `${alone}: no one weighs it, so it touches no interests; remove touches`);
      if (o.counter !== undefined) add(['options', i, 'counter'], `${alone}: no one can counter-offer; remove counter`);
      if (o.map !== undefined && row(o.map).place === undefined && row(o.map).route === undefined) add(['options', i, 'map'], `${alone}: give the map a place or a route to draw it at`);
    }
    const map = row(o.map);
    if (map.place !== undefined) refersTo('place', places, map.place, ['options', i, 'map', 'place']);
    if (Array.isArray(map.route)) map.route.forEach((p, j) => refersTo('place', places, p, ['options', i, 'map', 'route', j]));
    if (Array.isArray(o.excludes)) o.excludes.forEach((x, j) => {
      if (refersTo('option', options, x, ['options', i, 'excludes', j]) && x === o.id) add(['options', i, 'excludes', j], 'an option cannot exclude itself');
    });
  });
  rows(s.actors).forEach((a, i) => {
    if (text(a.id) === undefined) return;
    // An actor's own moves and offers touch its own interests, even when another actor has its id.
    const own = ids(a.interests);
    rows(a.moves).forEach((m, j) => touchesOf(m.touches, a.id, ['actors', i, 'moves', j], own));
    rows(a.offers).forEach((o, j) => touchesOf(o.touches, a.id, ['actors', i, 'offers', j], own));
  });

  /** The move given to the wrong actor: ` (it is a move of "china": write …)` when exactly one other actor has it. */
  const ownerOf = (moveId: string, actorId: string) => {
    const owners = [...actors.values()].filter((a) => a.id !== actorId && ids(a.moves).has(moveId));
    return owners.length === 1 ? ` (it is a move of ${quote(owners[0]!.id)}: write { move: { actor: ${owners[0]!.id}, move: ${moveId} } })` : undefined;
  };

  // Crises: what opens them, the other side and its interests, answers that can end them.
  unique(s.crises, ['crises']);
  rows(s.crises).forEach((c, i) => {
    const at: Path = ['crises', i];
    if (refersToActor(c.other, [...at, 'other'])) touchesOf(c.touches, c.other, at);
    // One trigger, or a list of them.
    const triggers: [unknown, Path][] = Array.isArray(c.opensOn) ? c.opensOn.map((t, j) => [t, [...at, 'opensOn', j]]) : [[c.opensOn, [...at, 'opensOn']]];
    for (const [trigger, path] of triggers) {
      const on = row(trigger as object | undefined) as Record<string, unknown>;
      if (text(on.event) !== undefined) refersTo('event', events, on.event as string, [...path, 'event']);
      else if (text(on.option) !== undefined) refersTo('option', options, on.option as string, [...path, 'option']);
      else {
        const move = row(on.move as object | undefined) as { actor?: string; move?: string };
        if (text(move.actor) !== undefined && refersToActor(move.actor!, [...path, 'move', 'actor']) && text(move.move) !== undefined) {
          const moves = ids(actors.get(move.actor!)!.moves);
          if (!moves.has(move.move!)) add([...path, 'move', 'move'], `${quote(move.actor!)} has no move ${quote(move.move!)}${ownerOf(move.move!, move.actor!) ?? didYouMean(move.move!, moves)}`);
        }
      }
    }
    const answers = rows(c.answers);
    unique(answers, [...at, 'answers']);
    if (answers.length === 0) return; // the schema says what is missing
    if (!answers.some((a) => a.step === 'back-down')) add([...at, 'answers'], 'give at least one answer with step: back-down, so the player can end the crisis');
    if (!answers.some((a) => (a.cost ?? 0) === 0)) add([...at, 'answers'], 'give at least one answer that costs nothing, so the player can always answer');
    if (!answers.some((a) => a.step !== 'back-down')) add([...at, 'answers'], 'give at least one answer with step: hold or escalate, so the player can stand firm');
  });

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
    else if ('flag' in c) refersToFlag(c.flag, path);
  }

  function refersToFlag(flag: string, path: Path) {
    if (flags === undefined || typeof flag !== 'string' || flags.has(flag) || meantIsInvalid('flag', flags, flag, [...path, 'flag'])) return;
    const meant = didYouMean(flag, flags);
    if (meant !== '') add([...path, 'flag'], `no flag ${quote(flag)}${meant}`);
    else {
      const line = lineOf(['flags']);
      add([...path, 'flag'], `no flag ${quote(flag)} in the file's list of flags${line === undefined ? '' : ` (line ${line})`}: a file that names its flags lists every one, so add it there with its name: - { id: ${flag}, name: … }`);
    }
  }

  function checkEffect(e: Effect, path: Path) {
    if ('track' in e) {
      const track = typeof e.track === 'string' ? tracks.get(e.track) : undefined;
      if (!refersTo('track', tracks, e.track, [...path, 'track'])) return;
      if (track?.derive) add([...path, 'track'], `${quote(e.track)} is a derived track (the engine computes it), so an effect cannot move it`);
      else needsAddOrSet(e, path);
    } else if ('actor' in e) {
      if (refersToActor(e.actor, [...path, 'actor'])) needsAddOrSet(e, path);
    } else if ('option' in e) refersTo('option', options, e.option, [...path, 'option']);
    else if ('flag' in e) refersToFlag(e.flag, path);
    else if ('disrupt' in e) refersTo('option', options, e.disrupt, [...path, 'disrupt']);
  }

  function needsAddOrSet(e: { add?: number; set?: number }, path: Path) {
    const lacking = addOrSet(e);
    if (lacking !== undefined) add(path, lacking);
  }

  return problems;
}
