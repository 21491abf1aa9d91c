// The scenarios the game ships (read and checked at build time, shipped as JSON with their hash:
// scripts/shippedScenarios.ts) are exactly what the scenario loader reads from the YAML files.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, type ShippedData } from '../../src/app/browser/scenarios';
import { playWithBot } from '../../src/app/playBot';
import { indexScenario } from '../../src/engine';
import { contentHash } from '../../src/scenario/contentHash';
import { loadScenario } from '../../src/scenario/load';
import { shippedMeta } from '../../scripts/shippedData';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const files = readdirSync(resolve(ROOT, 'scenarios')).filter((f) => /\.ya?ml$/.test(f));

describe('shipped scenarios', () => {
  it("carry their texts' language to the start screen (the shipped ones are English: a French file shows it)", () => {
    const french = readFileSync(resolve(ROOT, 'tests/fixtures/scenarios/mini-fr.yaml'), 'utf8');
    expect(shippedMeta(french, 'mini-fr.yaml').language).toBe('fr');
  });

  it('lists every scenario file once, the tutorial first', () => {
    expect(SHIPPED.map((s) => s.fileName).sort()).toEqual(files.map((f) => `scenarios/${f}`).sort());
    expect(SHIPPED[0]?.id).toBe('tutorial');
  });

  it.each(files)('%s: the same data, hash, id, title, summary, teacher notes and language as the loader reads', async (file) => {
    const fileName = `scenarios/${file}`;
    const loaded = loadScenario(readFileSync(resolve(ROOT, fileName), 'utf8'), fileName);
    const entry = SHIPPED.find((s) => s.fileName === fileName)!;
    const shipped: ShippedData = await entry.load();
    expect(loaded.ok).toBe(true);
    if (!loaded.ok || !shipped.ok) throw new Error(`${fileName} does not load`);
    // Strictly equal to the loader's data once through JSON, and nothing lost in that trip.
    expect(shipped.scenario).toStrictEqual(JSON.parse(JSON.stringify(loaded.scenario)));
    expect(shipped.scenario).toEqual(loaded.scenario);
    expect(shipped.hash).toBe(loaded.hash);
    // A class game's page knows the server's scenario by this hash, before fetching its data.
    expect(entry.hash).toBe(loaded.hash);
    expect(contentHash(shipped.scenario)).toBe(loaded.hash);
    expect([entry.id, entry.title, entry.summary]).toEqual([loaded.scenario.id, loaded.scenario.title.trim(), loaded.scenario.summary.trim()]);
    // The start screen's "For teachers" shows these before the scenario's data is fetched.
    expect(loaded.scenario.teacherNotes.length).toBeGreaterThan(0);
    expect(entry.teacherNotes).toEqual(loaded.scenario.teacherNotes.map((note) => note.trim()));
    // Its title, summary and notes are marked with its language there too.
    expect(entry.language).toBe(loaded.scenario.language);
    // The same games: a bot's game on each gives the same checksums.
    const a = playWithBot(indexScenario(loaded.scenario, loaded.hash), 'shipped-1', 'greedy').record();
    const b = playWithBot(indexScenario(shipped.scenario, shipped.hash), 'shipped-1', 'greedy').record();
    expect(b.checksums).toEqual(a.checksums);
  });
});
