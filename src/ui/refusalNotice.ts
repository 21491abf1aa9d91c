// A refusal ("Not possible: …") said over the bottom of the window for a few seconds: the status
// line under the top bar says it too, but a player scrolled down among the options (a phone's one
// column, thousands of pixels long) never saw it, and it stayed there after it no longer held
// (the teacher had started the game). Screen readers hear it once, from announce().
import { h } from './dom';

export const NOTICE_MS = 6000;

let shown: { element: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

/** Shows `text` for NOTICE_MS, in place of any notice before it; `gone` runs when it is taken away by time. */
export function showRefusalNotice(text: string, gone: () => void = () => undefined): void {
  hideRefusalNotice();
  const element = h('p', { class: 'refusal-notice', attrs: { 'aria-hidden': 'true', 'data-testid': 'refusal-notice' } }, text);
  document.body.append(element);
  const timer = setTimeout(() => {
    hideRefusalNotice();
    gone();
  }, NOTICE_MS);
  shown = { element, timer };
}

export function hideRefusalNotice(): void {
  if (!shown) return;
  clearTimeout(shown.timer);
  shown.element.remove();
  shown = null;
}
