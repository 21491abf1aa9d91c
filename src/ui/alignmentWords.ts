// What an actor's alignment leans to, in the scenario's words: its two sides (`alignment: { low,
// high }` in the file; the US and China, the shipped scenarios' sides, when it gives none).
import { figure } from '../engine/figure';
import type { Scenario } from '../scenario/schema';

export interface AlignmentSides {
  /** What −100 leans to. */
  low: string;
  /** What +100 leans to. */
  high: string;
}

export const DEFAULT_SIDES: AlignmentSides = { low: 'the US', high: 'China' };

export function alignmentSides(scenario: Pick<Scenario, 'alignment'>): AlignmentSides {
  return scenario.alignment ?? DEFAULT_SIDES;
}

/** "leans to China (+22)", "leans to the US (−15)", or "between the US and China" within `balanced` of 0. */
export function leanWords(alignment: number, sides: AlignmentSides, balanced = 0): string {
  if (alignment < -balanced) return `leans to ${sides.low} (${figure(alignment)})`;
  if (alignment > balanced) return `leans to ${sides.high} (+${alignment})`;
  return `between ${sides.low} and ${sides.high}`;
}
