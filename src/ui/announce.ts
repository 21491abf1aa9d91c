// The page's live region: outcomes and turn changes are read out by screen readers.

let region: HTMLElement | null = null;

export function liveRegion(): HTMLElement {
  if (!region) {
    region = document.createElement('div');
    region.id = 'announcer';
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    document.body.appendChild(region);
  }
  return region;
}

/** Says `message` politely. Repeating the same text still announces it. */
export function announce(message: string): void {
  const r = liveRegion();
  r.textContent = '';
  // A fresh text node in the next frame makes screen readers read it even when unchanged.
  requestAnimationFrame(() => {
    r.textContent = message;
  });
}
