import { describe, expect, it } from 'vitest';
import { compareNames, compareRecords, scenarioIdsOf, type ClassRecord } from '../../src/app/classView';
import { playWithBot } from '../../src/app/playBot';
import { versionNotes } from '../../src/app/versionNotes';
import type { GameRecord } from '../../src/app/record';
import { phaseOf, startSession, type GameSession } from '../../src/app/session';
import { createBot, gameLog, isDeal, trackValue, type Bot, type BotName, type GameState, type ScenarioIndex } from '../../src/engine';
import { fixtureIndex } from '../engine/fixture';

const index = fixtureIndex();

/** The record's game up to the end of turn `turns`, then a bot plays on: the same start, then other choices. */
function branch(index: ScenarioIndex, record: GameRecord, turns: number, bot: BotName, botSeed: string): GameRecord {
  const session = startSession(index, record.seed);
  for (const event of record.events) {
    if (session.game().turn > turns && phaseOf(session.snapshot()) === 'planning') break;
    if (session.send(event)) throw new Error('the record does not replay');
  }
  return playedOn(session, index, createBot(bot, botSeed));
}

/** The session's game played on to its end by `player` (plans and counter-offer answers); its record. */
function playedOn(session: GameSession, index: ScenarioIndex, player: Bot): GameRecord {
  while (phaseOf(session.snapshot()) !== 'over') {
    const snapshot = session.snapshot();
    const choices = phaseOf(snapshot) === 'planning' ? player.plan(session.game(), index) : [player.answerCounter(session.game(), index, snapshot.context.counter!)];
    for (const choice of choices) {
      if (session.send(choice)) throw new Error('the bot made a refused move');
      if (phaseOf(session.snapshot()) !== 'planning') break;
    }
  }
  return session.record();
}

/** A turn's choices as the class view sees them: the options negotiated and the counter-offer answers. */
const choicesIn = (game: GameState, turn: number) =>
  gameLog(game)
    .flatMap((e) => (e.kind === 'deal' && e.turn === turn ? [`${e.option}:${e.result.startsWith('counter-') ? e.result : ''}`] : []))
    .sort()
    .join(',');

function replayedGame(record: GameRecord): GameState {
  const session = startSession(index, record.seed);
  for (const e of record.events) session.send(e);
  return session.game();
}

const anna = playWithBot(index, 'class-1', 'greedy').record();
const ben = playWithBot(index, 'class-1', 'random').record();
// Carl plays Anna's first two turns, then his own way: a divergence after turn 2 at the earliest.
const carl = (() => {
  for (let i = 1; i < 100; i++) {
    const r = branch(index, anna, 2, 'random', `carl-${i}`);
    if (choicesIn(replayedGame(r), 3) !== choicesIn(replayedGame(anna), 3)) return r;
  }
  throw new Error('no branch that differs in turn 3');
})();
/**
 * A greedy game with a counter-offer, and the same game with that answer turned the other way (the
 * greedy bot playing on): the same options proposed every turn up to it, another answer then.
 */
const counterPair = (() => {
  for (let i = 1; i < 200; i++) {
    const original = playWithBot(index, `counter-${i}`, 'greedy').record();
    const at = original.events.findIndex((e) => e.type === 'TAKE_COUNTER' || e.type === 'DECLINE_COUNTER');
    if (at < 0) continue;
    const session = startSession(index, original.seed);
    for (const event of original.events.slice(0, at)) session.send(event);
    const turn = session.game().turn;
    if (session.send({ type: original.events[at]!.type === 'TAKE_COUNTER' ? 'DECLINE_COUNTER' : 'TAKE_COUNTER' })) continue; // not affordable
    return { original, other: playedOn(session, index, createBot('greedy', 'counter')), turn };
  }
  throw new Error('no greedy game with a counter-offer it could answer the other way');
})();
const tampered: GameRecord = { ...ben, checksums: ben.checksums.map((c, i) => (i === 1 ? '0000000000000000' : c)) };

describe('compareRecords', () => {
  it('lists every verified student, sorted by name, with seed, ending, score, turns, proposals and deals', () => {
    const c = compareRecords([{ name: 'carl.json', record: carl }, { name: 'Anna.json', record: anna }], index);
    expect(c.students.map((s) => s.name)).toEqual(['Anna.json', 'carl.json']);
    expect(c.refused).toEqual([]);
    expect(c.scenario).toEqual({ id: 'fixture', title: 'Fixture', hash: index.hash });
    const game = replayedGame(anna);
    const a = c.students[0]!;
    expect(a).toMatchObject({ seed: 'class-1', score: anna.result!.score, turns: anna.checksums.length, ending: { id: anna.result!.ending, title: index.scenario.endings.find((e) => e.id === anna.result!.ending)!.title } });
    // Proposals are the decisions of the log, each with how it ended; deals are the ones made.
    const decisions = gameLog(game).filter((e) => e.kind === 'decision');
    expect(a.proposals.map((p) => `${p.turn}:${p.option}`)).toEqual(decisions.map((d) => `${d.turn}:${d.kind === 'decision' ? d.decision.option : ''}`));
    expect(a.proposals.every((p) => p.result !== null && p.title === index.options.get(p.option)!.title)).toBe(true);
    const made = gameLog(game).filter((e) => e.kind === 'deal' && (e.result === 'accepted' || e.result === 'counter-taken'));
    expect(a.deals.map((d) => `${d.turn}:${d.option}`)).toEqual(made.map((d) => `${d.turn}:${d.kind === 'deal' ? d.option : ''}`));
    expect(a.deals.length).toBeGreaterThan(0);
    expect(a.tracks).toEqual(Object.fromEntries(index.scenario.tracks.map((t) => [t.id, trackValue(game.tracks, index, t.id)])));
  });

  it('sums up the class: endings, score min/median/max, options proposed and dealt, tracks at the end', () => {
    const records = [anna, ben, carl].map((record, i) => ({ name: `student${i + 1}.json`, record }));
    const c = compareRecords(records, index);
    const games = [anna, ben, carl].map(replayedGame);
    expect(c.records).toBe(3);
    expect(c.unfinished).toBe(0);
    // Every ending of the scenario, in file order, zeros included.
    expect(c.endings.map((e) => e.id)).toEqual(index.scenario.endings.map((e) => e.id));
    for (const e of c.endings) expect(e.count).toBe(games.filter((g) => g.ending!.id === e.id).length);
    expect(c.endings.reduce((n, e) => n + e.count, 0)).toBe(3);
    const scores = games.map((g) => g.ending!.score).sort((a, b) => a - b);
    expect(c.score).toEqual({ min: scores[0], median: scores[1], max: scores[2] });
    // Options: every option, in file order; how many students proposed it / made a deal of it.
    expect(c.options.map((o) => o.id)).toEqual(index.scenario.options.map((o) => o.id));
    const dealsOf = (g: GameState, option: string) => gameLog(g).filter((e) => e.kind === 'deal' && e.option === option && isDeal(e.result)).length;
    for (const o of c.options) {
      expect(o.proposedBy).toBe(games.filter((g) => gameLog(g).some((e) => e.kind === 'decision' && e.decision.option === o.id)).length);
      expect(o.dealBy).toBe(games.filter((g) => dealsOf(g, o.id) > 0).length);
      expect(o.dealBy).toBeLessThanOrEqual(o.proposedBy);
      expect(o.proposals).toBe(games.reduce((n, g) => n + gameLog(g).filter((e) => e.kind === 'decision' && e.decision.option === o.id).length, 0));
      expect(o.deals).toBe(games.reduce((n, g) => n + dealsOf(g, o.id), 0));
    }
    // Some option was proposed more often than it was agreed: the two counts are told apart.
    expect(c.options.some((o) => o.deals < o.proposals)).toBe(true);
    // Every track, in file order.
    expect(c.tracks.map((t) => t.id)).toEqual(index.scenario.tracks.map((t) => t.id));
    for (const t of c.tracks) {
      const values = games.map((g) => trackValue(g.tracks, index, t.id)).sort((a, b) => a - b);
      expect(t).toEqual({ id: t.id, name: index.tracks.get(t.id)!.name, min: values[0], median: values[1], max: values[2] });
    }
  });

  it('takes the median of an even number as the mean of the middle two', () => {
    const c = compareRecords([{ name: 'a', record: anna }, { name: 'b', record: ben }], index);
    expect(c.score!.median).toBe((anna.result!.score + ben.result!.score) / 2);
  });

  it('names the first turn where the choices of a class sharing one seed diverged, and who chose what', () => {
    // Another student who chose as Anna did, move for move (another file: their own name on it).
    const annaAgain = { ...anna, playerName: 'Anna again' };
    const c = compareRecords([{ name: 'anna', record: anna }, { name: 'carl', record: carl }, { name: 'anna-again', record: annaAgain }], index);
    expect(c.sharedSeed).toBe('class-1');
    expect(c.divergence?.turn).toBe(3);
    expect(c.divergence!.groups.map((g) => g.students)).toEqual([['anna', 'anna-again'], ['carl']]);
    const annaChoices = c.divergence!.groups[0]!.choices.map((x) => `${x.option}:${x.counter === null ? '' : `counter-${x.counter === 'taken' ? 'taken' : 'declined'}`}`).sort().join(',');
    expect(annaChoices).toBe(choicesIn(replayedGame(anna), 3));
    // The same choices all the way: no divergence. Different seeds: none is looked for.
    expect(compareRecords([{ name: 'a', record: anna }, { name: 'b', record: anna }], index)).toMatchObject({ sharedSeed: 'class-1', divergence: null });
    const other = playWithBot(index, 'class-2', 'greedy').record();
    expect(compareRecords([{ name: 'a', record: anna }, { name: 'b', record: other }], index)).toMatchObject({ sharedSeed: null, divergence: null, mostlySeed: null });
    // One file of another seed among them: the divergence is of the games most share, the other named as left out.
    const mostly = compareRecords([{ name: 'anna', record: anna }, { name: 'carl', record: carl }, { name: 'gus', record: other }], index);
    expect(mostly).toMatchObject({ sharedSeed: null, mostlySeed: { seed: 'class-1', leftOut: ['gus'] } });
    expect(mostly.divergence?.turn).toBe(3);
    expect(mostly.divergence!.groups.map((g) => g.students)).toEqual([['anna'], ['carl']]);
    // As many games of each seed: no seed is the class's, and none is looked for.
    const other2 = playWithBot(index, 'class-2', 'random').record();
    expect(compareRecords([{ name: 'a', record: anna }, { name: 'c', record: carl }, { name: 'b', record: other }, { name: 'd', record: other2 }], index)).toMatchObject({ mostlySeed: null, divergence: null });
  });

  it('finds a divergence on the first turn, and one in a counter-offer\'s answer alone', () => {
    // Anna and Ben (greedy and random on one seed) part at once.
    const firstDifferent = [1, 2, 3, 4, 5, 6].find((t) => choicesIn(replayedGame(anna), t) !== choicesIn(replayedGame(ben), t));
    expect(firstDifferent).toBe(1);
    expect(compareRecords([{ name: 'anna', record: anna }, { name: 'ben', record: ben }], index).divergence?.turn).toBe(1);
    // The same options proposed, the counter-offer answered the other way.
    const { original, other, turn } = counterPair;
    const c = compareRecords([{ name: 'took-or-declined', record: original }, { name: 'the-other-way', record: other }], index);
    expect(c.divergence?.turn).toBe(turn);
    const [a, b] = c.divergence!.groups.map((g) => g.choices);
    expect(a!.map((x) => x.option)).toEqual(b!.map((x) => x.option));
    expect(a!.map((x) => x.counter)).not.toEqual(b!.map((x) => x.counter));
  });

  it('refuses a tampered record with its reason and leaves it out of the statistics, never fatal', () => {
    const c = compareRecords([{ name: 'ben.json', record: tampered }, { name: 'anna.json', record: anna }, { name: 'carl.json', record: carl }], index);
    expect(c.students.map((s) => s.name)).toEqual(['anna.json', 'carl.json']);
    expect(c.refused).toEqual([{ name: 'ben.json', reason: 'turn 2 differs from the record (checksum)', turn: 2 }]);
    expect(c.records).toBe(3);
    expect(c.endings.reduce((n, e) => n + e.count, 0)).toBe(2);
    expect(c.score).toEqual({ min: Math.min(anna.result!.score, replayedGame(carl).ending!.score), median: (anna.result!.score + carl.result!.score) / 2, max: Math.max(anna.result!.score, carl.result!.score) });
  });

  it('refuses records of another scenario, of a changed scenario file, with a changed move, and unreadable files', () => {
    const records: ClassRecord[] = [
      { name: 'other.json', record: { ...anna, scenario: { ...anna.scenario, id: 'other', title: 'Other' } } },
      // Another version of the scenario, under which the game comes out differently.
      { name: 'changed.json', record: { ...anna, scenario: { ...anna.scenario, hash: 'ffffffffffffffff' }, checksums: anna.checksums.map((c, i) => (i === 1 ? '0000000000000000' : c)) } },
      { name: 'bogus.json', record: { ...anna, events: [{ type: 'PROPOSE', option: 'no-such-option' }, ...anna.events] } },
    ];
    const c = compareRecords(records, index, [{ name: 'notes.json', reason: 'the file is not JSON' }]);
    expect(c.students).toEqual([]);
    expect(c.records).toBe(4);
    expect(c.refused.map((r) => r.name)).toEqual(['bogus.json', 'changed.json', 'notes.json', 'other.json']);
    const reason = (name: string) => c.refused.find((r) => r.name === name)!.reason;
    expect(reason('other.json')).toBe('the game was played in another scenario, “Other”, not in “Fixture”: replay it with its own scenario');
    expect(reason('changed.json')).toBe(`turn 2 differs from the record (checksum); the record was made with another version of this scenario (version ffffffffffffffff), this is version ${index.hash}`);
    expect(reason('bogus.json')).toMatch(/^event 1 \(PROPOSE\) was refused/);
    expect(reason('notes.json')).toBe('the file is not JSON');
    // Nothing to sum up: no ending counted, no score, no tracks.
    expect(c).toMatchObject({ score: null, tracks: [], sharedSeed: null, divergence: null, unfinished: 0 });
    expect(c.endings.every((e) => e.count === 0 && e.percent === 0)).toBe(true);
  });

  it('counts a record whose stated result was changed after the game as its moves give it, with a note the page and compare show', () => {
    const real = anna.result!;
    const forged = { ...anna, result: { ...real, score: real.score + 100 } };
    const c = compareRecords([{ name: 'forged.json', record: forged }, { name: 'ben.json', record: ben }], index);
    expect(c.refused).toEqual([]);
    expect(c.students.map((s) => s.name)).toEqual(['ben.json', 'forged.json']);
    const student = c.students[1]!;
    expect(student).toMatchObject({ score: real.score, resultChanged: { stated: forged.result, replayed: real } });
    expect(c.score).toEqual({ min: Math.min(real.score, ben.result!.score), median: (real.score + ben.result!.score) / 2, max: Math.max(real.score, ben.result!.score) });
    const title = index.scenario.endings.find((e) => e.id === real.ending)!.title;
    expect(versionNotes(c.students)).toEqual([
      `forged.json: the result written in the file was changed after the game: the file says “${title}” with ${real.score + 100} points after ${real.turns} turns, while its moves give “${title}” with ${real.score} points after ${real.turns} turns; it is counted as its moves give it`,
    ]);
    expect(c.students[0]!.resultChanged).toBeNull();
  });

  it('shows an unfinished game (a save) in the class but not in the endings or the scores', () => {
    const firstEnd = anna.events.findIndex((e) => e.type === 'END_TURN');
    const partial: GameRecord = { ...anna, events: anna.events.slice(0, firstEnd + 1), checksums: anna.checksums.slice(0, 1), result: null };
    const c = compareRecords([{ name: 'a', record: anna }, { name: 'b', record: partial }], index);
    expect(c.students[1]).toMatchObject({ name: 'b', ending: null, score: null, turns: 1 });
    expect(c.unfinished).toBe(1);
    expect(c.score).toEqual({ min: anna.result!.score, median: anna.result!.score, max: anna.result!.score });
    expect(c.endings.find((e) => e.id === anna.result!.ending)).toMatchObject({ count: 1, percent: 100 });
    // Nor in the tracks at the end: its values partway through were read as a student's end.
    const end = replayedGame(anna);
    for (const t of c.tracks) expect([t.min, t.median, t.max], t.id).toEqual(Array(3).fill(trackValue(end.tracks, index, t.id)));
    expect(c.tracks.some((t) => c.students[1]!.tracks[t.id] !== trackValue(end.tracks, index, t.id))).toBe(true);
  });

  it('gives each ending its share of the finished games, to one decimal', () => {
    // Three finished games, two with one ending and one with another (the first greedy seeds that
    // split so), and an unfinished one, which no share counts.
    const games = Array.from({ length: 40 }, (_, i) => playWithBot(index, `share-${i}`, 'greedy').record());
    const [first, second] = [...new Set(games.map((g) => g.result!.ending))];
    if (second === undefined) throw new Error('every game ended the same way');
    const twice = games.filter((g) => g.result!.ending === first).slice(0, 2);
    const once = games.find((g) => g.result!.ending === second)!;
    const unfinished: GameRecord = { ...anna, events: anna.events.slice(0, anna.events.findIndex((e) => e.type === 'END_TURN') + 1), checksums: anna.checksums.slice(0, 1), result: null };
    const c = compareRecords([...twice, once, unfinished].map((record, i) => ({ name: `s${i}.json`, record })), index);
    expect(c.unfinished).toBe(1);
    expect(c.endings.find((e) => e.id === first)).toMatchObject({ count: 2, percent: 66.7 });
    expect(c.endings.find((e) => e.id === second)).toMatchObject({ count: 1, percent: 33.3 });
    expect(c.endings.filter((e) => e.id !== first && e.id !== second).every((e) => e.count === 0 && e.percent === 0)).toBe(true);
  });

  it('is deterministic: the order the records come in does not matter', () => {
    const records = [anna, ben, carl, tampered].map((record, i) => ({ name: `s${i}.json`, record }));
    const a = compareRecords(records, index);
    const b = compareRecords([...records].reverse(), index);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('helpers', () => {
  it('sorts names as a teacher expects, the same on every machine', () => {
    const names = ['student10.json', 'Bob.json', 'student2.json', 'anna.json', 'student02.json', 'ANNA.json'];
    expect([...names].sort(compareNames)).toEqual(['ANNA.json', 'anna.json', 'Bob.json', 'student02.json', 'student2.json', 'student10.json']);
  });

  it('finds the scenario the records are of: the most common id, with its most common version', () => {
    const r = (id: string, hash: string): ClassRecord => ({ name: id, record: { ...anna, scenario: { ...anna.scenario, id, hash } } });
    expect(scenarioIdsOf([r('b', '1111111111111111'), r('a', '2222222222222222'), r('b', '3333333333333333'), r('b', '3333333333333333')])).toEqual([
      { id: 'b', hash: '3333333333333333', count: 3 },
      { id: 'a', hash: '2222222222222222', count: 1 },
    ]);
  });
});
