// Shared by the scenario tests: fixtures, loading to one-line messages, and exact text edits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { indexScenario, type ScenarioIndex } from '../../src/engine';
import { formatError } from '../../src/scenario/errors';
import { loadScenario, type LoadResult } from '../../src/scenario/load';

export const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export const minimal = fixture('minimal.yaml');

/** The errors of a text that must fail, as the one-line messages a teacher sees. */
export function errorsOf(text: string, file = 'test.yaml'): string[] {
  const result: LoadResult = loadScenario(text, file);
  if (result.ok) throw new Error(`expected ${file} to fail, but it loaded`);
  return result.errors.map(formatError);
}

/** The scenario of a text that must load. */
export function loaded(text: string, file = 'test.yaml') {
  const result = loadScenario(text, file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.errors.map(formatError).join('\n')}`);
  return result;
}

/** A shipped scenario (scenarios/NAME), indexed for the engine. */
export function shippedIndex(name: string): ScenarioIndex {
  const result = loaded(readFileSync(fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url)), 'utf8'), name);
  return indexScenario(result.scenario, result.hash);
}

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" is not in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `"${from}" occurs more than once`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The 1-based line where `needle` (which must occur exactly once) starts. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is not in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `"${needle}" occurs more than once`).toBe(-1);
  return text.slice(0, at).split('\n').length;
}
