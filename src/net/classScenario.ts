// The scenario of a class game, rebuilt from the text the server sends in its welcome: the same
// loader as a teacher's file (never run as code), and the hash must be the server's.
import { indexScenario, type ScenarioIndex } from '../engine';
import { formatError } from '../scenario/errors';
import { loadScenario } from '../scenario/load';

export interface ScenarioSource {
  fileName: string;
  text: string;
}

export function indexFromSource(source: ScenarioSource, expectedHash?: string): { ok: true; index: ScenarioIndex } | { ok: false; error: string } {
  const loaded = loadScenario(source.text, source.fileName);
  if (!loaded.ok) return { ok: false, error: loaded.errors.slice(0, 3).map(formatError).join('; ') };
  if (expectedHash !== undefined && loaded.hash !== expectedHash) return { ok: false, error: `the scenario's text does not match its hash (${loaded.hash}, expected ${expectedHash})` };
  return { ok: true, index: indexScenario(loaded.scenario, loaded.hash) };
}
