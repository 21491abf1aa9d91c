// The scenarios shipped with the game: whatever YAML files are in scenarios/ at build time, as
// raw text. Only their headers are read for the start screen; the one chosen is loaded in full.
import { readHeader } from './header';

export interface ShippedScenario {
  /** The scenario's own id (from its file), used in share links. */
  id: string;
  /** e.g. `scenarios/tutorial.yaml`, as error messages and records name it. */
  fileName: string;
  text: string;
  title: string;
  summary: string;
}

const files = import.meta.glob('/scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The tutorial first, then the others in file-name order. */
function build(): ShippedScenario[] {
  const list: ShippedScenario[] = [];
  for (const [path, text] of Object.entries(files)) {
    const fileName = path.replace(/^\//, '');
    const base = fileName.replace(/^scenarios\//, '').replace(/\.ya?ml$/, '');
    const header = readHeader(text);
    list.push({
      id: header.id ?? base,
      fileName,
      text,
      title: header.title?.trim() || base,
      summary: header.summary?.trim() ?? '',
    });
  }
  const rank = (s: ShippedScenario) => (s.id === 'tutorial' ? 0 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || a.fileName.localeCompare(b.fileName));
}

export const SHIPPED: readonly ShippedScenario[] = build();

export function shippedById(id: string): ShippedScenario | undefined {
  return SHIPPED.find((s) => s.id === id);
}
