// The scenarios a teacher can host by id: the project's own scenarios/ folder, read once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioFileName, PROJECT_SCENARIOS } from '../cli/scenarios';
import { indexFromSource, type ScenarioSource } from '../net/classScenario';

let shipped: Map<string, ScenarioSource> | null = null;

/** Read at the server's start, so that hosting the first game is as quick as the next. */
export function shippedScenario(id: string): ScenarioSource | null {
  if (shipped === null) {
    shipped = new Map();
    for (const fileName of readdirSync(PROJECT_SCENARIOS).filter(isScenarioFileName).sort()) {
      const text = readFileSync(join(PROJECT_SCENARIOS, fileName), 'utf8');
      const indexed = indexFromSource({ fileName, text });
      if (indexed.ok) shipped.set(indexed.index.scenario.id, { fileName, text });
    }
  }
  return shipped.get(id) ?? null;
}
