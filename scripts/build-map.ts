// Builds assets/map/east-asia.json from Natural Earth (world-atlas, 1:50m): projects with
// d3-geo, clips to each frame's extent, simplifies and quantises, so the browser ships
// neither world-atlas nor d3. Run: npx tsx scripts/build-map.ts
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFrameGeometry, type LayerOptions, type WorldTopology } from '../src/ui/board/geoBuild';
import { INSET_FRAME, MAIN_FRAME, type FrameSpec } from '../src/ui/board/projection';
import { MAP_FORMAT, linePoints, type FrameGeometry, type MapData } from '../src/ui/board/mapData';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-50m.json');
const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as WorldTopology;

/** Points projected here by d3, so a test can check the browser's projection against d3. */
const CONTROL_POINTS: Array<[number, number]> = [
  [37.62, 55.75], // Moscow
  [49.12, 55.79], // Kazan
  [131.89, 43.12], // Vladivostok
  [116.4, 39.9], // Beijing
  [139.69, 35.69], // Tokyo
  [103.82, 1.35], // Singapore
  [106.85, -6.21], // Jakarta
  [146.9, 44.3], // Southern Kurils
  [95, -10],
  [150, 62],
];

const buildFrame = (frame: FrameSpec, opts: LayerOptions): FrameGeometry => buildFrameGeometry(topology, frame, opts, CONTROL_POINTS);


/** One ring per line: the file stays diffable and still compact. */
function stringify(data: MapData): string {
  const frame = (g: FrameGeometry) =>
    [
      '{',
      `  "center": ${JSON.stringify(g.center)}, "scale": ${g.scale}, "extent": ${JSON.stringify(g.extent)}, "quantum": ${g.quantum},`,
      `  "controls": ${JSON.stringify(g.controls)},`,
      ...(['land', 'halo', 'borders', 'graticule'] as const).map(
        (key, i, keys) => `  "${key}": [\n${g[key].map((l) => '   ' + JSON.stringify(l)).join(',\n')}\n  ]${i < keys.length - 1 ? ',' : ''}`,
      ),
      '}',
    ].join('\n');
  return `{"format": ${JSON.stringify(data.format)}, "source": ${JSON.stringify(data.source)},\n"main": ${frame(data.main)},\n"inset": ${frame(data.inset)}\n}\n`;
}

const data: MapData = {
  format: MAP_FORMAT,
  source: `Natural Earth 1:50m (public domain) via world-atlas ${atlasVersion} countries-50m.json; built by scripts/build-map.ts`,
  main: buildFrame(MAIN_FRAME, { tolerance: 0.8, minSize: 1, quantum: 2 }),
  inset: buildFrame(INSET_FRAME, { tolerance: 0.8, minSize: 1, quantum: 2 }),
};

const outPath = resolve(root, 'assets/map/east-asia.json');
mkdirSync(dirname(outPath), { recursive: true });
const text = stringify(data);
JSON.parse(text); // the hand-rolled writer must still produce valid JSON
writeFileSync(outPath, text);

const count = (g: FrameGeometry) =>
  `${g.land.length} rings, ${g.halo.length + g.borders.length} lines, ${[...g.land, ...g.halo, ...g.borders, ...g.graticule].reduce((n, l) => n + linePoints(l, 1).length, 0)} points`;
console.log(`wrote ${outPath} (${(text.length / 1024).toFixed(0)} KiB)`);
console.log(`  main:  ${count(data.main)}`);
console.log(`  inset: ${count(data.inset)}`);
