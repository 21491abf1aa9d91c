// Colours of the board. Relations use a blue/orange diverging scale, which stays readable
// with red-green colour blindness; the board also varies dash and width with the value, so
// colour is never the only signal.

export const THEME = {
  seaInner: '#12304a',
  seaOuter: '#0a1826',
  land: '#273443',
  landEdge: '#7f9ab3',
  border: '#5a6b7e',
  graticule: 'rgba(120, 170, 220, 0.10)',
  countryLabel: 'rgba(176, 190, 206, 0.55)',
  seaLabel: 'rgba(120, 166, 210, 0.60)',
  text: 0xf1f5f9,
  textMuted: 0xa9b7c6,
  badgeFill: 0x101a26,
  playerFill: 0xf3f6fa,
  playerText: 0x0d1520,
  selection: 0xffffff,
  hover: 0xffd166,
  placeDot: 0xd3dde8,
  disputed: 0xffd166,
  agreement: 0xe9eef5,
  agreementDisrupted: 0x8a949f,
  panel: 0x0b1622,
  panelEdge: 0x3b5066,
} as const;

/** CSS font stack: system fonts only, nothing fetched from the network. */
export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

// Stops of the relation scale, -100 .. 100: orange (hostile), grey (neutral), blue (close).
const RELATION_STOPS: ReadonlyArray<readonly [number, number]> = [
  [-100, 0xf0780a],
  [-50, 0xf4ad6b],
  [0, 0xb9c1cb],
  [50, 0x8cc3f0],
  [100, 0x3a9af2],
];

/** Linear blend of two 0xRRGGBB colours, t = 0 .. 1. */
export function mixColor(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const lerp = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t);
  return (lerp(16) << 16) | (lerp(8) << 8) | lerp(0);
}

/** Colour of a relation value as 0xRRGGBB. */
export function relationColor(value: number): number {
  const v = Math.max(-100, Math.min(100, value));
  for (let i = 1; i < RELATION_STOPS.length; i++) {
    const [v1, c1] = RELATION_STOPS[i]!;
    if (v <= v1) {
      const [v0, c0] = RELATION_STOPS[i - 1]!;
      return mixColor(c0, c1, (v - v0) / (v1 - v0));
    }
  }
  return RELATION_STOPS[RELATION_STOPS.length - 1]![1];
}

export type LineStyle = 'solid' | 'dotted' | 'dashed';

/** The non-colour cues of a relation: hostile is dashed, near-neutral dotted, close solid. */
export function relationStroke(value: number): { width: number; style: LineStyle } {
  const v = Math.max(-100, Math.min(100, value));
  const width = 1.25 + (3.25 * Math.abs(v)) / 100;
  const style: LineStyle = v <= -15 ? 'dashed' : v < 15 ? 'dotted' : 'solid';
  return { width, style };
}

/** 0xRRGGBB to "#rrggbb" for Text styles. */
export function css(color: number): string {
  return '#' + color.toString(16).padStart(6, '0');
}
