// Completion while typing a scenario: field names where a key goes (from the schema, with what
// each field is for), fixed values (kinds, attributes, true/false), and ids where an id goes
// (actors, tracks, options, flags… as the draft defines them).
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { DocumentIds, IdKind } from './documentIds';
import { ID_FIELDS } from './documentIds';
import { fieldsAt, isRecordAt, isScalarListAt, valuesOf } from './schemaFields';
import { yamlContextAt } from './yamlContext';

const ID_NOUN: Record<IdKind, string> = {
  actors: 'actor',
  tracks: 'track',
  options: 'option',
  events: 'event',
  endings: 'ending',
  places: 'place',
  sources: 'source',
  interests: 'interest',
  flags: 'flag',
};

function idCompletions(ids: DocumentIds | null, kind: IdKind): Completion[] {
  return (ids?.[kind] ?? []).map((e) => ({ label: e.id, detail: e.label ? `${ID_NOUN[kind]}: ${e.label}` : ID_NOUN[kind], type: 'constant' }));
}

/** The completions at `pos` of `text`, or null where none apply. Pure apart from its inputs. */
export function completionsAt(text: string, pos: number, ids: DocumentIds | null): { from: number; options: Completion[] } | null {
  const context = yamlContextAt(text, pos);
  if (!context) return null;
  const { kind, path, key, from, siblings } = context;
  if (kind === 'value') {
    const fixed = valuesOf(path, key!, siblings).map((v) => ({ label: v, type: 'keyword' }));
    const idKind = ID_FIELDS[key!];
    // `actor:` names an actor in a condition or effect, but not inside `touches` (interests there).
    const options = [...fixed, ...(idKind && fixed.length === 0 ? idCompletions(ids, idKind) : [])];
    return options.length > 0 ? { from, options } : null;
  }
  if (kind === 'item' && isScalarListAt(path)) {
    const idKind = key ? ID_FIELDS[key] : undefined;
    return idKind ? { from, options: idCompletions(ids, idKind) } : null;
  }
  const mapping = kind === 'item' ? [...path, 0] : path;
  if (isRecordAt(mapping)) {
    // `touches:` maps the target's interests to numbers.
    return { from, options: idCompletions(ids, 'interests').map((c) => ({ ...c, apply: `${c.label}: ` })) };
  }
  const fields = fieldsAt(mapping, siblings);
  if (fields.length === 0) return null;
  return {
    from,
    options: fields.map((f, i) => ({
      label: f.name,
      apply: `${f.name}: `,
      type: 'property',
      detail: f.required ? 'required' : undefined,
      info: f.description,
      // Required fields first, then in the order of the format.
      boost: (f.required ? 50 : 0) - i / 100,
    })),
  };
}

export function scenarioCompletion(ids: () => DocumentIds | null) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w-]*/);
    const found = completionsAt(context.state.doc.toString(), context.pos, ids());
    if (!found) return null;
    if (!context.explicit && word && word.from === word.to && found.options.every((o) => o.type === 'property')) {
      // An empty line: offer fields only when asked (Ctrl-Space) or once a letter is typed.
      return null;
    }
    return { from: found.from, options: found.options, validFor: /^[\w-]*$/ };
  };
}
