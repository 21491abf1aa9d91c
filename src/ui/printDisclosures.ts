// Printing (from a Print button or the browser's menu) opens every closed disclosure of a screen,
// then closes them again: a printout has no "show more" to press.

/** Listens while the screen is shown; returns the stop, for when it goes. */
export function openDisclosuresForPrint(screen: HTMLElement): () => void {
  let opened: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    opened = [...screen.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of opened) d.open = true;
  };
  const afterPrint = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  return () => {
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  };
}
