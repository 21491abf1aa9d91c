// Finding one's way in the zod schema, to say what was expected at a path: the fields an object
// allows ("did you mean …?") and the shapes a union of conditions or effects allows.
import { z } from './zod';
import type { Path } from './errors';

type Schema = z.core.$ZodType;

/** The parts of zod 4's schema definitions read here (stable in `zod/v4/core`). */
interface Def {
  type: string;
  innerType?: Schema;
  getter?: () => Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: readonly Schema[];
}

const def = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** Down through optional, default, lazy and the like to the schema that checks the value. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const d = def(s);
    const inner = d.type === 'lazy' ? d.getter?.() : d.type === 'pipe' ? d.in : d.innerType;
    if (inner === undefined) return s;
    s = inner;
  }
  return s;
}

export function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const d = def(unwrap(schema));
  return d.type === 'object' ? d.shape : undefined;
}

/** The schema of a list's items, when the schema is a list. */
export function listElement(schema: Schema): Schema | undefined {
  const d = def(unwrap(schema));
  return d.type === 'array' ? d.element : undefined;
}

/** Whether the schema's value is a mapping or a list (a section of a file, at its top), not a number, a text or the like. */
export function holdsParts(schema: Schema): boolean {
  return ['object', 'array', 'record'].includes(def(unwrap(schema)).type);
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A union whose branches are objects told apart by their first field (`track:`, `flag:` …). */
export interface KeyedUnion {
  /** What one of its values is called: `condition`, `effect`. */
  noun: string;
  /** The first field of each branch. */
  leads: string[];
  /** Each branch as a teacher reads it: `track`, `actor + attr`, `option + open`. */
  shapes: string[];
  /** Each branch's own schema, in the order of `leads`. */
  branches: readonly Schema[];
}

/**
 * A union of one value or a list of such values (a crisis's `opensOn`): its two branches, told
 * apart by whether a list is written.
 */
export function oneOrList(schema: Schema): { one: Schema; list: Schema } | undefined {
  const d = def(unwrap(schema));
  if (d.type !== 'union' || d.options?.length !== 2) return undefined;
  const [one, list] = d.options as [Schema, Schema];
  return def(unwrap(list)).type === 'array' && def(unwrap(list)).element === one ? { one, list } : undefined;
}

/** A keyed union, or the one of a one-or-a-list union (`opensOn: x` is read as one trigger). */
export function keyedUnion(schema: Schema): KeyedUnion | undefined {
  const split = oneOrList(schema);
  if (split) return keyedUnion(split.one);
  const s = unwrap(schema);
  const d = def(s);
  if (d.type !== 'union' || !d.options) return undefined;
  const shapes = d.options.map((o) => objectShape(o) ?? {});
  const leads = shapes.map((shape) => Object.keys(shape)[0] ?? '');
  const required = (shape: Record<string, Schema>, lead: string) =>
    Object.keys(shape).filter((k) => k !== lead && shape[k]!._zod.optin === undefined);
  return {
    noun: z.globalRegistry.get(s)?.title ?? 'value',
    leads,
    shapes: shapes.map((shape, i) => [leads[i]!, ...required(shape, leads[i]!)].join(' + ')),
    branches: d.options,
  };
}

/** The branches of a keyed union whose first field the value has. */
export function matchingBranches(union: KeyedUnion, value: Record<string, unknown>): number[] {
  return union.leads.flatMap((lead, i) => (Object.hasOwn(value, lead) ? [i] : []));
}

/** The value written at a path of plain data. */
export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}

/** The branch of a union that a value was written for, if exactly one. */
function resolveUnion(schema: Schema, value: unknown): Schema | undefined {
  const union = keyedUnion(schema);
  const [only, other] = union && isPlainObject(value) ? matchingBranches(union, value) : [];
  return only === undefined || other !== undefined ? undefined : def(unwrap(schema)).options![only];
}

/**
 * The schema that checks the value at a path. A union on the way is resolved by the value's first
 * field; a union at the end too, unless `keepUnion` asks for the union itself.
 */
export function schemaAt(root: Schema, rootValue: unknown, path: Path, keepUnion = false): Schema | undefined {
  let schema: Schema | undefined = root;
  for (let i = 0; schema; i++) {
    const d = def(unwrap(schema));
    if (d.type === 'union') {
      if (keepUnion && i === path.length) return schema;
      const value = valueAt(rootValue, path.slice(0, i));
      const split = oneOrList(schema);
      schema = split ? (Array.isArray(value) ? split.list : split.one) : resolveUnion(schema, value);
      i--; // the same segment, now inside the branch
      continue;
    }
    if (i === path.length) return schema;
    const segment = path[i]!;
    if (d.type === 'object') schema = d.shape![String(segment)];
    else if (d.type === 'array') schema = d.element;
    else if (d.type === 'record') schema = d.valueType;
    else return undefined;
  }
  return undefined;
}

/**
 * The fields of each object the schema holds (its shape), every object once: where the structure
 * of a file is lost (a syntax error), which fields a line may be among, and what each allows.
 */
export function objectShapes(root: Schema): Record<string, Schema>[] {
  const seen = new Set<Schema>();
  const found: Record<string, Schema>[] = [];
  const visit = (schema: Schema | undefined) => {
    // Marked before unwrapping: a lazy schema (a condition within conditions) makes a new one each time.
    if (schema === undefined || seen.has(schema)) return;
    seen.add(schema);
    const d = def(unwrap(schema));
    if (d.type === 'object') {
      found.push(d.shape!);
      for (const field of Object.values(d.shape!)) visit(field);
    } else if (d.type === 'array') visit(d.element);
    else if (d.type === 'record') visit(d.valueType);
    else if (d.type === 'union') for (const option of d.options ?? []) visit(option);
  };
  visit(root);
  return found;
}
