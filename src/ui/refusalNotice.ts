// A refusal ("Not possible: …") said over the bottom of the window for a few seconds: the status
// line under the top bar says it too, but a player scrolled down among the options (a phone's one
// column, thousands of pixels long) never saw it, and it stayed there after it no longer held
// (the teacher had started the game). Screen readers hear it once, from announce().
import type { Refusal } from '../machines/events';
import { h } from './dom';

export const NOTICE_MS = 6000;

let shown: { element: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

/** What a refusal says: "Not possible: …", or, for a team member's suggestion passed on, what became of it. */
export function refusalText(refusal: Refusal): string {
  return refusal.suggested ? `${refusal.reason}.` : `Not possible: ${refusal.reason}.`;
}

/**
 * Shows `text` for NOTICE_MS, in place of any notice before it; `gone` runs when it is taken away
 * by time. `note`: not a refusal (a suggestion passed on), drawn without the refusal's colours.
 */
export function showRefusalNotice(text: string, gone: () => void = () => undefined, note = false): void {
  hideRefusalNotice();
  const element = h('p', { class: note ? 'refusal-notice note' : 'refusal-notice', attrs: { 'aria-hidden': 'true', 'data-testid': 'refusal-notice' } }, text);
  document.body.append(element);
  const timer = setTimeout(() => {
    hideRefusalNotice();
    gone();
  }, NOTICE_MS);
  shown = { element, timer };
}

/** An event's refusal as a notice, in its words (refusalText); a suggestion passed on without the refusal's colours. */
export function showRefusal(refusal: Refusal, gone?: () => void): void {
  showRefusalNotice(refusalText(refusal), gone, refusal.suggested);
}

export function hideRefusalNotice(): void {
  if (!shown) return;
  clearTimeout(shown.timer);
  shown.element.remove();
  shown = null;
}
