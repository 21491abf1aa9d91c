// YAML text to plain data, safely: one document only, YAML 1.2 core types only (no custom tags, so
// `!!js/function` and the like are refused, never honoured), unique keys, a cap on alias expansion.
import { isAlias, isCollection, isMap, isNode, parseAllDocuments, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import type { Problem } from './errors';
import { MAX_ALIAS_COUNT, MAX_DEPTH, TOO_DEEP } from './limits';
import { pathAtOffset } from './locate';
import type { Parsed } from './parsed';
import { quote } from './quote';

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core', // YAML 1.2: `yes`, `on` and `2016-09` stay text, nothing is a date
  customTags: [],
  merge: false, // `<<` is an ordinary (and so unknown) key
  uniqueKeys: true,
  prettyErrors: false,
  logLevel: 'silent', // the library must never print
  strict: true,
};

const TO_JS: ToJSOptions = { maxAliasCount: MAX_ALIAS_COUNT };
const TOO_MANY_ALIASES = `the file repeats YAML aliases (*name) too often (more than ${MAX_ALIAS_COUNT} expansions); write the content out instead`;

/** The message for a key written twice; `source` is the key as written. */
export function duplicateKeyMessage(source: string): string {
  return `the key ${quote(source.trim().replace(/^["']|["']$/g, ''))} appears twice in the same mapping`;
}

/** Messages for the syntax errors teachers meet most, in their words rather than the parser's. */
function syntaxMessage(code: string, message: string, source: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return duplicateKeyMessage(source);
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'RESOURCE_EXHAUSTION':
      return TOO_DEEP;
    default:
      return `YAML syntax: ${message.split('\n')[0]}`;
  }
}

/** Explicit tags and keys that are not simple text, which a scenario never needs. */
function findStrangeNodes(doc: Document.Parsed): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!isNode(node) || isAlias(node) || depth > MAX_DEPTH || problems.length > 0) return;
    if (node.tag !== undefined) {
      problems.push({ path: [], offset: node.range?.[0], message: `YAML tags such as "${node.tag.replace('tag:yaml.org,2002:', '!!')}" are not allowed in a scenario` });
      return;
    }
    if (!isCollection(node)) return;
    for (const item of node.items) {
      if (isMap(node)) {
        const pair = item as { key: unknown; value: unknown };
        if (isCollection(pair.key)) {
          problems.push({ path: [], offset: pair.key.range?.[0], message: 'a key must be a simple word, not a list or a mapping' });
          return;
        }
        visit(pair.key, depth + 1);
        visit(pair.value, depth + 1);
      } else visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return problems;
}

export function parseYaml(text: string): Parsed {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (doc === undefined) return { problems: [{ path: [], message: 'the file is empty' }] };
  const fail = (problems: Problem[]): Parsed => ({ doc, problems });
  const second = Array.isArray(docs) ? docs[1] : undefined;
  if (second) {
    return fail([{ path: [], offset: second.range[0], message: 'the file holds more than one YAML document (a line "---" starts another); a scenario is one document' }]);
  }
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((e): Problem => ({
        path: e.code === 'DUPLICATE_KEY' ? pathAtOffset(doc, e.pos[0]) : [],
        offset: e.pos[0],
        message: syntaxMessage(e.code, e.message, text.slice(e.pos[0], e.pos[1])),
      })),
    );
  }
  if (doc.contents === null) return fail([{ path: [], message: 'the file has no content, only comments' }]);
  const strange = findStrangeNodes(doc);
  if (strange.length > 0) return fail(strange);
  try {
    return { doc, value: doc.toJS(TO_JS), problems: [] };
  } catch (e) {
    return fail([{ path: [], message: e instanceof RangeError ? TOO_DEEP : TOO_MANY_ALIASES }]);
  }
}
