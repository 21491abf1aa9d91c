import { describe, expect, it } from 'vitest';
import { playWithBot } from '../../src/app/playBot';
import { runCli } from '../../src/cli/cli';
import { playGame } from '../../src/cli/commands/play';
import { memoryIo } from '../../src/cli/io';
import { openScenario } from '../../src/cli/scenarios';
import { gameLog, tracksById, turnLabel } from '../../src/engine';
import { tempProject } from './helpers';

const project = tempProject();
const opened = await openScenario(project.scenario, project.dir);
if (!opened.ok) throw new Error(opened.errors.join('\n'));
const { index } = opened.loaded;
const SEED = 'turn-by-turn';
// The game itself, read from the engine (not from the listing's own code).
const game = playWithBot(index, SEED, 'greedy').game();
project.write('game.json', JSON.stringify(playGame(index, SEED, 'greedy').record));

async function cli(...args: string[]) {
  const io = memoryIo(project.dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

const playArgs = ['play', '--scenario', 'fixture', '--seed', SEED, '--bot', 'greedy'];

describe('play --turns and replay --turns: a game turn by turn', () => {
  it('lists every turn with its date, each answer with its chance and roll, and the capital and tracks at its end (JSON)', async () => {
    const { code, out } = await cli(...playArgs, '--turns', '--json');
    expect(code).toBe(0);
    const { turnList, turns } = JSON.parse(out.join('\n'));
    expect(turns).toBe(game.turn);
    expect(turnList.map((t: { turn: number }) => t.turn)).toEqual(Array.from({ length: game.turn }, (_, i) => i + 1));
    for (const listed of turnList) {
      expect(listed.date).toBe(turnLabel(index.scenario.calendar, listed.turn));
      const summary = game.history.find((h) => h.turn === listed.turn)!;
      expect(listed.end).toEqual({ capital: summary.capital, tracks: tracksById(summary.tracks, index) });
      const log = gameLog(game).filter((e) => e.turn === listed.turn);
      // Every entry but the deals (which repeat the answers), in the log's order.
      expect(listed.entries.map((e: { kind: string }) => e.kind)).toEqual(log.filter((e) => e.kind !== 'deal').map((e) => e.kind));
      const answers = listed.entries.filter((e: { kind: string }) => e.kind === 'decision').map((e: { text: string }) => e.text);
      const decisions = log.flatMap((e) => (e.kind === 'decision' ? [e.decision] : []));
      expect(answers).toEqual(decisions.map((d) => expect.stringContaining(`(chance ${d.chance}%, roll ${d.roll})`)));
    }
    const events = gameLog(game).filter((e) => e.kind === 'event');
    expect(events.length).toBeGreaterThan(0);
    const news = turnList.flatMap((t: { entries: { kind: string; text: string }[] }) => t.entries.filter((e) => e.kind === 'event').map((e) => e.text));
    expect(news).toEqual(events.map((e) => `News: ${index.events.get((e as { event: string }).event)!.title}`));
  });

  it('prints the turns before the ending as text, one heading per turn', async () => {
    const { code, out } = await cli(...playArgs, '--turns');
    expect(code).toBe(0);
    const headings = out.filter((line) => /^Turn \d+ /.test(line));
    expect(headings).toEqual(Array.from({ length: game.turn }, (_, i) => `Turn ${i + 1} (${turnLabel(index.scenario.calendar, i + 1)})`));
    const last = game.history.at(-1)!;
    const tracks = index.scenario.tracks.map((t, slot) => `${t.name} ${last.tracks[slot]}`).join(', ');
    const endLine = out.indexOf(`  At the turn's end: capital ${last.capital}; ${tracks}`);
    expect(endLine).toBeGreaterThan(0);
    expect(out.findIndex((line) => line.startsWith('Ending: '))).toBeGreaterThan(endLine);
    // Without --turns the summary alone, as before.
    const plain = await cli(...playArgs);
    expect(plain.out.some((line) => line.startsWith('Turn '))).toBe(false);
    expect(out.slice(-plain.out.length)).toEqual(plain.out);
  });

  it('replay --turns lists a record that replays the same exactly as play listed the game', async () => {
    const played = await cli(...playArgs, '--turns');
    const listing = played.out.slice(0, played.out.findIndex((line) => line.startsWith('Scenario: ')));
    const replayed = await cli('replay', 'game.json', '--turns');
    expect(replayed.code).toBe(0);
    expect(replayed.out.slice(0, listing.length)).toEqual(listing);
    expect(replayed.out.at(-1)).toMatch(/^game\.json: replay matches: /);
    const json = JSON.parse((await cli('replay', 'game.json', '--turns', '--json')).out.join('\n'));
    expect(json.turnList).toEqual(JSON.parse((await cli(...playArgs, '--turns', '--json')).out.join('\n')).turnList);
    expect(json).not.toHaveProperty('turnLines');
  });

  it('replay --turns lists nothing of a record that does not replay the same', async () => {
    const record = JSON.parse(JSON.stringify(playGame(index, SEED, 'greedy').record));
    record.checksums[0] = '0000000000000000';
    project.write('tampered.json', JSON.stringify(record));
    const { code, out, err } = await cli('replay', 'tampered.json', '--turns');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['tampered.json: replay differs at turn 1: turn 1 differs from the record (checksum)']);
  });
});
