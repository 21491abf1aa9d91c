// Loading one scenario text in the browser: the scenario loader (parse, validate, hash) and the
// engine's index. Imported lazily, so the YAML parser and the schema cost nothing until a game starts.
import { indexScenario, type ScenarioIndex } from '../../engine';
import { formatError } from '../../scenario/errors';
import { loadScenario } from '../../scenario/load';

/** `warnings`: the valid file's warnings (load.ts), one line each. */
export type LoadResult = { ok: true; index: ScenarioIndex; warnings: string[] } | { ok: false; errors: string[] };

export function loadScenarioText(text: string, fileName: string): LoadResult {
  try {
    const result = loadScenario(text, fileName);
    if (!result.ok) return { ok: false, errors: result.errors.map((e) => formatError(e)) };
    return { ok: true, index: indexScenario(result.scenario, result.hash), warnings: result.warnings.map((e) => formatError(e)) };
  } catch (e) {
    // The loader should never throw; if it does, say so as text rather than break the page.
    return { ok: false, errors: [`${fileName}: (file): the scenario could not be read: ${(e as Error).message}`] };
  }
}
