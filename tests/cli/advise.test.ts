// `advise RECORD.json`: the advice on the record's next decision as JSON, and the plain errors
// (exit 2) for a record that cannot be advised.
import { describe, expect, it } from 'vitest';
import { bestAndNext, sameDice } from '../../src/app/advice';
import { botChoices } from '../../src/app/playBot';
import { phaseOf, startSession } from '../../src/app/session';
import { runCli } from '../../src/cli/cli';
import { playGame } from '../../src/cli/commands/play';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { availableOptions, createBot } from '../../src/engine';
import { greedyFill } from '../../src/engine/playthrough';
import { tempProject } from './helpers';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const { index } = opened.loaded;

/** A game of the fixture played by the greedy bot with `seed` up to turn `turn`'s planning (other states' seats as given). */
function playedTo(seed: string, turn: number, seats = {}) {
  const played = startSession(index, seed, { seats });
  const bot = createBot('greedy', seed);
  while (!(phaseOf(played.snapshot()) === 'planning' && played.game().turn === turn)) {
    for (const choice of botChoices(bot, played)) if (played.send(choice) || phaseOf(played.snapshot()) !== 'planning') break;
  }
  return played;
}
const session = playedTo('advise-me', 2);
project.write('turn2.json', JSON.stringify(session.record()));
const over = playGame(index, 'over', 'greedy');
project.write('over.json', JSON.stringify(over.record));
// The same game as over.json, stopped at turn 1's and turn 3's planning.
for (const turn of [1, 3]) project.write(`over-at-${turn}.json`, JSON.stringify(playedTo('over', turn).record()));
project.write('not-json.json', '{ "format": ');
project.write('japan-greedy.json', JSON.stringify(playedTo('advise-me', 2, { small: 'greedy' }).record()));

async function run(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(['advise', ...args], io);
  return { code, io };
}

describe('advise', () => {
  it('prints the options of the next decision with their playthroughs, endings, median and band, and the time', async () => {
    const { code, io } = await run('turn2.json', '--rollouts', '30', '--workers', '0', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json).slice(0, 2)).toEqual(['options', 'elapsedMs']);
    expect(json.workers).toBe(0);
    expect(json.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(json.turn).toBe(2);
    expect(json.options.map((o: { option: string | null }) => o.option)).toEqual([null, ...availableOptions(session.game(), index)]);
    for (const o of json.options) {
      expect(Object.keys(o)).toEqual(['option', 'plan', 'rollouts', 'endings', 'median', 'low', 'high', 'scores']);
      expect(o.rollouts).toBe(30);
      expect(o.scores).toHaveLength(30);
      expect(o.endings.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(30);
      // The median and the 10–90 % band at the nearest ranks of its 30 scores: the 15th, 3rd and 27th.
      const sorted = [...o.scores].sort((a: number, b: number) => a - b);
      expect([o.low, o.median, o.high]).toEqual([sorted[2], sorted[14], sorted[26]]);
    }
    // The same advisor seed, the same advice, however the choices are shared among threads.
    const again = JSON.parse((await run('turn2.json', '--rollouts', '30', '--workers', '2', '--json')).io.stdout.join('\n'));
    expect(again.workers).toBe(2);
    expect(again.options).toEqual(json.options);
  });

  it('plays on this thread alone on two cores or fewer, else on one worker per core but this one (three at most)', async () => {
    const { adviceWorkers } = await import('../../src/cli/advice/pool');
    expect([1, 2, 3, 4, 8].map((cores) => adviceWorkers(cores))).toEqual([0, 0, 2, 3, 3]);
  });

  it('gives the same advice when worker threads play every choice', async () => {
    const { adviseShared } = await import('../../src/cli/advice/pool');
    const state = session.game();
    const here = await adviseShared(state, index, 12, 'shared', 0);
    const there = await adviseShared(state, index, 12, 'shared', 2, false);
    expect(there.options).toEqual(here.options);
    expect(here.options.length).toBe(1 + availableOptions(state, index).length);
  });

  it('prints one line per option in plain words without --json', async () => {
    const { code, io } = await run('turn2.json', '--rollouts', '10', '--workers', '0');
    expect(code).toBe(0);
    expect(io.stdout[0]).toMatch(/^Turn 2: 10 playthroughs per choice with the computer's choices/);
    expect(io.stdout[1]).toBe("Not a prediction of this game's own dice.");
    // Every choice on a line of its own, with the figures --json gives.
    const json = JSON.parse((await run('turn2.json', '--rollouts', '10', '--workers', '0', '--json')).io.stdout.join('\n'));
    expect(io.stdout).toHaveLength(2 + json.options.length + 1);
    expect(json.options.length).toBe(1 + availableOptions(session.game(), index).length);
    for (const [i, o] of (json.options as { option: string | null; median: number; low: number; high: number; rollouts: number; endings: { id: string; count: number }[] }[]).entries()) {
      const line = io.stdout[2 + i]!;
      // Each option by its id and, beside it, its title (the ids' words may differ from the titles').
      const titled = o.option === null ? '(end the turn now)' : `${o.option} (“${index.options.get(o.option)!.title}”)`;
      expect(line.startsWith(`${titled}: median ${o.median} (10–90 %: ${o.low}–${o.high}); `), line).toBe(true);
      // Each ending that came out, with its share in whole percent: within a point of the exact
      // share, and together 100.
      const shares = [...line.split('); ')[1]!.matchAll(/([\w-]+) (<1|\d+) %/g)].map((m) => ({ id: m[1]!, percent: m[2] === '<1' ? 0 : Number(m[2]) }));
      const came = o.endings.filter((e) => e.count > 0);
      expect(shares.map((s) => s.id)).toEqual(came.map((e) => e.id));
      for (const [k, e] of came.entries()) expect(Math.abs(shares[k]!.percent - (100 * e.count) / o.rollouts)).toBeLessThan(1);
      expect(shares.reduce((a, s) => a + s.percent, 0)).toBe(100);
    }
    // Then the highest median against the next highest on the same dice; at 10 playthroughs
    // two choices share the highest median, and the line says so of the second.
    const { best, next } = bestAndNext(json.options);
    expect(next!.median).toBe(best.median);
    const { wins, losses, ties } = sameDice(best, next!);
    expect(io.stdout.at(-1)).toMatch(new RegExp(`^Highest median: .+; on the same dice it scored more than .+ \\(the same median\\) in ${wins} of 10 playthroughs, less in ${losses}, the same in ${ties}\\. (Too close to call|The same median)`));
    expect(wins + losses + ties).toBe(10);
    // At 40, the next highest is lower, and called so.
    const at40 = await run('turn2.json', '--rollouts', '40', '--workers', '0');
    const ranked40 = bestAndNext(JSON.parse((await run('turn2.json', '--rollouts', '40', '--workers', '0', '--json')).io.stdout.join('\n')).options);
    expect(ranked40.next!.median).toBeLessThan(ranked40.best.median);
    expect(at40.io.stdout.at(-1)).toContain(`more than ${ranked40.next!.option ?? '(end the turn now)'} (the next highest) in `);
    // Shares of 40 come in halves: each rounded alone, a line could add up to 101 %.
    const lineTotals = at40.io.stdout.slice(2, -1).map((l) => [...l.split('); ')[1]!.matchAll(/ (\d+) %/g)].reduce((a, m) => a + Number(m[1]), 0));
    expect(lineTotals).toEqual(lineTotals.map(() => 100));
  });

  it.each([1, 3])("advises a finished game at turn %i's planning as it reached it (--turn), as on the game stopped there", async (turn) => {
    const advised = await run('over.json', '--turn', String(turn), '--rollouts', '12', '--workers', '0', '--json');
    expect(advised.code).toBe(0);
    const json = JSON.parse(advised.io.stdout.join('\n'));
    const stopped = JSON.parse((await run(`over-at-${turn}.json`, '--rollouts', '12', '--workers', '0', '--json')).io.stdout.join('\n'));
    expect([json.turn, stopped.turn]).toEqual([turn, turn]);
    expect(json.options).toEqual(stopped.options);
  });

  it("sets beside --turn's advice what the game's player proposed in that turn, or that the record stops first", async () => {
    // over.json is the greedy bot's game: its proposals at turn 3 are the greedy plan there.
    const planned = greedyFill(playedTo('over', 3).game(), index);
    expect(planned.length).toBeGreaterThan(0);
    const json = JSON.parse((await run('over.json', '--turn', '3', '--rollouts', '4', '--workers', '0', '--json')).io.stdout.join('\n'));
    expect(json.played).toEqual(planned);
    const text = await run('over.json', '--turn', '3', '--rollouts', '4', '--workers', '0');
    expect(text.io.stdout.at(-1)).toBe(`In this game: the player proposed ${planned.join(', then ')}, then ended the turn.`);
    const stopped = await run('over-at-3.json', '--turn', '3', '--rollouts', '4', '--workers', '0');
    expect(stopped.io.stdout.at(-1)).toBe('In this game: the record stops before the end of this turn.');
    // Without --turn the advice is on a decision not yet made: nothing to set beside it.
    expect(JSON.parse((await run('turn2.json', '--rollouts', '4', '--workers', '0', '--json')).io.stdout.join('\n'))).not.toHaveProperty('played');
  });

  it("says when the game's other states are not the rules', as the browser's advisor does", async () => {
    const held = await run('japan-greedy.json', '--rollouts', '4', '--workers', '0');
    expect(held.code).toBe(0);
    expect(held.io.stdout[2]).toBe('In this game other states are not left to the scenario’s rules (Small: the greedy bot); in the playthroughs the rules decide for every other state, so they are a different game from this one.');
    const rules = await run('turn2.json', '--rollouts', '4', '--workers', '0');
    expect(rules.io.stdout.join('\n')).not.toContain('not left to the scenario’s rules');
  });

  it('says which turns a finished game can be advised on, and refuses a turn it never reached (exit 2)', async () => {
    const turns = over.record.result!.turns;
    const finished = await run('over.json');
    expect(finished.code).toBe(2);
    expect(finished.io.stderr[0]).toBe(`over.json: cannot advise: the game is over; there is no decision left (give --turn N to advise on turn N's planning as this game reached it, 1 to ${turns})`);
    const beyond = await run('over.json', '--turn', String(turns + 1));
    expect(beyond.code).toBe(2);
    expect(beyond.io.stderr[0]).toBe(`over.json: cannot advise: the game never reached turn ${turns + 1}'s planning; it ended at turn ${turns}`);
    const later = await run('over-at-3.json', '--turn', '4');
    expect(later.io.stderr[0]).toBe("over-at-3.json: cannot advise: the game never reached turn 4's planning; it stops at turn 3");
  });

  it.each([
    ['not-json.json', 'not-json.json: cannot advise: '],
    ['missing.json', 'missing.json: cannot advise: cannot read the file: no such file or folder'],
    ['over.json', 'over.json: cannot advise: the game is over; there is no decision left'],
  ])('refuses %s in one plain line (exit 2)', async (file, words) => {
    const { code, io } = await run(file);
    expect(code).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(words);
  });

  it('refuses a bad --rollouts as a usage mistake', async () => {
    const { code, io } = await run('turn2.json', '--rollouts', '0');
    expect(code).toBe(2);
    expect(io.stderr[0]).toContain('--rollouts must be a whole number from 1 to 100000');
  });
});
