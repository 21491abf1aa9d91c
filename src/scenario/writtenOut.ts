// What a teacher meant, written out in the form the schema reads: an id alone where a mapping that
// names it is expected (`opensOn: thaad-question`), a comparison written as a sentence
// (`when: economy > 51`), a field without its colon (`{ track: economy, add 2 }`) or named by a
// symbol (`">": 17`). Each form offered is checked against the schema, so it is whole.
import { z } from './zod';
import { addOrSet } from './addOrSet';
import { COMPARISON_SYMBOLS } from './comparison';
import { flowYaml, quote } from './quote';
import { isPlainObject, objectShape, type KeyedUnion } from './schemaNav';
import { closest } from './suggest';

type Schema = z.core.$ZodType;

export const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** The ids of one of the file's lists (`tracks`, `events`), those written as text. */
function idsIn(list: unknown): string[] {
  return Array.isArray(list) ? list.flatMap((item) => (isPlainObject(item) && typeof item.id === 'string' ? [item.id] : [])) : [];
}

/** The mappings of one field that the file's own lists make of an id (`{ event: x }`), or of the id it looks misspelt for. */
function idForms(union: KeyedUnion, value: string, root: Record<string, unknown>): { lead: string; id: string }[] {
  return union.leads.flatMap((lead, i) => {
    const branch = union.branches[i]!;
    // A branch written with its id alone (`{ event: x }`; `thisTurn` may follow, but need not).
    const shape = objectShape(branch) ?? {};
    if (Object.keys(shape).filter((k) => shape[k]!._zod.optin === undefined).length !== 1) return [];
    const ids = idsIn(root[lead.replace(/is$/, 'es')] ?? root[`${lead}s`]);
    const id = ids.includes(value) ? value : closest(value, ids);
    return id !== undefined && z.safeParse(branch, { [lead]: id }).success ? [{ lead, id }] : [];
  });
}

const form = (n: { lead: string; id: string }) => flowYaml({ [n.lead]: n.id });

/**
 * A bare id where a mapping of that id alone is expected (`opensOn: thaad-question`): the
 * mappings the file's own lists make of it (`{ event: thaad-question }`), or of the id it looks
 * misspelt for. Only branches of one required field are offered.
 */
export function bareIdHint(union: KeyedUnion, value: unknown, root: unknown): string {
  if (typeof value !== 'string' || !isPlainObject(root)) return '';
  const named = idForms(union, value, root);
  const exact = named.filter((n) => n.id === value);
  const forms = (list: typeof named) => list.map(form).join(' or ');
  if (exact.length > 0) return `; "${value}" is ${exact.map((n) => article(n.lead)).join(' and ')} of this file: write ${forms(exact)}`;
  return named.length > 0 ? `; did you mean ${forms(named)}?` : '';
}

/**
 * Ids with commas between them where one mapping or a list of them is expected (`opensOn: pulwama,
 * surgical-strikes`): the list, when each is an id of exactly one of the file's lists.
 */
export function idListHint(union: KeyedUnion, value: unknown, root: unknown): string {
  if (typeof value !== 'string' || !value.includes(',') || !isPlainObject(root)) return '';
  const items = value.split(',').map((part) => idForms(union, part.trim(), root).filter((n) => n.id === part.trim()));
  if (!items.every((exact) => exact.length === 1)) return '';
  return `; each of these is an id of this file: write a list: [${items.map(([n]) => form(n!)).join(', ')}]`;
}

/**
 * A mapping written with the fields that belong inside its first field (`{ actor: china, move:
 * build-roads }` for `{ move: { actor: china, move: build-roads } }`): the mapping written out, when
 * exactly one branch so reads it whole.
 */
export function nestedForm(union: KeyedUnion, fields: Record<string, unknown>): { lead: string; written: string } | undefined {
  const forms = union.leads.flatMap((lead, i) => {
    const inner = objectShape(union.branches[i]!)?.[lead];
    const shape = inner && objectShape(inner);
    if (!shape || !Object.keys(fields).every((k) => Object.hasOwn(shape, k))) return [];
    return z.safeParse(union.branches[i]!, { [lead]: fields }).success ? [{ lead, written: `{ ${lead}: ${flowYaml(fields)} }` }] : [];
  });
  return forms.length === 1 ? forms[0] : undefined;
}

/**
 * What one of a union's values looks like, written with ID for each id (`{ move: { actor: ID, move:
 * ID } }`), for each branch in order of length; undefined when a branch holds more than its first
 * field, or a field that is no id.
 */
export function unionExamples(union: KeyedUnion): string[] | undefined {
  const example = (schema: Schema): string | undefined => {
    const shape = objectShape(schema);
    if (!shape) return z.safeParse(schema, 'id').success ? 'ID' : undefined;
    const fields = Object.entries(shape).map(([k, v]) => [k, example(v)] as const);
    return fields.every(([, v]) => v !== undefined) ? `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }` : undefined;
  };
  const examples = union.branches.map((b) => (Object.keys(objectShape(b) ?? {}).length === 1 ? example(b) : undefined));
  return examples.every((e) => e !== undefined) ? (examples as string[]).sort((a, b) => a.length - b.length) : undefined;
}

const SENTENCE = /^\s*([A-Za-z][\w-]*)\s*(>=|<=|==|[>≥<≤=])\s*([+-]?\d+)\s*$/;

/**
 * A comparison written as a sentence where a condition is expected (`russia-dependence > 17`,
 * `turn >= 8`): the condition it means (`{ track: russia-dependence, gt: 17 }`, `{ turn: { gte: 8 } }`),
 * or, for a track whose id looks misspelt, the condition of that track. Two or more joined by
 * "and" (or by "or") are the condition of them all (any of them): `{ all: [ … ] }`.
 */
export function sentenceHint(union: KeyedUnion, value: unknown, root: unknown): string {
  if (typeof value !== 'string' || !isPlainObject(root)) return '';
  const fits = (lead: string, form: object) => union.leads.includes(lead) && z.safeParse(union.branches[union.leads.indexOf(lead)]!, form).success;
  // The comparisons at even places, the words that join them at odd ones.
  const pieces = value.split(/\s+(and|or)\s+/i);
  if (pieces.length === 1) {
    const one = comparisonOf(value, root, fits);
    return one === null ? '' : one.exact ? `; write ${one.text}` : `; did you mean ${one.text}?`;
  }
  const joiners = new Set(pieces.filter((_, i) => i % 2 === 1).map((w) => w.toLowerCase()));
  if (joiners.size > 1) return ''; // "a and b or c" needs brackets a sentence does not have
  const each = pieces.filter((_, i) => i % 2 === 0).map((part) => comparisonOf(part, root, fits));
  if (each.some((c) => c === null)) return '';
  const lead = joiners.has('and') ? 'all' : 'any';
  const found = each as Comparison[];
  if (!fits(lead, { [lead]: found.map((c) => c.form) })) return '';
  const text = `{ ${lead}: [${found.map((c) => c.text).join(', ')}] }`;
  return found.every((c) => c.exact) ? `; write ${text}` : `; did you mean ${text}?`;
}

interface Comparison {
  /** As written in the file, `{ track: x, gt: 17 }`. */
  text: string;
  form: object;
  /** The track's id as written (false: the closest id to a misspelt one). */
  exact: boolean;
}

/** One comparison written as a sentence, as the condition it means; null when it is not one. */
function comparisonOf(written: string, root: Record<string, unknown>, fits: (lead: string, form: object) => boolean): Comparison | null {
  const sentence = SENTENCE.exec(written);
  if (!sentence) return null;
  const [, name, symbol, number] = sentence as unknown as [string, string, string, string];
  const field = COMPARISON_SYMBOLS[symbol]!;
  // The game's own counters are compared inside their field: { turn: { gte: 8 } }.
  const counter = name.toLowerCase();
  if (counter === 'turn' || counter === 'capital') {
    const form = { [counter]: { [field]: Number(number) } };
    return fits(counter, form) ? { text: `{ ${counter}: { ${field}: ${Number(number)} } }`, form, exact: true } : null;
  }
  const tracks = idsIn(root.tracks);
  const track = tracks.includes(name) ? name : closest(name, tracks);
  const form = { track, [field]: Number(number) };
  if (track === undefined || !fits('track', form)) return null;
  return { text: `{ track: ${track}, ${field}: ${Number(number)} }`, form, exact: track === name };
}

/** A key of a mapping written out as the field it was meant to be. */
export interface Mend {
  field: string;
  message: string;
}

/** A value as YAML reads it when it stands alone: a number, true or false, else text. */
function scalar(text: string): unknown {
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/**
 * Whether `written` (a value as it stands after a field's name, without the colon between them)
 * is a value the field `schema` allows: if not, the words were never that field and its value
 * (a line of text that starts with "when" or "target", a text cut by a comma).
 */
export function fitsField(schema: Schema, written: string): boolean {
  return z.safeParse(schema, scalar(written)).success;
}

/** Where and what each of the schema's complaints about `value` is: what tells one complaint from another. */
function complaints(schema: Schema, value: unknown): Set<string> {
  const parsed = z.safeParse(schema, value);
  return new Set(parsed.success ? [] : parsed.error.issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => JSON.stringify([i.path, i.code, i.message])));
}

/**
 * Whether `mapping` with a key written as `field: value` makes no new complaint of the schema of
 * the mapping (`schema`; other keys written wrong are said apart).
 */
function mendKeeps(schema: Schema | undefined, shape: Record<string, Schema>, mapping: Record<string, unknown>, field: string, value: unknown): boolean {
  // The mapping's fields of the schema alone: its other keys are said apart, and a mapping of many
  // keys is read once for each, not once for each key.
  const before: Record<string, unknown> = {};
  for (const f of Object.keys(shape)) if (Object.hasOwn(mapping, f)) before[f] = mapping[f];
  const mended = { ...before, [field]: value };
  if (schema === undefined) return true;
  const had = complaints(schema, before);
  return [...complaints(schema, mended)].every((c) => had.has(c));
}

/**
 * A key of a mapping that is a field and its value without the colon between them (`add 2` in
 * `{ track: economy, add 2 }`, read as a key with no value), or without the space after it
 * (`id:vladivostok` in `{ id:vladivostok, name: … }`, which YAML reads as one word): the field
 * written whole (`write add: 2`). The field is one the mapping allows, or looks misspelt for, and is not
 * written already; its value must fit it, else the key is something else (a text cut by a comma);
 * and the mapping so mended must make no new error (`schema`: the mapping's own).
 */
export function keyWithoutColon(key: string, mapping: Record<string, unknown>, shape: Record<string, Schema>, schema?: Schema): Mend | undefined {
  if (mapping[key] !== null) return undefined;
  const parts = /^([A-Za-z][\w-]*)(\s+|:(?=[^\s:/]))(\S.*)$/.exec(key.trim());
  if (!parts) return undefined;
  const [, word, between, written] = parts as unknown as [string, string, string, string];
  const missing = between === ':' ? `has no space after the colon of ${quote(word)}, so YAML reads it as one word` : `has no colon after ${quote(word)}`;
  const allowed = Object.keys(shape);
  const field = allowed.includes(word) ? word : closest(word, allowed);
  if (field === undefined || Object.hasOwn(mapping, field) || !fitsField(shape[field]!, written)) return undefined;
  // `{ track: development, add: 8, set 8 }`: written whole it would give both, itself an error.
  const both = addOrSet({ add: mapping.add, set: mapping.set, [field]: scalar(written) });
  if ((field === 'add' || field === 'set') && both !== undefined) return { field, message: `${quote(key)} ${missing}, but this mapping has ${quote(field === 'add' ? 'set' : 'add')} already: ${both}` };
  if (!mendKeeps(schema, shape, mapping, field, scalar(written))) return undefined;
  return { field, message: `${quote(key)} ${missing}: write ${field}: ${written}` };
}

/** A comparison's field written as its symbol (`">": 17`): the field meant (`write gt: 17`). */
export function symbolField(key: string, mapping: Record<string, unknown>, shape: Record<string, Schema>, schema?: Schema): Mend | undefined {
  const field = COMPARISON_SYMBOLS[key.trim()];
  if (field === undefined || !(field in shape) || Object.hasOwn(mapping, field) || !z.safeParse(shape[field]!, mapping[key]).success) return undefined;
  if (!mendKeeps(schema, shape, mapping, field, mapping[key])) return undefined;
  return { field, message: `unknown field ${quote(key)}: a comparison is written with a word, not a symbol: write ${field}: ${String(mapping[key])}` };
}

/**
 * An effect's `set:` written in a flag's condition (`{ flag: x, set: true }`): the condition's own
 * field, `is:`, which may be left out for true.
 */
export function setInCondition(key: string, mapping: Record<string, unknown>, shape: Record<string, Schema>): string {
  if (key !== 'set' || !('flag' in shape) || !('is' in shape) || Object.hasOwn(mapping, 'is') || typeof mapping.set !== 'boolean') return '';
  return `; in a condition write is: ${mapping.set}${mapping.set ? ' (or leave it out)' : ''} — set: is for effects`;
}
