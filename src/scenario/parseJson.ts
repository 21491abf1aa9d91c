// JSON text to plain data, strictly (no comments, no trailing commas, no duplicate keys). The
// `yaml` library also reads the text as a tree, only to find lines and repeated keys.
import { parseDocument } from 'yaml';
import type { Problem } from './errors';
import { findJsonSyntaxError } from './jsonSyntax';
import { pathAtOffset } from './locate';
import type { Parsed } from './parsed';
import { duplicateKeyMessage, YAML_OPTIONS } from './parseYaml';

export function parseJson(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const message = found ? found.message : (e as Error).message.split('\n')[0]!;
    return { problems: [{ path: [], offset: found?.offset, message: `JSON syntax: ${message}` }] };
  }
  const doc = parseDocument(text, YAML_OPTIONS);
  // JSON.parse keeps the last of two equal keys silently; a scenario must say things once.
  const problems = doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e): Problem => ({
      path: pathAtOffset(doc, e.pos[0]),
      offset: e.pos[0],
      message: duplicateKeyMessage(text.slice(e.pos[0], e.pos[1])),
    }));
  return problems.length > 0 ? { doc, problems } : { doc, value, problems };
}
