// The keys inside a modal dialog. Tab and Shift+Tab go round its controls: past the last, Chromium
// left the dialog for the browser's own bar (the page's <body> in a headless one). The keys that
// scroll (arrows, Page Up/Down, Home, End, Space) scroll the dialog's text: the focus starts on its
// title, above the part that scrolls, and they scrolled the page behind instead (at 200 % zoom a
// "Why?"'s result stayed hidden under its buttons).

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** Where the keys have a use of their own (a caret, a choice): left to them. */
const OWN_KEYS = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role=slider], [role=listbox], [role=radiogroup], [role=combobox], [role=grid], [role=tree], [role=menu], [role=tablist], [role=spinbutton]';
/** Where Space presses (a button, a fold-out's summary, a link) rather than scrolls. */
const PRESSED_BY_SPACE = 'button, summary, a[href], [role=button], [role=link], [role=checkbox], [role=switch]';
const LINE = 40;

/** The dialog's controls that Tab stops at, in order. */
function tabbable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
}

/** Where Tab (`back`: Shift+Tab) from `from` goes round to: the first or last control, or null (the browser's own Tab stays inside). */
function wrapTarget(dialog: HTMLElement, from: Element | null, back: boolean): HTMLElement | null {
  const stops = tabbable(dialog);
  const [first, last] = [stops[0], stops.at(-1)];
  if (first === undefined || last === undefined) return null;
  if (from === null || !dialog.contains(from)) return back ? last : first;
  if (from === (back ? first : last)) return back ? last : first;
  if (stops.includes(from as HTMLElement)) return null;
  // Not a control (the title the dialog opens on): round only from before the first, or after the last.
  const beforeFirst = (from.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const afterLast = (from.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  if (back) return beforeFirst ? last : null;
  return afterLast ? first : null;
}

/** How far a key scrolls `box` (negative: up), or null for a key that does not scroll. */
function scrollAmount(key: string, shift: boolean, box: HTMLElement): number | null {
  const page = Math.max(LINE, box.clientHeight * 0.85);
  switch (key) {
    case 'ArrowDown':
      return LINE;
    case 'ArrowUp':
      return -LINE;
    case 'PageDown':
      return page;
    case 'PageUp':
      return -page;
    case ' ':
      return shift ? -page : page;
    case 'Home':
      return -box.scrollHeight;
    case 'End':
      return box.scrollHeight;
    default:
      return null;
  }
}

/**
 * What scrolls `target`'s text: the dialog's body, or the whole dialog in a window a few lines high
 * (styles.css lets it scroll there); null where a box of its own inside scrolls it (left to the browser).
 */
function scrollerFor(dialog: HTMLElement, body: HTMLElement, target: Element): HTMLElement | null {
  const box = getComputedStyle(body).overflowY === 'visible' ? dialog : body;
  for (let el: Element | null = target; el !== null && el !== box && el !== dialog; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (el !== body && (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) return null;
  }
  return box;
}

/** Keeps Tab inside `dialog` and its scrolling keys on `body` (its part that scrolls). */
export function dialogKeys(dialog: HTMLDialogElement, body: HTMLElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as Element;
    if (e.key === 'Tab') {
      const to = wrapTarget(dialog, document.activeElement, e.shiftKey);
      if (to === null) return;
      e.preventDefault();
      to.focus();
      return;
    }
    if (target.closest(OWN_KEYS)) return;
    if (e.key === ' ' && target.closest(PRESSED_BY_SPACE)) return;
    const box = scrollerFor(dialog, body, target);
    const by = box && scrollAmount(e.key, e.shiftKey, box);
    if (box === null || by === null) return;
    e.preventDefault();
    box.scrollBy({ top: by });
  });
}
