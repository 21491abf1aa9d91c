// `map FILE`: the board's map of a scenario as JSON (the frame, and where each place and actor
// lands) and as an SVG picture, with the scenario's text escaped.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../../src/cli/cli';
import { memoryIo } from '../../src/cli/io';
import type { MapReport, PointReport } from '../../src/ui/board/mapReport';
import { tempProject } from './helpers';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const region = (name: string) => resolve(ROOT, `tests/fixtures/scenarios/regions/${name}.yaml`);
const project = tempProject();

async function mapJson(file: string): Promise<MapReport> {
  const io = memoryIo(project.dir);
  expect(await runCli(['map', file, '--json'], io)).toBe(0);
  return JSON.parse(io.stdout.join('\n')) as MapReport;
}

const inRange = (p: PointReport) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;

describe('map --json', () => {
  it.each(['arctic', 'central-asia', 'middle-east', 'europe-pacific'])('%s: every place and actor, as fractions of its board', async (name) => {
    const report = await mapJson(region(name));
    const scenario = parse(readFileSync(region(name), 'utf8')) as { places: Array<{ id: string }>; actors: Array<{ id: string }>; player: { id: string } };
    expect(report.places.map((p) => p.id)).toEqual(scenario.places.map((p) => p.id));
    expect(report.actors.map((p) => p.id)).toEqual([scenario.player.id, ...scenario.actors.map((a) => a.id)]);
    for (const p of [...report.places, ...report.actors]) {
      expect(inRange(p), `${p.id} at ${p.x}, ${p.y}`).toBe(true);
      expect('offMap' in p, p.id).toBe(false);
    }
    expect(report.frame.prepared).toBeNull();
  });

  it.each(['central-asia', 'middle-east', 'europe-pacific'])('%s: west is left (and north up on the smaller frames)', async (name) => {
    const report = await mapJson(region(name));
    const scenario = parse(readFileSync(region(name), 'utf8')) as { places: Array<{ id: string; lon: number; lat: number }> };
    const at = (id: string) => report.places.find((p) => p.id === id)!;
    const by = (key: 'lon' | 'lat') => [...scenario.places].sort((a, b) => a[key] - b[key]);
    const [west, east] = [by('lon')[0]!, by('lon').at(-1)!];
    const [south, north] = [by('lat')[0]!, by('lat').at(-1)!];
    expect(east.lon - west.lon).toBeGreaterThan(5);
    expect(north.lat - south.lat).toBeGreaterThan(5);
    expect(at(west.id).x).toBeLessThan(at(east.id).x);
    // On the wide frame of Lisbon to Vladivostok the parallels curve: north is up only near its middle.
    if (name !== 'europe-pacific') expect(at(north.id).y).toBeLessThan(at(south.id).y);
  });

  it('gives the Arctic a polar frame', async () => {
    const { frame } = await mapJson(region('arctic'));
    expect(frame.projection).toBe('polar azimuthal');
    expect(frame.center[1]).toBe(90);
  });

  it('gives Lisbon to Vladivostok a frame centred on its points, not on the pole (a conic that wide was drawn torn)', async () => {
    const { frame } = await mapJson(region('europe-pacific'));
    expect(frame.projection).toBe('azimuthal');
    expect(frame.center[1]).toBeLessThan(80);
  });

  it('sends an outlying actor to an inset', async () => {
    const report = await mapJson(region('middle-east'));
    expect(report.frame.insets.map((i) => i.title)).toEqual(['United States']);
    expect(report.actors.find((a) => a.id === 'united-states')).toEqual({ id: 'united-states', inset: 0, x: 0.5, y: 0.5 });
    expect(report.actors.find((a) => a.id === 'turkey')).not.toHaveProperty('inset');
  });

  it('keeps the shipped map for a shipped scenario, and says which point lies off it', async () => {
    const report = await mapJson(resolve(ROOT, 'scenarios/mother-russia-2016.yaml'));
    expect(report.frame.prepared).toBe('east-asia');
    expect(report.places.find((p) => p.id === 'moscow')).toMatchObject({ inset: 0 });
    expect(report.places.find((p) => p.id === 'washington')).toMatchObject({ offMap: 'east', x: 1 });
    for (const p of [...report.places, ...report.actors]) expect(inRange(p), p.id).toBe(true);
  });

  it('refuses an invalid scenario with its errors', async () => {
    const io = memoryIo(project.dir);
    const bad = project.write('bad.yaml', 'format: pivot-east-scenario/1\nid: x\n');
    expect(await runCli(['map', bad], io)).toBe(1);
    expect(io.stderr.at(-1)).toMatch(/the scenario is not valid; no map$/);
  });

  it('says a scenario file that cannot be read cannot be read (exit 2, a mistake in the command line)', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['map', 'gone.yaml'], io)).toBe(2);
    expect(io.stderr.at(-1)).toBe('gone.yaml: the scenario cannot be read; no map');
  });
});

describe('map --svg', () => {
  it('writes a well-formed SVG with the geography, every place and actor, and the routes', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['map', region('europe-pacific'), '--svg', 'europe.svg'], io)).toBe(0);
    const svg = readFileSync(join(project.dir, 'europe.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // Land paths with real coastline data.
    expect(svg).toMatch(/<path d="M-?\d+ -?\d+l[-\d ]{200,}/);
    for (const id of ['lisbon', 'vladivostok', 'kurils', 'russia', 'china', 'japan']) expect(svg).toContain(`data-id="${id}"`);
    // Solid green, not the play board's dashed orange of a hostile relation.
    expect(svg).toMatch(/<polyline class="route" [^>]*stroke="#2e7d4f" stroke-width="[\d.]+"><title>/);
    // Balanced tags: every element opened is closed.
    const opened = (svg.match(/<(g|svg|defs|clipPath|polyline|text|title)[\s>]/g) ?? []).length;
    const closed = (svg.match(/<\/(g|svg|defs|clipPath|polyline|text|title)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('escapes the scenario\'s text: a <script> in a name stays text', async () => {
    const data = parse(readFileSync(region('central-asia'), 'utf8')) as { title: string; places: Array<{ name: string }>; actors: Array<{ name: string; short?: string }> };
    data.title = 'Roads </title><script>alert(1)</script>';
    data.places[0]!.name = '<script>alert("x")</script> & "Almaty"';
    data.actors[0]!.name = "Uzbek<img src=x onerror=alert(1)>'";
    const file = project.write('evil.yaml', stringify(data));
    const io = memoryIo(project.dir);
    expect(await runCli(['map', file, '--svg', 'evil.svg'], io)).toBe(0);
    const svg = readFileSync(join(project.dir, 'evil.svg'), 'utf8');
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Almaty&quot;');
    expect(svg).toContain('Roads &lt;/title&gt;&lt;script&gt;');
    expect(svg).toContain('Uzbek&lt;img src=x onerror=alert(1)&gt;&#39;');
  });

  it('draws the picture at a text scale: names, badges and marks that many times their size, and says which names found no room', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['map', resolve(ROOT, 'scenarios/mother-russia-2016.yaml'), '--svg', 'large.svg', '--text-scale', '2'], io)).toBe(0);
    const svg = readFileSync(join(project.dir, 'large.svg'), 'utf8');
    const sizes = (group: string) => new Set([...svg.matchAll(new RegExp(`<g class="${group}"[^>]*>[\\s\\S]*?<text [^>]*font-size="([\\d.]+)"`, 'g'))].map((m) => m[1]));
    expect(sizes('place')).toEqual(new Set(['21', '22']));
    expect(sizes('actor')).toEqual(new Set(['22']));
    // Korea's places lie too close together for all their names at twice the size: said, not drawn far off.
    expect(io.stderr[0]).toBe('wrote the map to large.svg');
    expect(io.stderr[1]).toMatch(/^Not named on the map for lack of room: .*Pyongyang/);
    // The usual size names every place.
    const usual = memoryIo(project.dir);
    expect(await runCli(['map', resolve(ROOT, 'scenarios/mother-russia-2016.yaml'), '--svg', 'usual.svg'], usual)).toBe(0);
    expect(usual.stderr).toEqual(['wrote the map to usual.svg']);
  });

  it.each([
    [['--svg', 'x.svg', '--text-scale', '3'], 'error: --text-scale must be a number from 1 to 2.5, not "3"'],
    [['--svg', 'x.svg', '--text-scale', 'big'], 'error: --text-scale must be a number from 1 to 2.5, not "big"'],
    [['--text-scale', '2'], 'error: --text-scale is for the picture: give --svg OUT too'],
  ])('refuses %j', async (args, message) => {
    const io = memoryIo(project.dir);
    expect(await runCli(['map', region('arctic'), ...args], io)).toBe(2);
    expect(io.stderr[0]).toBe(message);
  });

  it('tells where it could not write', async () => {
    const io = memoryIo(project.dir);
    expect(await runCli(['map', region('arctic'), '--svg', 'no/such/folder/map.svg'], io)).toBe(1);
    expect(io.stderr).toEqual(['no/such/folder/map.svg: cannot write the file: no such file or folder']);
  });
});
