// A realistic board for the demo page, screenshots and benchmarks: the actors and places of
// the 2016 scenario at their real coordinates, and a fixed script of changes (no randomness)
// that exercises every animation.
import type { AgreementStatus, BoardAgreement, BoardPlace, BoardView } from './boardView';

export const SAMPLE_VIEW: BoardView = {
  player: { id: 'russia', name: 'Russia', short: 'RUS', lon: 37.62, lat: 55.75 },
  actors: [
    { id: 'china', name: 'China', short: 'CHN', lon: 116.4, lat: 39.9, relation: 55, trust: 48, alignment: 100, selected: true },
    { id: 'japan', name: 'Japan', short: 'JPN', lon: 139.69, lat: 35.69, relation: 5, trust: 30, alignment: -70, selected: false },
    { id: 'south-korea', name: 'South Korea', short: 'ROK', lon: 126.98, lat: 37.57, relation: 20, trust: 40, alignment: -55, selected: false },
    { id: 'north-korea', name: 'North Korea', short: 'DPRK', lon: 125.75, lat: 39.03, relation: 10, trust: 20, alignment: 80, selected: false },
    { id: 'united-states', name: 'United States', short: 'USA', lon: -77.04, lat: 38.9, relation: -45, trust: 15, alignment: -100, selected: false },
    { id: 'asean', name: 'ASEAN', short: 'ASEAN', lon: 106.83, lat: -6.18, relation: 25, trust: 45, alignment: 0, selected: false },
    { id: 'vietnam', name: 'Vietnam', short: 'VNM', lon: 105.85, lat: 21.03, relation: 40, trust: 55, alignment: -15, selected: false },
    { id: 'indonesia', name: 'Indonesia', short: 'IDN', lon: 106.85, lat: -6.21, relation: 30, trust: 45, alignment: -10, selected: false },
  ],
  places: [
    { id: 'moscow', name: 'Moscow', kind: 'capital', lon: 37.62, lat: 55.75 },
    { id: 'kazan', name: 'Kazan', kind: 'city', lon: 49.12, lat: 55.79 },
    { id: 'vladivostok', name: 'Vladivostok', kind: 'city', lon: 131.89, lat: 43.12 },
    { id: 'kurils', name: 'Southern Kurils', kind: 'islands', lon: 146.9, lat: 44.3 },
    { id: 'hangzhou', name: 'Hangzhou', kind: 'city', lon: 120.15, lat: 30.27 },
    { id: 'seongju', name: 'Seongju', kind: 'site', lon: 128.28, lat: 35.92 },
    { id: 'cam-ranh', name: 'Cam Ranh', kind: 'site', lon: 109.22, lat: 11.92 },
    { id: 'singapore', name: 'Singapore', kind: 'city', lon: 103.82, lat: 1.35 },
    { id: 'nusantara', name: 'New capital (E. Kalimantan)', kind: 'capital', lon: 116.7, lat: -0.97 },
    { id: 'chayanda', name: 'Chayanda field', kind: 'site', lon: 110.6, lat: 60.4 },
    { id: 'blagoveshchensk', name: 'Blagoveshchensk', kind: 'city', lon: 127.53, lat: 50.27 },
    { id: 'nagato', name: 'Nagato', kind: 'city', lon: 131.18, lat: 34.37 },
  ],
  agreements: [
    { id: 'moscow-kazan', label: 'Moscow–Kazan HSR', kind: 'railway', status: 'pending', route: ['moscow', 'kazan'] },
    { id: 'power-of-siberia', label: 'Power of Siberia', kind: 'pipeline', status: 'active', route: ['chayanda', 'blagoveshchensk', 'china'] },
    { id: 'eef', label: 'Eastern Economic Forum', kind: 'summit', status: 'done', place: 'vladivostok' },
    { id: 'currency-swap', label: 'Yuan swap', kind: 'finance', status: 'active', place: 'china' },
    { id: 'eight-point', label: 'Eight-point plan', kind: 'finance', status: 'pending', place: 'japan' },
    { id: 'peace-treaty', label: 'Two islands for a treaty', kind: 'territory', status: 'pending', place: 'kurils' },
    { id: 'cam-ranh', label: 'Maintenance facility', kind: 'facility', status: 'pending', place: 'cam-ranh' },
    { id: 'sukhoi', label: 'Su-35 barter', kind: 'military', status: 'active', place: 'indonesia' },
    { id: 'kalimantan-rail', label: 'Kalimantan railway', kind: 'railway', status: 'pending', place: 'nusantara' },
    { id: 'asean-summit', label: 'Singapore summit', kind: 'summit', status: 'pending', place: 'singapore' },
  ],
};

type Step = (view: BoardView) => BoardView;

const actor =
  (id: string, change: { relation?: number; trust?: number; alignment?: number }): Step =>
  (view) => ({
    ...view,
    actors: view.actors.map((a) =>
      a.id !== id
        ? a
        : {
            ...a,
            relation: clamp(a.relation + (change.relation ?? 0), -100, 100),
            trust: clamp(a.trust + (change.trust ?? 0), 0, 100),
            alignment: clamp(a.alignment + (change.alignment ?? 0), -100, 100),
          },
    ),
  });

const status =
  (id: string, s: AgreementStatus): Step =>
  (view) => ({ ...view, agreements: view.agreements.map((a) => (a.id === id ? { ...a, status: s } : a)) });

const select =
  (id: string): Step =>
  (view) => ({ ...view, actors: view.actors.map((a) => ({ ...a, selected: a.id === id })) });

/** An actor seen elsewhere (the board glides its marker there). */
const move =
  (id: string, lon: number, lat: number): Step =>
  (view) => ({ ...view, actors: view.actors.map((a) => (a.id === id ? { ...a, lon, lat } : a)) });

/** A new place with a new agreement at it (the board fades both in). */
const newDeal =
  (place: BoardPlace, agreement: BoardAgreement): Step =>
  (view) => ({ ...view, places: [...view.places, place], agreements: [...view.agreements, agreement] });

const both =
  (...steps: Step[]): Step =>
  (view) => steps.reduce((v, s) => s(v), view);

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** The demo's script: each step is one turn's worth of news. */
export const SAMPLE_STEPS: readonly Step[] = [
  both(actor('japan', { relation: 18, trust: 8 }), status('eight-point', 'active'), select('japan')),
  both(status('moscow-kazan', 'active'), actor('china', { relation: 6, alignment: -5 })),
  both(actor('south-korea', { relation: -30, trust: -10 }), actor('north-korea', { relation: 12 })),
  both(status('cam-ranh', 'active'), actor('vietnam', { relation: 12, trust: 6 }), select('vietnam')),
  both(status('peace-treaty', 'disrupted'), actor('japan', { relation: -35, trust: -15, alignment: -10 })),
  both(actor('united-states', { relation: -25 }), actor('china', { relation: 10, trust: 5 }), select('china')),
  both(status('asean-summit', 'done'), actor('asean', { relation: 15, trust: 8 }), status('kalimantan-rail', 'active'), move('asean', 103.82, 1.35)),
  newDeal(
    { id: 'block-06-1', name: 'Block 06.1', kind: 'site', lon: 108.9, lat: 7.9 },
    { id: 'rosneft', label: 'Rosneft gas, South China Sea', kind: 'finance', status: 'active', place: 'block-06-1' },
  ),
  both(status('power-of-siberia', 'done'), actor('indonesia', { relation: 10, alignment: 10 })),
];
