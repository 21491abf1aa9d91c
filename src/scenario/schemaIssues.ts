// zod's findings, reworded for a teacher who has never seen the code: one problem per mistake,
// at the path of the mistake, with "did you mean …?" where a name looks misspelt.
import { z } from './zod';
import { COMPARISON_FIELDS } from './comparison';
import { decimalCommaHint, decimalCommaPiece } from './decimalComma';
import { idHint } from './idSpelling';
import { ID_PATTERN } from './idPattern';
import { LANGUAGE_PATTERN, languageHint } from './language';
import type { Path, Problem } from './errors';
import { asItems, itemOf, namesAnItem } from './fieldInList';
import { MARKED, MARKS } from './listMarker';
import { MISSING_FIELD, missingSection } from './missing';
import { MONTH_PATTERN, monthHint } from './months';
import { plural } from './plural';
import { describeValue, flowYaml, numberText, quote, yamlQuoted } from './quote';
import { insideTypographicQuotes } from './typographicQuote';
import { holdsParts, isPlainObject, keyedUnion, matchingBranches, objectShape, oneOrList, schemaAt, valueAt, type KeyedUnion } from './schemaNav';
import { spaceBeforeColon } from './spaceBeforeColon';
import { closest, didYouMean } from './suggest';
import type { WrittenBetween } from './writtenBetween';
import { article, bareIdHint, idListHint, keyWithoutColon, nestedForm, sentenceHint, setInCondition, symbolField, unionExamples } from './writtenOut';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (lines of "field: value")',
  record: 'a mapping (lines of "name: number")',
  array: 'a list (lines starting with "- ")',
};

/**
 * How to write a number given as text (its typographic minus or per cent sign, its decimal comma,
 * its quotes, its words or the unit after it) or with a fraction. `schema`: the field's.
 */
function numberHint(input: unknown, schema?: Schema): string {
  // A fraction where a whole number is wanted: the two nearest.
  if (typeof input === 'number') return Number.isFinite(input) && !Number.isInteger(input) ? `: write ${Math.floor(input)} or ${Math.ceil(input)}` : '';
  if (typeof input !== 'string') return '';
  const text = input.trim();
  const comma = decimalCommaHint(text, schema);
  if (comma) return `: ${comma}`;
  const dash = /^([\u2212\u2012\u2013\u2014])\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (dash) return `: its minus sign is the typographic "${dash[1]}" (copied from a document); type the keyboard's minus instead: -${dash[2]}`;
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return `: write the number alone, without "%": ${Number(percent[1])}`;
  // A number in quotes is text: `cost: "2"`.
  if (/^[+-]?\d+$/.test(text)) return `: a number in quotes is text; write it without the quotes: ${Number(text)}`;
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  if (word >= 0) return `: write it in digits: ${word}`;
  // A number with its unit or a word after it: `cost: 3 capital`, `add: three points`.
  const [first = '', ...rest] = text.split(/\s+/);
  if (rest.length === 0) return '';
  if (/^[+-]?\d+(?:\.\d+)?$/.test(first)) return `: write the number alone, without the words after it: ${Number(first)}`;
  const inWords = NUMBER_WORDS.indexOf(first.toLowerCase());
  if (inWords >= 0) return `: write the number alone, in digits, without the words after it: ${inWords}`;
  return '';
}

/** Words a teacher may write for yes or no (YAML 1.2 reads only true and false so), in English, French and German: the one to write. */
function booleanHint(input: unknown): string {
  const word = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if (['yes', 'on', 'y', 'true', 'oui', 'vrai', 'ja', 'wahr'].includes(word)) return ': write true, without quotes';
  if (['no', 'off', 'n', 'false', 'non', 'faux', 'nein', 'falsch'].includes(word)) return ': write false, without quotes';
  return '';
}

/** Numbers a teacher may write out in words, by their value. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A list's field written with nothing after it and nothing indented below it (`effects:`). */
const EMPTY_LIST_HINT = '; write its items on the lines below it, each starting with "- " and indented more than the field, or write [] after the colon if it has none';

/** A field left out: zod's finding where a value is expected and none is written (its final issues keep no input: give the value written). */
const isMissing = (code: string, input: unknown): boolean => input === undefined && (code === 'invalid_type' || code === 'invalid_value');

/**
 * Wording for zod's own messages, used wherever the schema gives none (the schema's own messages,
 * such as the one for ids, take precedence). Passed to `safeParse` as its error map.
 */
export const plainMessages: z.core.$ZodErrorMap = (issue) => {
  if (isMissing(issue.code, issue.input)) return MISSING_FIELD;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}${issue.expected === 'number' || issue.expected === 'int' ? numberHint(issue.input, issue.schema) : issue.expected === 'boolean' ? booleanHint(issue.input) : ''}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${plural(issue.minimum, 'item')}`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `needs at least ${plural(issue.minimum, 'character')}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      if (issue.origin === 'string') return `at most ${plural(issue.maximum, 'character')}`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const written = typeof issue.input === 'string' ? issue.input : String(issue.input);
      if (values.length === 1) return `must be ${quote(values[0]!)}, not ${describeValue(issue.input)}`;
      return `${quote(written)} is not one of: ${values.join(', ')}${didYouMean(written, values)}`;
    }
    case 'invalid_format':
      return 'is not written in the expected form';
    default:
      return undefined;
  }
};

/** How to write a value that does not fit an id's, a month's or a language's form (`côte-divoire`, `2019-8`, `FR`). */
function formHint(issue: Issue, value: string): string {
  if (issue.code !== 'invalid_format' || issue.format !== 'regex') return '';
  const { pattern } = issue as Extract<Issue, { format: 'regex' }>;
  if (pattern === String(ID_PATTERN)) return idHint(value);
  if (pattern === String(MONTH_PATTERN)) return monthHint(value);
  return pattern === String(LANGUAGE_PATTERN) ? languageHint(value) : '';
}

/** What the teacher wrote, added to a message that only says what was expected. */
function written(issue: Issue, value: unknown): string {
  if (issue.code === 'invalid_format') return `; got ${quote(String(value))}${formHint(issue, String(value))}`;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number') return `; got ${typeof value === 'number' ? numberText(value) : String(value)}`;
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') return ` (this one has ${value.length})`;
  return '';
}

const isRange = (issue: Issue): issue is Extract<Issue, { code: 'too_big' | 'too_small' }> => issue.code === 'too_big' || issue.code === 'too_small';
const rangeKey = (issue: Issue) => `${issue.code} ${JSON.stringify(issue.path)}`;

/**
 * zod's bound of exact whole numbers (±9007199254740991) for a number also outside its field's own
 * range (`cost: 1e30`): the field's range is the one worth saying. `ownRanges`: the fields' own
 * range issues (rangeKey), found once for all the issues, not searched for each.
 */
function besideOwnRange(issue: Issue, ownRanges: ReadonlySet<string>): boolean {
  return isRange(issue) && issue.origin === 'int' && ownRanges.has(rangeKey(issue));
}

export class SchemaIssueReader {
  private readonly found: { problem: Problem; lack: boolean }[] = [];
  /**
   * The mappings where a field written wrong was written out (`add 2`: write add: 2), and that
   * field in each. What a check then says the mapping lacks ("required field is missing", "give
   * at least one of gte, …") is that very field.
   */
  private readonly mendedPaths = new Set<string>();

  /**
   * `yaml`: the file is YAML, so a list's field written alone (`effects:`) is told how to write its
   * items; `written`: the file's own text of a mapping's fields, for the mend of a text a comma split.
   */
  constructor(
    private readonly schema: Schema,
    private readonly root: unknown,
    private readonly yaml = false,
    private readonly written?: WrittenBetween,
  ) {}

  read(issues: readonly Issue[], base: Path = []): this {
    const ownRanges = new Set(issues.filter((i) => isRange(i) && i.origin !== 'int').map(rangeKey));
    // A value of the wrong kind is said as such: a list's bound read as a text's length
    // (`questions:` over one line of text: "at most 20 characters") would only mislead.
    const wrongKind = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)));
    for (const issue of issues) {
      if (besideOwnRange(issue, ownRanges) || (issue.code !== 'invalid_type' && wrongKind.has(JSON.stringify(issue.path)))) continue;
      this.readOne(issue, [...base, ...(issue.path as (string | number)[])]);
    }
    return this;
  }

  /** Every problem, but what a mended mapping lacks: its mend says it. */
  get problems(): Problem[] {
    return this.found.filter((f) => !(f.lack && this.mended(f.problem.path))).map((f) => f.problem);
  }

  /** Whether `path` is a mapping where a field was written out, or that field: the other checks need not say what it lacks. */
  mended(path: Path): boolean {
    return this.mendedPaths.has(JSON.stringify(path));
  }

  /** `lack`: the message says what a mapping lacks; `offset`: where in the text, for a problem on no line of its own. */
  private add(path: Path, message: string, lack = false, offset?: number) {
    this.found.push({ problem: { path, message, ...(offset !== undefined && { offset }) }, lack });
  }

  private readOne(issue: Issue, path: Path) {
    switch (issue.code) {
      case 'unrecognized_keys': {
        if (this.readAmbiguous(path)) return;
        const target = schemaAt(this.schema, this.root, path);
        const shape = (target && objectShape(target)) ?? {};
        const allowed = Object.keys(shape);
        const mapping = valueAt(this.root, path);
        const pieces = commaPieces(mapping, allowed, (before, last) => this.written?.(path, before, last));
        // Pieces of decimal numbers are at most one a field: a mapping of many unknown keys is not searched for them (each search reads the mapping).
        const decimals = isPlainObject(mapping) && issue.keys.length <= allowed.length ? mapping : undefined;
        for (const key of issue.keys) {
          // The digits after a number's decimal comma: said at the number's own field.
          const decimal = decimals && decimalCommaPiece(key, decimals, shape, (field, last) => this.written?.(path, field, last));
          if (decimal !== undefined) {
            this.add([...path, decimal.field], decimal.message);
            continue;
          }
          const mend = isPlainObject(mapping) ? (spaceBeforeColon(key, allowed) ?? keyWithoutColon(key, mapping, shape, target) ?? symbolField(key, mapping, shape, target)) : undefined;
          if (mend !== undefined) {
            this.add([...path, key], mend.message);
            this.mendedPaths.add(JSON.stringify(path)).add(JSON.stringify([...path, mend.field]));
            continue;
          }
          const split = pieces(key);
          if (split !== undefined) {
            if (split !== null) this.add([...path, key], split);
            continue;
          }
          const hint = didYouMean(key, allowed) || (allowed.length > 0 ? `; the fields here are: ${allowed.join(', ')}` : '');
          const effectField = isPlainObject(mapping) ? setInCondition(key, mapping, shape) : '';
          this.add([...path, key], `unknown field ${quote(key)}${hint}${effectField}`);
        }
        return;
      }
      case 'invalid_union':
        return this.readUnion(issue, path);
      case 'invalid_key':
        for (const inner of issue.issues) this.add(path, `${inner.message}; got ${quote(String(path[path.length - 1]))}${formHint(inner, String(path[path.length - 1]))}`);
        return;
      default: {
        const value = valueAt(this.root, path);
        // A mapping expected where a number or a text is written: say how the mapping is written.
        if (issue.code === 'invalid_type' && issue.expected === 'object' && value !== undefined) return this.add(path, `expected ${this.fieldsAt(path)}, got ${describeValue(value)}`);
        // A list written as a mapping (`flags:` over `quad-revived: The Quad meets again`): each line as an item.
        // (Not one item written without its dash, `effects: { track: x, add: 2 }`: its keys are an item's fields.)
        if (this.yaml && issue.code === 'invalid_type' && issue.expected === 'array' && isPlainObject(value) && typeof path.at(-1) === 'string') {
          const entries = Object.entries(value);
          const element = schemaAt(this.schema, this.root, [...path, 0]);
          const [key, first] = entries[0] ?? [];
          if (key !== undefined && entries.every(([k]) => namesAnItem(element, k))) {
            const lines = entries.length > 1 ? 'each of its "field: value" lines' : 'its "field: value" line';
            return this.add(path, asItems(String(path.at(-1)), lines, itemOf(element, key, first), entries.length > 1));
          }
          // One item written without its dash (`sources:` over `{ source: x, paragraph: 2, … }`): its fields are an item's.
          const itemSchema = schemaAt(this.schema, this.root, [...path, 0], true);
          const union = itemSchema && keyedUnion(itemSchema);
          const fitsItem = union ? matchingBranches(union, value).length > 0 : element !== undefined && !entries.some(([k]) => namesAnItem(element, k));
          if (key !== undefined && fitsItem) {
            return this.add(path, `${issue.message}: its fields are those of one item of the list, written without the dash that starts each item; write "- " at the start of the item's first line`);
          }
        }
        // Texts written without their dashes (`questions:` over a line of text): the list's one text.
        if (this.yaml && issue.code === 'invalid_type' && issue.expected === 'array' && typeof value === 'string' && schemaAt(this.schema, this.root, [...path, 0])?._zod.def.type === 'string') {
          const mark = MARKED.exec(value)?.[1];
          const instead = mark === undefined ? 'at the start of each item\'s line' : `in place of its "${mark}" (${MARKS[mark]})`;
          return this.add(path, `${issue.message}; each item of the list is a line starting with "- ": write "- " ${instead}`);
        }
        // A section of the file is missing from no line of it: found at the start of the file.
        if (path.length === 1 && isMissing(issue.code, value)) {
          const part = schemaAt(this.schema, this.root, path);
          // A field of one possible value (`format`): the line to write.
          const only = part?._zod.def.type === 'literal' ? (part._zod.def as unknown as { values: unknown[] }).values : [];
          const line = only.length === 1 ? `: write "${String(path[0])}: ${String(only[0])}" at the top of the file` : '';
          return this.add(path, missingSection(String(path[0]), part === undefined || holdsParts(part)) + line, true, 0);
        }
        // An empty list of a union's values (`opensOn: []`): what one of them looks like.
        if (issue.code === 'too_small' && issue.origin === 'array' && Array.isArray(value) && value.length === 0) {
          const item = schemaAt(this.schema, this.root, [...path, 0], true);
          const union = item && keyedUnion(item);
          const examples = union && unionExamples(union);
          if (union && examples) return this.add(path, `needs at least ${plural(issue.minimum, union.noun)}, such as ${examples.slice(0, -1).join(', ')} or ${examples.at(-1)}`);
        }
        // A missing field, and a refinement's message, say what a mapping lacks (`give at least one of gte, …`).
        const emptyList = this.yaml && issue.code === 'invalid_type' && issue.expected === 'array' && value === null ? EMPTY_LIST_HINT : '';
        this.add(path, issue.message + written(issue, value) + emptyList + (value === undefined ? this.itemNamed(path) : ''), issue.code === 'custom' || value === undefined);
      }
    }
  }

  /**
   * A field missing from a list's item, or from a mapping inside it (an actor's `start`), is found
   * at that mapping's first line; its path counts items from 0 (`actors[3].start`): the id of the
   * nearest item it is in says which one, as a teacher knows it.
   */
  private itemNamed(path: Path): string {
    let last = path.length - 2;
    while (last >= 0 && typeof path[last] !== 'number') last--;
    if (last < 0) return '';
    const item = valueAt(this.root, path.slice(0, last + 1));
    const id = isPlainObject(item) ? item['id'] : undefined;
    return typeof id === 'string' && id !== '' ? ` (in the item with the id ${quote(id)})` : '';
  }

  /**
   * What a mapping expected at `path` is written with, as a teacher would type it: a comparison
   * (`turn: 4` for `turn: { eq: 4 }`), or its fields in braces (`move: x` for `move: { actor: …, move: … }`).
   */
  private fieldsAt(path: Path): string {
    // A union's branches have fields of their own (a map is a place or a route): no one set to show.
    if (this.unionAt(path)) return TYPE_NAMES.object!;
    const target = schemaAt(this.schema, this.root, path);
    const shape = (target && objectShape(target)) ?? {};
    const fields = Object.keys(shape);
    if (fields.length === 0) return TYPE_NAMES.object!;
    if (COMPARISON_FIELDS.every((k) => fields.includes(k))) return `a comparison in braces, such as { eq: 4 } or { gte: 4 } (with any of ${COMPARISON_FIELDS.join(', ')})`;
    const required = fields.filter((k) => shape[k]!._zod.optin === undefined);
    const optional = fields.filter((k) => !required.includes(k));
    const braces = `{ ${(required.length > 0 ? required : fields).map((k) => `${k}: …`).join(', ')} }${required.length > 0 && optional.length > 0 ? ` (with any of ${optional.join(', ')})` : ''}`;
    return `fields, written ${braces} or one "field: value" per line`;
  }

  /** The keyed union at a path, with the value written there when it is a mapping. */
  private unionAt(path: Path): { union: KeyedUnion; value: unknown; fields?: Record<string, unknown> } | undefined {
    const schema = schemaAt(this.schema, this.root, path, true);
    const union = schema && keyedUnion(schema);
    if (!union) return undefined;
    const value = valueAt(this.root, path);
    return { union, value, fields: isPlainObject(value) ? value : undefined };
  }

  /** A condition or effect written with two kinds at once (`track:` and `flag:`): say so, once. */
  private readAmbiguous(path: Path): boolean {
    const at = this.unionAt(path);
    const branches = at?.fields ? matchingBranches(at.union, at.fields) : [];
    if (!at || branches.length < 2) return false;
    const both = branches.map((i) => quote(at.union.leads[i]!)).join(' and ');
    // Where a list of them may be written, show it: each of the kinds written as one of its own.
    const schema = schemaAt(this.schema, this.root, path, true);
    const list = schema && oneOrList(schema) ? `; to give several, write a list: [${branches.map((i) => `{ ${at.union.leads[i]!}: ${flowYaml(at.fields![at.union.leads[i]!])} }`).join(', ')}]` : '';
    this.add(path, `${article(at.union.noun)} has exactly one of ${at.union.leads.join(', ')}; this one has ${both}${list}`);
    return true;
  }

  /** A value that fits no branch of a union: find the branch it was meant for by its first field. */
  private readUnion(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path) {
    // One or a list: a list written is read as the list, item by item.
    const schema = schemaAt(this.schema, this.root, path, true);
    if (schema && oneOrList(schema) && Array.isArray(valueAt(this.root, path))) return void this.read(issue.errors[1] ?? [], path);
    const at = this.unionAt(path);
    if (!at) return this.add(path, issue.message);
    const { union, value, fields } = at;
    const shapes = union.shapes.join(', ');
    // A list of conditions where one is expected: the two ways to combine them are named.
    const combine = Array.isArray(value) && union.leads.includes('all') && union.leads.includes('any') ? '; to combine several, put the list under all: (each must hold) or any: (one is enough)' : '';
    // Ids with commas between them, where a list may be written: the list.
    const ids = schema && oneOrList(schema) ? idListHint(union, value, this.root) : '';
    if (!fields) return this.add(path, `expected ${article(union.noun)} (a mapping written with one of: ${shapes}), got ${describeValue(value)}${combine}${ids || bareIdHint(union, value, this.root)}${sentenceHint(union, value, this.root)}`);
    if (this.readAmbiguous(path)) return;
    // The fields of its first field written beside it (`{ actor: china, move: build-roads }`): once, written out.
    const nested = nestedForm(union, fields);
    if (nested) return this.add(path, `${Object.keys(fields).join(' and ')} belong inside ${quote(nested.lead)}: write ${nested.written}`);
    const [branch] = matchingBranches(union, fields);
    if (branch !== undefined) return void this.read(issue.errors[branch] ?? [], path);
    // No field names a kind: guess which was meant from the field names written.
    const writtenWith = `${article(union.noun)} is written with one of: ${shapes}`;
    const keys = Object.keys(fields);
    const guess = keys.find((k) => closest(k, union.leads) !== undefined) ?? keys[0];
    if (guess === undefined) return this.add(path, `an empty ${union.noun}; ${writtenWith}`);
    this.add(path, `unknown ${union.noun} ${quote(guess)}${didYouMean(guess, union.leads)}; ${writtenWith}`);
  }
}

/**
 * In `{ label: tourists, visitors and payments }` the comma ends the text and `visitors and payments`
 * becomes a key with no value. A key of several words with no value is almost surely such a piece,
 * and so is an unknown one-word key with no value beside it. Several commas make a run of pieces:
 * one mistake, said once at its first piece (null for the others). `written`: the file's own text
 * from the text's start to the last piece, when it can be read (YAML on one line).
 * The mapping's keys are indexed once, so a mapping of many unknown keys takes linear time (but
 * for a run of pieces, walked for each of its own).
 */
function commaPieces(mapping: unknown, allowed: readonly string[], written: (before: string, last: string) => string | undefined): (key: string) => string | null | undefined {
  if (!isPlainObject(mapping)) return () => undefined;
  let keys: string[] | undefined;
  let position: Map<string, number> | undefined;
  const empty = (key: string) => mapping[key] === null && !allowed.includes(key);
  const words = (key: string) => /\s/.test(key.trim());
  return (key) => {
    if (!empty(key)) return undefined;
    keys ??= Object.keys(mapping);
    position ??= new Map(keys.map((k, i) => [k, i]));
    const at = position.get(key);
    if (at === undefined) return undefined;
    // Several commas make several pieces in a row, one-word pieces among them (`oil, gas, tourists
    // and payments`): the mend of all of them is the whole text.
    let first = at;
    while (first > 0 && empty(keys[first - 1]!)) first--;
    let last = at;
    while (last + 1 < keys.length && empty(keys[last + 1]!)) last++;
    const run = keys.slice(first, last + 1);
    if (!run.some(words)) return undefined; // a one-word field alone is more likely misspelt
    if (at !== first) return null;
    const pieces = run.join(', ');
    const before = first > 0 ? keys[first - 1] : undefined;
    const joined = before !== undefined && typeof mapping[before] === 'string' ? (written(before, run.at(-1)!) ?? `${mapping[before]}, ${pieces}`) : undefined;
    // A text in typographic quotes (“Vladivostok, the port”): the keyboard's quotes in their place.
    const inside = joined === undefined ? undefined : insideTypographicQuotes(joined);
    const whole = joined === undefined ? `"…, ${pieces}"` : `${before}: ${yamlQuoted(inside ?? joined)}`;
    const typographic = inside === undefined ? '' : ` (its typographic quotes ${joined![0]} ${joined!.at(-1)} are not YAML's: type the keyboard's " instead)`;
    const split = run.length === 1 ? `a comma inside a text in { … } ends the text there, so ${quote(key)} became a field of its own` : `commas inside a text in { … } end the text there, so ${run.slice(0, -1).map(quote).join(', ')} and ${quote(run.at(-1)!)} became fields of their own`;
    return `unknown field ${quote(key)}: ${split}; put the whole text in quotes to keep it whole, e.g. ${whole}${typographic}`;
  };
}
