// What the scenario format allows at a place in the file, read from its JSON Schema
// (scenarios/scenario.schema.json, generated from the loader's zod schema, so the editor cannot
// offer a field the loader refuses): the fields of a mapping with their descriptions, and the
// fixed values of a field (kinds, attributes, booleans). Plain JSON: the schema library and the
// loader stay out of the editor's chunk.
import schemaFile from '../../../scenarios/scenario.schema.json';
import type { YamlPath } from './yamlContext';

interface Node {
  $ref?: string;
  description?: string;
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
}

const ROOT = schemaFile as unknown as Node & { $defs: Record<string, Node> };

/** Follows `$ref`s to the node that says what the value is. */
function resolve(node: Node | undefined): Node | undefined {
  for (let i = 0; node?.$ref !== undefined && i < 8; i++) node = ROOT.$defs[node.$ref.replace('#/$defs/', '')];
  return node;
}

const branches = (node: Node) => (node.anyOf ?? node.oneOf ?? []).map(resolve).filter((n): n is Node => n !== undefined);

/** The schema at a path; a union on the way is resolved by the key the path takes into it. */
function nodeAt(path: YamlPath): Node | undefined {
  let node = resolve(ROOT);
  for (const segment of path) {
    if (!node) return undefined;
    if (node.anyOf || node.oneOf) node = branches(node).find((b) => typeof segment === 'string' && b.properties?.[segment] !== undefined);
    if (!node) return undefined;
    if (node.type === 'object') node = resolve(typeof segment === 'string' ? (node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined)) : undefined);
    else if (node.type === 'array') node = typeof segment === 'number' ? resolve(node.items) : undefined;
    else return undefined;
  }
  return node;
}

export interface Field {
  name: string;
  required: boolean;
  description?: string;
}

function fieldsOf(node: Node): Field[] {
  return Object.entries(node.properties ?? {}).map(([name, f]) => ({ name, required: node.required?.includes(name) ?? false, description: f.description ?? resolve(f)?.description }));
}

/**
 * The fields that may still be written in the mapping at `path`, which already has `siblings`.
 * In a condition or an effect (a union told apart by its first field) the fields of the shapes
 * that fit what is written; with nothing written yet, each shape's first field.
 */
export function fieldsAt(path: YamlPath, siblings: readonly string[]): Field[] {
  const node = nodeAt(path);
  if (!node) return [];
  if (node.type === 'object') return fieldsOf(node).filter((f) => !siblings.includes(f.name));
  if (!node.anyOf && !node.oneOf) return [];
  const shapes = branches(node).filter((b) => b.type === 'object');
  if (siblings.length === 0) {
    const leads = shapes.map((b) => Object.keys(b.properties ?? {})[0]!).filter((k, i, all) => k !== undefined && all.indexOf(k) === i);
    return leads.map((name) => ({ name, required: false, description: node.description }));
  }
  const out = new Map<string, Field>();
  for (const shape of shapes.filter((b) => siblings.every((k) => k in (b.properties ?? {})))) {
    for (const f of fieldsOf(shape)) if (!siblings.includes(f.name) && !out.has(f.name)) out.set(f.name, { ...f, required: false });
  }
  return [...out.values()];
}

/** Whether the mapping at `path` has free keys (ids), such as `touches`. */
export function isRecordAt(path: YamlPath): boolean {
  const node = nodeAt(path);
  return node?.type === 'object' && node.properties === undefined && typeof node.additionalProperties === 'object';
}

/** Whether the list at `path` holds plain values (ids) rather than mappings. */
export function isScalarListAt(path: YamlPath): boolean {
  const node = nodeAt(path);
  if (node?.type !== 'array') return false;
  const item = resolve(node.items);
  return item !== undefined && item.type !== 'object' && !item.anyOf && !item.oneOf;
}

/** The fixed values a field may take: an enum's words, a constant, true and false. */
export function valuesOf(path: YamlPath, key: string, siblings: readonly string[]): string[] {
  const holder = nodeAt(path);
  if (!holder) return [];
  const shapes = holder.type === 'object' ? [holder] : branches(holder).filter((b) => siblings.every((k) => k in (b.properties ?? {})) && key in (b.properties ?? {}));
  const out = new Set<string>();
  for (const shape of shapes) {
    const f = resolve(shape.properties?.[key]);
    if (!f) continue;
    if (f.enum) f.enum.forEach((v) => out.add(String(v)));
    else if (f.const !== undefined) out.add(String(f.const));
    else if (f.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
  }
  return [...out];
}
