// The page's live regions: outcomes and turn changes are read out by screen readers politely; a
// problem the player must act on has an assertive region of its own, so the next turn's summary
// cannot overwrite it. They live in the topmost open modal dialog when there is one (the page
// behind it is hidden from assistive technology).

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

/**
 * Messages said within this many milliseconds of the one before are said with it: a burst (an
 * offer taken, then the next offer) otherwise left only its last message in the region.
 */
const JOIN_MS = 250;
const lastSaid = new WeakMap<HTMLElement, { text: string; at: number }>();

/**
 * Empties `region`, then writes `message` in the next frame: screen readers read it even when
 * unchanged. A message close behind the one before is added to it, unless `alone`.
 */
function say(region: HTMLElement, message: string, alone = false): void {
  const now = performance.now();
  const before = alone ? undefined : lastSaid.get(region);
  const text = before && now - before.at < JOIN_MS ? `${before.text} ${message}` : message;
  lastSaid.set(region, { text, at: now });
  region.textContent = '';
  requestAnimationFrame(() => {
    // A later message of the burst writes the whole burst, where it is heard now (a dialog may
    // have opened or closed since: its close event comes later than its closing).
    if (lastSaid.get(region)?.text !== text) return;
    placeLiveRegions();
    region.textContent = text;
  });
}

let region: HTMLElement | null = null;
let alertRegion: HTMLElement | null = null;

export function liveRegion(): HTMLElement {
  return (region ??= makeRegion('announcer', 'status', 'polite'));
}

/**
 * Says `message` politely. Repeating the same text still announces it. `alone`: not added to the
 * message just before it (a hot-seat hand-over: what the last player did is not the next one's).
 */
export function announce(message: string, alone = false): void {
  say(liveRegion(), message, alone);
}

/** Says `message` at once, in the assertive region (the game is not being saved). */
export function announceUrgently(message: string): void {
  say((alertRegion ??= makeRegion('announcer-alert', 'alert', 'assertive')), message);
}

/**
 * Puts the live regions inside the topmost open modal dialog, else back in the body: while a modal
 * dialog is open the page behind it is inert, and what its regions say is never heard.
 */
export function placeLiveRegions(): void {
  const open = document.querySelectorAll('dialog[open]');
  const host = open[open.length - 1] ?? document.body;
  for (const r of [region, alertRegion]) if (r && r.parentElement !== host) host.appendChild(r);
}
