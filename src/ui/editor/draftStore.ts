// The draft is kept in the browser's storage as it is typed (a reload loses nothing), and restored
// when the editor opens again. Storage may be full or switched off: then the draft lives only in
// the page, and the editor says so.

const KEY = 'pivot-east:scenario-draft';
/** The draft as it was before "Replace the draft with it": Ctrl-Z brings it back only until the page closes. */
const REPLACED_KEY = 'pivot-east:scenario-draft-replaced';
/** Pause in typing (ms) before the draft is written. */
export const SAVE_DELAY = 400;

export interface Draft {
  text: string;
  /** The name it downloads as and is loaded under, e.g. my-scenario.yaml. */
  fileName: string;
  savedAt: string;
}

export function readDraft(key = KEY): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.text === 'string' && typeof d.fileName === 'string' ? { text: d.text, fileName: d.fileName, savedAt: String(d.savedAt ?? '') } : null;
  } catch {
    return null;
  }
}

/** The draft kept when it was last replaced by a template or a shipped scenario, if any. */
export const readReplacedDraft = (): Draft | null => readDraft(REPLACED_KEY);

/** Keeps the draft about to be replaced; false when the browser refused. */
export const keepReplacedDraft = (text: string, fileName: string): boolean => writeDraft(text, fileName, REPLACED_KEY);

/** Writes the draft; false when the browser refused (storage full or disabled). */
export function writeDraft(text: string, fileName: string, key = KEY): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ text, fileName, savedAt: new Date().toISOString() } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

/** A writer that waits for a pause in typing; `flush` writes at once (before leaving the editor). */
export function debouncedDraftWriter(onSaved: (ok: boolean) => void): { write(text: string, fileName: string): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: [string, string] | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending) onSaved(writeDraft(...pending));
    pending = null;
  };
  return {
    write(text, fileName) {
      pending = [text, fileName];
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY);
    },
    flush,
  };
}
