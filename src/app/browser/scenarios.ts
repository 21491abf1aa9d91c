// The scenarios shipped with the game: read and checked at build time by the scenario loader
// (scripts/shippedScenarios.ts) and shipped as parsed JSON with their content hash, each in a chunk
// of its own, fetched when that scenario starts. The start screen needs only this list.
import { SHIPPED as LIST } from 'virtual:shipped-scenarios';
import type { Scenario } from '../../scenario/schema';

/** The loader's result for a shipped file, errors as `file:line: path: message` lines. */
export type ShippedData = { ok: true; scenario: Scenario; hash: string } | { ok: false; errors: string[] };

export interface ShippedScenario {
  /** The scenario's own id (from its file), used in share links. */
  id: string;
  /** e.g. `scenarios/tutorial.yaml`, as error messages and records name it. */
  fileName: string;
  title: string;
  summary: string;
  /** The scenario's teacherNotes, for the start screen's "For teachers" part. */
  teacherNotes: readonly string[];
  /** The language of its texts (`language`, `en` when it does not load), which the start screen marks them with. */
  language: string;
  /** Its content's hash (null when it does not load). */
  hash: string | null;
  /** Fetches the scenario's data. */
  load(): Promise<ShippedData>;
}

/** The tutorial first, then the others in file-name order. */
export const SHIPPED = LIST as readonly ShippedScenario[];

export function shippedById(id: string): ShippedScenario | undefined {
  return SHIPPED.find((s) => s.id === id);
}
