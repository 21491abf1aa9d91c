// A very small DOM builder. Text always goes in as text nodes (never as HTML), so scenario text
// can never become markup. Re-rendering a region keeps keyboard focus on the "same" control,
// found again by its `data-key`.

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  id?: string;
  key?: string;
  /** ARIA and other attributes, set with setAttribute; `false`/`undefined` leaves them out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  type?: string;
  disabled?: boolean;
  hidden?: boolean;
  title?: string;
  value?: string;
  tabIndex?: number;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.id) el.id = props.id;
    if (props.key) el.dataset.key = props.key;
    if (props.type !== undefined) el.setAttribute('type', props.type);
    if (props.disabled) (el as HTMLButtonElement).disabled = true;
    if (props.hidden) el.hidden = true;
    if (props.title !== undefined) el.title = props.title;
    if (props.value !== undefined) (el as HTMLInputElement).value = props.value;
    if (props.tabIndex !== undefined) el.tabIndex = props.tabIndex;
    for (const [name, value] of Object.entries(props.attrs ?? {})) {
      if (value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const [name, handler] of Object.entries(props.on ?? {})) {
      if (handler) el.addEventListener(name, handler as EventListener);
    }
  }
  for (const c of children) append(el, c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const c of children) append(el, c);
  return el;
}

/** A button: `label` is its accessible name (text content), `onClick` its action. */
export function button(label: Child, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...props, on: { click: () => onClick(), ...props.on } }, label);
}

/**
 * Replaces a region's content. If focus was inside it on an element with a `data-key`, focus
 * moves to the new element with the same key (or to `fallback`), so keyboard users keep their place.
 */
export function render(region: HTMLElement, content: Child, fallback?: () => HTMLElement | null): void {
  const active = document.activeElement as HTMLElement | null;
  const hadFocus = active !== null && region.contains(active);
  const key = hadFocus ? active!.dataset.key : undefined;
  const fragment = document.createDocumentFragment();
  append(fragment, content);
  region.replaceChildren(fragment);
  if (!hadFocus) return;
  const again = key ? region.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  const target = again ?? fallback?.() ?? null;
  if (!target) return;
  target.focus({ preventScroll: again !== null });
  // What was above it may have shrunk (a list of open options emptied): brought back into view.
  if (again !== null) target.scrollIntoView?.({ block: 'nearest' });
}

/** A signed number for changes and terms: +3, −2, 0 (with a real minus sign). */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

/** Visually hidden text for screen readers. */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only' }, text);
}
