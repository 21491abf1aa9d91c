// Modal dialogs on the native <dialog> element: focus moves in, Tab stays inside and the scrolling
// keys scroll its text (dialogKeys.ts), Escape closes (unless the dialog must be answered), and
// focus returns to the control that opened it, brought into view.
import { placeLiveRegions } from './announce';
import { dialogKeys } from './dialogKeys';
import { button, h, type Child } from './dom';
import { focusInView } from './focusInView';

export interface DialogOptions {
  /** The heading: English, with the scenario's words in it marked (scenarioText.ts). */
  title: Child;
  content: Child;
  /** Buttons at the bottom; a Close button is added unless `mustAnswer`. */
  actions?: HTMLElement[];
  /** The Close button's words, where "Close" would not say what closing means (“Stay”). */
  closeLabel?: string;
  /** Escape does not close it: one of the actions must be chosen. */
  mustAnswer?: boolean;
  class?: string;
  /** Where focus returns on close when the opener is gone (re-rendered). */
  returnFocus?: () => HTMLElement | null;
  onClose?: () => void;
}

let counter = 0;

/** Where the focus goes once the last open dialog closes, instead of back to its opener (once). */
let afterDialogs: (() => HTMLElement | null) | null = null;

/**
 * Gives the focus to `target` now, or when the last open dialog closes, brought into view
 * (focusInView.ts): for a screen whose content moved on behind its dialogs (a new turn, whose
 * offers open over it), so that they do not hand the focus back to the control that ended the last turn.
 */
export function focusAfterDialogs(target: () => HTMLElement | null): void {
  afterDialogs = null;
  if (document.querySelector('dialog[open]')) return void (afterDialogs = target);
  const el = target();
  if (el) focusInView(el, 'start');
}

export function openDialog(options: DialogOptions): { dialog: HTMLDialogElement; close: () => void } {
  const opener = document.activeElement as HTMLElement | null;
  const openerKey = opener?.dataset.key;
  const titleId = `dialog-title-${++counter}`;
  const dialog = h('dialog', { class: `dialog ${options.class ?? ''}`, attrs: { 'aria-labelledby': titleId } });
  const close = () => {
    if (dialog.open) dialog.close();
  };
  const actions = [...(options.actions ?? [])];
  if (!options.mustAnswer) actions.push(button(options.closeLabel ?? 'Close', close, { class: 'secondary', key: 'dialog-close' }));
  const body = h('div', { class: 'dialog-body' }, options.content);
  dialog.append(h('div', { class: 'dialog-head' }, h('h2', { id: titleId, tabIndex: -1 }, options.title)), body, h('div', { class: 'dialog-actions' }, actions));
  dialogKeys(dialog, body);
  dialog.addEventListener('cancel', (e) => {
    if (options.mustAnswer) e.preventDefault();
  });
  dialog.addEventListener('close', () => {
    placeLiveRegions(); // out of this dialog before it goes
    dialog.remove();
    options.onClose?.();
    // Another dialog opened meanwhile (the next counter-offer): it keeps the focus. So does a
    // control the screen gave it to as the dialog closed (a new turn's report).
    if (document.querySelector('dialog[open]')) return;
    // The screen's wish first: a browser may already have given the focus back to the opener.
    const after = afterDialogs?.();
    afterDialogs = null;
    if (after) return focusInView(after, 'start');
    // A browser may have given it back to the opener itself, where it was left unscrolled.
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== opener && !dialog.contains(active)) return;
    // Return focus to the opener, or to the same control after a re-render, or the fallback.
    const again = openerKey ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(openerKey)}"]`) : null;
    const target = opener && opener.isConnected ? opener : again ?? options.returnFocus?.() ?? null;
    if (target) focusInView(target);
  });
  document.body.appendChild(dialog);
  dialog.showModal();
  placeLiveRegions();
  // Start on the heading so a screen reader reads the title first; Tab reaches the actions.
  (dialog.querySelector(`#${titleId}`) as HTMLElement).focus();
  return { dialog, close };
}
