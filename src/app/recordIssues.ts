// A record file's schema problems in plain words, like a scenario's: the path of the mistake, what
// it names ("turn 3's checksum"), what was expected and what the file holds. zod's own wording
// ("Invalid discriminator value", "received undefined") never reaches the player.
import type { z } from 'zod';
import { renderPath, type Path } from '../scenario/errors';
import { describeValue, quote } from '../scenario/quote';
import { plainMessages } from '../scenario/schemaIssues';
import { objectShape, schemaAt, valueAt } from '../scenario/schemaNav';
import { didYouMean } from '../scenario/suggest';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

const HEX16 = 'should be 16 hexadecimal digits (0–9 and a–f)';

/** zod's messages for a record: JSON's words for objects and lists, the scenario's for the rest. */
export const recordMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input !== undefined) {
    if (issue.expected === 'object') return `expected an object ({ … }), got ${describeValue(issue.input).replace('a mapping', 'an object')}`;
    if (issue.expected === 'array') return `expected a list ([ … ]), got ${describeValue(issue.input).replace('a mapping', 'an object')}`;
  }
  return plainMessages(issue);
};

/** What a path names, for a person: "turn 3's checksum", "event 5", or null when the path says it. */
function nameOf(path: Path): string | null {
  const [head, i, field] = path;
  if (head === 'checksums' && typeof i === 'number') return `turn ${i + 1}'s checksum`;
  if (head === 'events' && typeof i === 'number') return field === undefined ? `event ${i + 1}` : `event ${i + 1}'s ${String(field)}`;
  if (head === 'scenario' && i === 'hash') return "the scenario's content hash";
  return null;
}

const optionsOf = (union: Schema): Schema[] => (union._zod.def as unknown as { options?: Schema[] }).options ?? [];

/** An event branch's kind: the literal its `type` field must hold. */
const kindOf = (branch: Schema): string => String((objectShape(branch)?.type?._zod.def as unknown as { values?: unknown[] } | undefined)?.values?.[0]);

/** The fields allowed where an unknown one was found (an event's by its type). */
function allowedFields(schema: Schema, root: unknown, path: Path, events: Schema): string[] {
  if (path[0] === 'events' && path.length === 2) {
    const type = (valueAt(root, path) as { type?: unknown } | undefined)?.type;
    const branch = optionsOf(events).find((o) => kindOf(o) === type);
    return Object.keys((branch && objectShape(branch)) ?? { type: null });
  }
  const target = schemaAt(schema, root, path);
  return Object.keys((target && objectShape(target)) ?? {});
}

/** A problem's words (`checksums[2] (turn 3's checksum): should be 16 hexadecimal digits…`), and where: the value at `path`, or the field `key` written there. */
export interface RecordProblem {
  path: Path;
  key?: string;
  text: string;
}

/** One problem per issue, in the issues' order. */
export function recordProblems(schema: Schema, events: Schema, root: unknown, issues: readonly Issue[]): RecordProblem[] {
  const lines: RecordProblem[] = [];
  const add = (path: Path, message: string, key?: string) => {
    const name = nameOf(path);
    lines.push({ path, ...(key === undefined ? {} : { key }), text: `${renderPath(path)}${name ? ` (${name})` : ''}: ${message}` });
  };
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    const value = valueAt(root, path);
    switch (issue.code) {
      case 'invalid_union': {
        // The only union is an event's kind, told by its `type`.
        const types = optionsOf(events).map(kindOf);
        const eventPath = path.at(-1) === 'type' ? path.slice(0, -1) : path;
        if (value === undefined) add(eventPath, `has no "type"; an event's type is one of: ${types.join(', ')}`);
        else add(path, `${typeof value === 'string' ? quote(value) : describeValue(value)} is not one of: ${types.join(', ')}${typeof value === 'string' ? didYouMean(value, types) : ''}`);
        break;
      }
      case 'unrecognized_keys': {
        const allowed = allowedFields(schema, root, path, events);
        for (const key of issue.keys) add(path, `unknown field ${quote(key)}${didYouMean(key, allowed) || (allowed.length > 0 ? `; the fields here are: ${allowed.join(', ')}` : '')}`, key);
        break;
      }
      case 'invalid_format':
        add(path, `${nameOf(path) ? HEX16 : 'is not written in the expected form'}; got ${quote(String(value))}`);
        break;
      case 'too_big':
        add(path, issue.origin === 'string' && typeof value === 'string' ? `${issue.message} (this one has ${value.length})` : issue.message);
        break;
      default:
        add(path, issue.message);
    }
  }
  return lines;
}
