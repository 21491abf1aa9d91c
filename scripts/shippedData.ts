// Build time: what the game ships for one scenario file, read by the very loader that reads a
// teacher's file. Loaded by the Vite plugin in scripts/shippedScenarios.ts.
import { readHeader } from '../src/app/browser/header';
import { formatError } from '../src/scenario/errors';
import { loadScenario } from '../src/scenario/load';

/**
 * The start screen's entry: id, title and summary read quickly from the header (as the page did),
 * the teacher notes as the loader reads them (the start screen shows them before a game loads), and
 * the content's hash (a class game's page knows the server's scenario by it without reading its text),
 * and the language of its texts (the start screen marks its title, summary and notes with it).
 */
export function shippedMeta(text: string, file: string): { id: string; fileName: string; title: string; summary: string; teacherNotes: string[]; language: string; hash: string | null } {
  const header = readHeader(text);
  const base = file.replace(/\.ya?ml$/, '');
  const loaded = loadScenario(text, `scenarios/${file}`);
  const teacherNotes = loaded.ok ? loaded.scenario.teacherNotes.map((note) => note.trim()) : [];
  return { id: header.id ?? base, fileName: `scenarios/${file}`, title: header.title?.trim() || base, summary: header.summary?.trim() ?? '', teacherNotes, language: loaded.ok ? loaded.scenario.language : 'en', hash: loaded.ok ? loaded.hash : null };
}

/** The scenario's chunk: the loader's result, errors already as `file:line: path: message` lines. */
export function shippedData(text: string, fileName: string): { ok: true; scenario: unknown; hash: string } | { ok: false; errors: string[] } {
  const result = loadScenario(text, fileName);
  return result.ok ? { ok: true, scenario: result.scenario, hash: result.hash } : { ok: false, errors: result.errors.map((e) => formatError(e)) };
}
