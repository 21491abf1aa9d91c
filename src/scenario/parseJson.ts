// JSON text to plain data, strictly (no comments, no trailing commas, no duplicate keys). The
// `yaml` library also reads the text as a tree, only to find lines and repeated keys.
import { parseDocument } from 'yaml';
import { findJsonSyntaxError } from './jsonSyntax';
import type { Parsed } from './parsed';
import { checkTree } from './checkTree';
import { checkExpandedSize } from './expansion';
import { YAML_OPTIONS } from './yamlOptions';

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
  const problems = doc.errors.length === 0 ? checkTree(doc, text) : [];
  if (problems.length > 0) return { doc, problems };
  // No aliases in JSON, but the same limit on the values of a file, whatever its format.
  const expanded = checkExpandedSize(value);
  return expanded ? { doc, problems: [expanded] } : { doc, value, problems };
}
