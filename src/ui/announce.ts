// The page's live regions: outcomes and turn changes are read out by screen readers politely; a
// problem the player must act on has an assertive region of its own, so the next turn's summary
// cannot overwrite it.

function makeRegion(id: string, role: 'status' | 'alert', live: 'polite' | 'assertive'): HTMLElement {
  const region = document.createElement('div');
  region.id = id;
  region.className = 'sr-only';
  region.setAttribute('role', role);
  region.setAttribute('aria-live', live);
  region.setAttribute('aria-atomic', 'true');
  document.body.appendChild(region);
  return region;
}

/** Empties `region`, then writes `message` in the next frame: screen readers read it even when unchanged. */
function say(region: HTMLElement, message: string): void {
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

let region: HTMLElement | null = null;
let alertRegion: HTMLElement | null = null;

export function liveRegion(): HTMLElement {
  return (region ??= makeRegion('announcer', 'status', 'polite'));
}

/** Says `message` politely. Repeating the same text still announces it. */
export function announce(message: string): void {
  say(liveRegion(), message);
}

/** Says `message` at once, in the assertive region (the game is not being saved). */
export function announceUrgently(message: string): void {
  say((alertRegion ??= makeRegion('announcer-alert', 'alert', 'assertive')), message);
}
