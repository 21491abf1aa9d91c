// Files in and out of the page: reading a chosen file as text, and offering a download.

export const MAX_TEXT_FILE_BYTES = 2 * 1024 * 1024;

/** Reads a chosen file as UTF-8 text; a file too large is refused before it is read. */
export async function readTextFile(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_TEXT_FILE_BYTES) {
    return { ok: false, error: `${file.name}: the file is ${Math.ceil(file.size / 1024)} KiB; at most ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB is accepted` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (e) {
    return { ok: false, error: `${file.name}: the file could not be read (${(e as Error).message})` };
  }
}

/** Starts a download of `text` as a file. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system: `pivot-east-tutorial-amur-7k3q9x.json`. */
export function safeFileName(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
