// The ids a scenario draft defines (actors, tracks, options, events, places, sources, interests,
// named flags) and the flags it uses, read from the parsed data even when it is not yet valid:
// what completion offers where an id is expected. Pure.

export interface IdEntry {
  id: string;
  /** The name or title, shown beside the id. */
  label?: string;
}

export const ID_KINDS = ['actors', 'tracks', 'options', 'events', 'endings', 'places', 'sources', 'interests', 'flags'] as const;
export type IdKind = (typeof ID_KINDS)[number];
export type DocumentIds = Record<IdKind, IdEntry[]>;

const record = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function entries(items: unknown, label: 'name' | 'title' | 'label'): IdEntry[] {
  const out: IdEntry[] = [];
  for (const item of list(items)) {
    if (!record(item) || typeof item.id !== 'string' || item.id === '') continue;
    out.push({ id: item.id, ...(typeof item[label] === 'string' ? { label: item[label] as string } : {}) });
  }
  return out;
}

/** Flags need not be listed: they exist where an effect sets one or a condition tests one. */
function flags(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > 64) return;
  if (Array.isArray(value)) value.forEach((v) => flags(v, found, depth + 1));
  else if (record(value)) {
    if (typeof value.flag === 'string' && value.flag !== '') found.add(value.flag);
    for (const v of Object.values(value)) flags(v, found, depth + 1);
  }
}

export function documentIds(value: unknown): DocumentIds {
  const root = record(value) ? value : {};
  const interests: IdEntry[] = [];
  for (const actor of list(root.actors)) {
    if (!record(actor)) continue;
    for (const i of entries(actor.interests, 'label')) if (!interests.some((x) => x.id === i.id)) interests.push({ id: i.id, label: `${String(actor.id ?? '')}: ${i.label ?? ''}` });
  }
  const found = new Set<string>();
  flags(root, found);
  const named = entries(root.flags, 'name');
  return {
    actors: entries(root.actors, 'name'),
    tracks: entries(root.tracks, 'name'),
    options: entries(root.options, 'title'),
    events: entries(root.events, 'title'),
    endings: entries(root.endings, 'title'),
    places: entries(root.places, 'name'),
    sources: entries(root.sources, 'title'),
    interests,
    // Those named under `flags:` with their names, then any used without a name.
    flags: [...named, ...[...found].filter((id) => !named.some((f) => f.id === id)).sort().map((id) => ({ id }))],
  };
}

/** Which ids a field's value names, by the field's key (and, for a plain list, the list's key). */
export const ID_FIELDS: Record<string, IdKind> = {
  target: 'actors',
  other: 'actors',
  actor: 'actors',
  actors: 'actors',
  track: 'tracks',
  option: 'options',
  agreement: 'options',
  disrupt: 'options',
  excludes: 'options',
  event: 'events',
  flag: 'flags',
  source: 'sources',
  place: 'places',
  route: 'places',
};
