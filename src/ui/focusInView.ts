// Focus the page moves by itself (a new turn's heading, the control a dialog was opened from) is
// brought into view for a keyboard user: at 200 % zoom the new turn's report took the focus three
// screens below the window, and nothing showed where it was. A pointer's user keeps the view the
// screen chose (a phone's new turn opens at the page's top: its date and map).

/** Whether the last input was a key, not a pointer; null before any (a page just opened by a link). */
let byKeyboard: boolean | null = null;
// Listened for once the module loads in a page (the rules' tests load the screens' text in Node).
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (byKeyboard = true), true);
  document.addEventListener('pointerdown', () => (byKeyboard = false), true);
}

/** Whether the last input was a key (not a pointer, and not none yet). */
export function byKeys(): boolean {
  return byKeyboard === true;
}

/**
 * Focuses `el`, and after a key scrolls it into view: `block` 'start' for a part to read from its
 * top, 'nearest' for a control to come back to. Smoothly, unless the reader asks for less motion.
 */
export function focusInView(el: HTMLElement, block: ScrollLogicalPosition = 'nearest'): void {
  el.focus({ preventScroll: true });
  if (!byKeys()) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block, behavior: still ? 'auto' : 'smooth' });
}
