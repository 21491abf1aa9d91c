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

let alertRegion: HTMLElement | null = null;

/**
 * Says `message` at once, in a region of its own: a problem the player must act on (the game is
 * not being saved) is not overwritten by the next turn's summary in the polite region.
 */
export function announceUrgently(message: string): void {
  if (!alertRegion) {
    alertRegion = document.createElement('div');
    alertRegion.id = 'announcer-alert';
    alertRegion.className = 'sr-only';
    alertRegion.setAttribute('role', 'alert');
    alertRegion.setAttribute('aria-live', 'assertive');
    alertRegion.setAttribute('aria-atomic', 'true');
    document.body.appendChild(alertRegion);
  }
  const r = alertRegion;
  r.textContent = '';
  requestAnimationFrame(() => {
    r.textContent = message;
  });
}
