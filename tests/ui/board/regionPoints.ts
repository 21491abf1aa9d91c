// Point sets of scenarios far from East Asia, as the board gets them (player, actors, places),
// for the tests of the map a scenario gets (mapChoice.test.ts) and of its drawing (mapTear.test.ts).
import type { MapPoint } from '../../../src/ui/board/boardMap';

const set = (rows: ReadonlyArray<readonly [string, number, number]>): MapPoint[] => rows.map(([name, lon, lat]) => ({ id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name, lon, lat }));

/** A teacher's "The Arctic opens, 2013-2021": every actor at an Arctic place but China (Beijing) and the EU (Brussels). */
export const ARCTIC_OPENS = set([
  ['Canada', -68.5, 63.75],
  ['United States', -156.8, 71.3],
  ['Russia', 33.08, 68.97],
  ['Denmark and Greenland', -51.7, 64.18],
  ['Norway', 18.96, 69.65],
  ['China', 116.4, 39.9],
  ['European Union', 4.35, 50.85],
  ['Iqaluit', -68.5, 63.75],
  ['Resolute Bay', -94.83, 74.7],
  ['Nuuk', -51.7, 64.18],
  ['Hans Island', -66.45, 80.83],
  ['Utqiagvik', -156.8, 71.3],
  ['Murmansk', 33.08, 68.97],
  ['Tromso', 18.96, 69.65],
  ['Kiruna', 20.22, 67.85],
]);

/** The same with the EU in Helsinki. */
export const ARCTIC_HELSINKI = ARCTIC_OPENS.map((p) => (p.name === 'European Union' ? { ...p, lon: 24.94, lat: 60.17 } : p));

/** Six points all around the North Pole at 70 degrees. */
export const POLE_RING = set([0, 60, 120, 180, -120, -60].map((lon) => [`Ring ${lon}`, lon, 70] as const));

/** Stations around Antarctica, with Punta Arenas and Hobart. */
export const ANTARCTIC = set([
  ['McMurdo', 166.67, -77.85],
  ['Rothera', -68.13, -67.57],
  ['Mawson', 62.87, -67.6],
  ['Casey', 110.53, -66.28],
  ['Punta Arenas', -70.91, -53.16],
  ['Hobart', 147.33, -42.88],
  ['Halley', -26.5, -75.6],
]);

/** Lisbon to Vladivostok (tests/fixtures/scenarios/regions/europe-pacific.yaml). */
export const LISBON_VLADIVOSTOK = set([
  ['Russia', 37.62, 55.75],
  ['China', 116.4, 39.9],
  ['Japan', 139.69, 35.69],
  ['Lisbon', -9.14, 38.72],
  ['Paris', 2.35, 48.86],
  ['Berlin', 13.4, 52.52],
  ['Kazan', 49.12, 55.79],
  ['Novosibirsk', 82.92, 55.03],
  ['Irkutsk', 104.3, 52.29],
  ['Vladivostok', 131.9, 43.1],
  ['Southern Kurils', 146.5, 43.9],
]);

/** A French class's Sahel, 2013-2020, played from Paris with Berlin and Moscow. */
export const SAHEL = set([
  ['France', 2.35, 48.85],
  ['Mali', -8.0, 12.65],
  ["Cote d'Ivoire", -5.28, 6.82],
  ['Germany', 13.4, 52.52],
  ['Russia', 37.62, 55.75],
  ['Bamako', -8.0, 12.65],
  ['Gao', -0.04, 16.27],
  ['Tombouctou', -3.0, 16.77],
  ['Menaka', 2.4, 15.92],
  ["N'Djamena", 15.04, 12.13],
  ['Abidjan', -3.93, 5.26],
  ['Grand-Bassam', -3.74, 5.2],
]);

/** South America's capitals, across the equator. */
export const SOUTH_AMERICA = set([
  ['Brazil', -47.88, -15.79],
  ['Colombia', -74.07, 4.71],
  ['Peru', -77.04, -12.05],
  ['Chile', -70.65, -33.45],
  ['Argentina', -58.38, -34.6],
  ['Venezuela', -66.9, 10.49],
  ['Bolivia', -68.15, -16.5],
]);
