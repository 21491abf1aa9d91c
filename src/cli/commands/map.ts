// `map FILE`: where the board puts a scenario's places and actors (the frame it chooses, and for
// each point the main board or an inset), as JSON, and the same map as an SVG picture.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { booleanArg, CliFailure, stringArg, UsageError } from '../args';
import { EXIT, printJson, PROGRAM, type Command } from '../command';
import { writeText } from '../files';
import { failedScenarioExit, openScenario, whatFailed } from '../scenarios';
import type { BoardMap, MapPoint } from '../../ui/board/boardMap';
import { chooseBoardMap } from '../../ui/board/computeMap';
import { WORLD_ATLAS, WORLD_LAYERS, buildFrameGeometry, type WorldTopology } from '../../ui/board/geoBuild';
import { loadMapData } from '../../ui/board/mapAsset';
import type { FrameGeometry } from '../../ui/board/mapData';
import { mapReport } from '../../ui/board/mapReport';
import { boardPicture, type SvgBoardInput } from '../../ui/board/svgBoard';
import { leftOutLine } from '../../ui/board/svgNames';
import { MAX_TEXT_SCALE, MIN_TEXT_SCALE } from '../../ui/board/textScale';
import type { Scenario } from '../../scenario/schema';

/** The scenario's points and routes, as the board sees them (boardModel.ts builds the same). */
export function scenarioBoard(scenario: Scenario): Omit<SvgBoardInput, 'map' | 'geometry'> {
  const short = (name: string, given?: string) => given ?? name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase();
  return {
    title: scenario.title,
    player: { id: scenario.player.id, name: scenario.player.name, short: short(scenario.player.name), lon: scenario.player.location.lon, lat: scenario.player.location.lat },
    actors: scenario.actors.map((a) => ({ id: a.id, name: a.name, short: short(a.name, a.short), lon: a.location.lon, lat: a.location.lat })),
    places: scenario.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, lon: p.lon, lat: p.lat })),
    // Every route an agreement of the scenario could draw.
    routes: scenario.options.flatMap((o) => (o.map?.route ? [{ label: o.title, ids: [...o.map.route] }] : [])),
  };
}

/** The geography of each frame of the map, [main, ...insets]: the shipped one, or projected now. */
export async function mapGeometry(map: BoardMap): Promise<FrameGeometry[]> {
  if (map.prepared) {
    const data = loadMapData();
    return [data.main, data.inset];
  }
  const path = createRequire(import.meta.url).resolve(WORLD_ATLAS);
  const topology = JSON.parse(await readFile(path, 'utf8')) as WorldTopology;
  return [map.main, ...map.insets].map((f) => buildFrameGeometry(topology, f, WORLD_LAYERS));
}

/** `--text-scale X`: a number within the board's bounds. */
function textScaleArg(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  const x = /^\d+(\.\d+)?$/.test(written) ? Number(written) : NaN;
  if (!(x >= MIN_TEXT_SCALE && x <= MAX_TEXT_SCALE)) throw new UsageError(`--text-scale must be a number from ${MIN_TEXT_SCALE} to ${MAX_TEXT_SCALE}, not "${written}"`, 'map');
  return x;
}

export const mapCommand: Command = {
  name: 'map',
  summary: "show where a scenario's places and actors land on the board",
  help: `Usage: ${PROGRAM} map FILE [--json] [--svg OUT [--text-scale X]]

Chooses the board's map for a scenario, as the game does: the shipped East Asia
map when it holds every place and actor, or else a map made for the scenario (a
projection that suits the region, insets for far-off groups). Prints the frame
and, for each place and actor, where it lands:
  PLACE-ID  main  x 0.412  y 0.350
x and y are fractions (0 to 1, from the left and the top) of the main board's
view, or of an inset's. On the shipped map, points half a world away are pinned
to its edge, and say so ("off the map, east").

Options:
  --json      print {frame, places, actors}: each point {id, x, y},
              {id, inset, x, y} (on inset number "inset"), or {id, x, y, offMap}
  --svg OUT   write the same map as an SVG picture (geography, places, actors,
              routes, insets), 1200 x 800; names with no room near their point
              are left out, and said
  --text-scale X
              draw its names, badges and marks X times their size (${MIN_TEXT_SCALE} to
              ${MAX_TEXT_SCALE}, as the board takes the browser's font size over 16 px)

Exit code: 0 done; 1 the scenario is not valid or OUT cannot be written; 2 the
scenario file cannot be read.

Examples:
  ${PROGRAM} map scenarios/tutorial.yaml
  ${PROGRAM} map my-scenario.yaml --json --svg board.svg
  ${PROGRAM} map scenarios/tutorial.yaml --svg large.svg --text-scale 2`,
  options: { json: { type: 'boolean' }, svg: { type: 'string' }, 'text-scale': { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const file = args.positionals[0]!;
    const opened = await openScenario(file, io.cwd);
    if (!opened.ok) throw new CliFailure(`${file}: the scenario ${whatFailed(opened)}; no map`, failedScenarioExit(opened), opened.errors);
    const board = scenarioBoard(opened.loaded.scenario);
    const points: MapPoint[] = [board.player, ...board.actors, ...board.places];
    const map = chooseBoardMap(points);
    const report = mapReport(board.player, board.actors, board.places, map);
    const svg = stringArg(args, 'svg');
    const text = textScaleArg(stringArg(args, 'text-scale'));
    if (text !== undefined && svg === undefined) throw new UsageError('--text-scale is for the picture: give --svg OUT too', 'map');
    if (svg !== undefined) {
      const picture = boardPicture({ ...board, map, geometry: await mapGeometry(map), text });
      await writeText(svg, picture.svg + '\n', io.cwd, EXIT.failed);
      io.err(`wrote the map to ${svg}`);
      const left = leftOutLine(picture.left, (name) => name);
      if (left) io.err(left.join(''));
    }
    if (booleanArg(args, 'json')) {
      printJson(io, report);
      return EXIT.ok;
    }
    const f = report.frame;
    io.out(`${f.prepared ? `the shipped ${f.title} map` : `${f.projection.startsWith('a') ? 'an' : 'a'} ${f.projection} map centred on ${f.center[0]}, ${f.center[1]}`}${f.parallels ? ` (standard parallels ${f.parallels[0]} and ${f.parallels[1]})` : ''}`);
    f.insets.forEach((i) => io.out(`inset ${i.inset}: ${i.title} (${i.projection})`));
    const width = Math.max(...[...report.places, ...report.actors].map((p) => p.id.length));
    for (const p of [...report.actors, ...report.places]) {
      const where = 'offMap' in p ? `edge, off the map ${p.offMap}` : 'inset' in p ? `inset ${p.inset}` : 'main';
      io.out(`${p.id.padEnd(width)}  ${where.padEnd(7)}  x ${p.x.toFixed(3)}  y ${p.y.toFixed(3)}`);
    }
    return EXIT.ok;
  },
};
