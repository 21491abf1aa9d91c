// The panels beside the editor as tabs (board preview, calendar, play-test): one shows at a time;
// arrow keys move between the tabs, as in any tab list.
import { h } from '../dom';

export interface SideTab {
  key: string;
  label: string;
  panel: HTMLElement;
  onShow?(): void;
  onHide?(): void;
}

export function sideTabs(tabs: readonly SideTab[]): { element: HTMLElement; select(key: string): void } {
  const buttons = tabs.map((t) =>
    h('button', { type: 'button', id: `editor-tab-${t.key}`, class: 'editor-tab', attrs: { role: 'tab', 'aria-controls': `editor-panel-${t.key}`, 'data-testid': `tab-${t.key}` }, on: { click: () => select(t.key) } }, t.label),
  );
  const panels = tabs.map((t) => h('div', { id: `editor-panel-${t.key}`, class: 'editor-tabpanel', attrs: { role: 'tabpanel', 'aria-labelledby': `editor-tab-${t.key}` } }, t.panel));
  let current: string | null = null;
  function select(key: string, focus = false): void {
    if (key === current) return;
    tabs.forEach((t, i) => {
      const on = t.key === key;
      buttons[i]!.setAttribute('aria-selected', String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
      panels[i]!.hidden = !on;
      if (on) {
        t.onShow?.();
        if (focus) buttons[i]!.focus();
      } else if (t.key === current) t.onHide?.();
    });
    current = key;
  }
  const list = h('div', {
    class: 'editor-tabs',
    attrs: { role: 'tablist', 'aria-label': 'Beside the draft' },
    on: {
      keydown: (e) => {
        const i = tabs.findIndex((t) => t.key === current);
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (step === 0 || i < 0) return;
        e.preventDefault();
        select(tabs[(i + step + tabs.length) % tabs.length]!.key, true);
      },
    },
  }, buttons);
  return { element: h('div', { class: 'editor-side-tabs' }, list, panels), select: (key) => select(key) };
}
