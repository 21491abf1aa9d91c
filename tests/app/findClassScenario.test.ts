// A class game's page takes a scenario it ships from its own build when the server's hash is the
// shipped one's (no YAML read), and reads any other from the server's text with the loader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClassScenario } from '../../src/app/browser/findClassScenario';
import { SHIPPED } from '../../src/app/browser/scenarios';

const tutorialText = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const tutorial = SHIPPED.find((s) => s.id === 'tutorial')!;

describe('a class game scenario found by the page', () => {
  it('is the shipped one when the hash is, without reading the text', async () => {
    const found = await findClassScenario({ fileName: 'scenarios/tutorial.yaml', text: 'not: [yaml', hash: tutorial.hash! });
    expect(found.ok && found.index.hash).toBe(tutorial.hash);
    expect(found.ok && found.index.scenario.id).toBe('tutorial');
  });

  it('is read from the text when the hash is not a shipped one', async () => {
    const edited = tutorialText.replace(/^title: .*$/m, 'title: "The tutorial, edited"');
    const found = await findClassScenario({ fileName: 'class.yaml', text: edited, hash: '0123456789abcdef' });
    // The loader reads the text, and the server's hash must be its content's.
    expect(found.ok).toBe(false);
    expect(!found.ok && found.error).toMatch(/^the scenario's text does not match its hash \([0-9a-f]{16}, expected 0123456789abcdef\)$/);
  });

  it('reports a text that does not load, in the loader words', async () => {
    const found = await findClassScenario({ fileName: 'class.yaml', text: 'id: [unclosed', hash: '0123456789abcdef' });
    expect(found.ok).toBe(false);
    expect(!found.ok && found.error).toMatch(/^class\.yaml:\d+/);
  });
});
