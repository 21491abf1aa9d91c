// The scenario of a class game, rebuilt from the text the server sends in its welcome: the same
// loader as a teacher's file (never run as code), and the hash must be the server's.
import { indexScenario, type ScenarioIndex } from '../engine';
import { formatError } from '../scenario/errors';
import { loadScenario } from '../scenario/load';

export interface ScenarioSource {
  fileName: string;
  text: string;
}

export type Indexed = { ok: true; index: ScenarioIndex } | { ok: false; error: string };

/**
 * The last few scenarios read, by their exact text: a server hosting many rooms of one scenario,
 * or a load test's many clients in one process, read it once. An index is never changed by a game.
 */
const recent = new Map<string, Indexed>();
const RECENT = 8;

export function indexFromSource(source: ScenarioSource, expectedHash?: string): Indexed {
  const key = `${source.fileName}\n${source.text}`;
  let indexed = recent.get(key);
  if (indexed === undefined) {
    const loaded = loadScenario(source.text, source.fileName);
    indexed = loaded.ok ? { ok: true, index: indexScenario(loaded.scenario, loaded.hash) } : { ok: false, error: loaded.errors.slice(0, 3).map(formatError).join('; ') };
    recent.set(key, indexed);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  if (indexed.ok && expectedHash !== undefined && indexed.index.hash !== expectedHash) return { ok: false, error: `the scenario's text does not match its hash (${indexed.index.hash}, expected ${expectedHash})` };
  return indexed;
}
