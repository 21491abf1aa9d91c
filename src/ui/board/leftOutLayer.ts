// The names a crowded board leaves out (boardPlan.ts `dropped`: at 400 % zoom, on a phone with large
// text), for a sighted reader: a "Show names" button beside the key's shows each over the map, in a
// box with a line and a ring to its point (nameCallouts.ts), until pressed again; the pointer on a
// left-out place's mark shows its name, a tap keeps it until the next tap elsewhere. The button is
// reached with Tab and tapped as any; what it shows is the picture's, which names every place to
// assistive technology already (boardHost.ts), so the boxes are hidden from it and the button is
// described by the list of names left out. HTML over the board, beside the key's button (legendLayer.ts),
// redrawn only when asked or laid out again: the board's own loop is not woken for it.
import type { BoardPlace } from './boardView';
import { directionWords, panels, type Rect } from './frames';
import { nameForms } from './labelLayout';
import type { NamesPlan } from './leftOutPlan';
import { markTarget, placeCallouts, type CalloutRequest, type CalloutRoom } from './nameCallouts';
import { FONT, THEME, css } from './palette';
import { placeMarkRadius } from './placeMarks';
import type { PaintedMapLabel } from './staticMap';

/** What the board shows now: its plan and where the button goes (leftOutPlan.ts), its places, and the map's own names as painted (staticMap.ts). */
export interface LeftOutShown extends NamesPlan {
  places: readonly BoardPlace[];
  mapNames: readonly PaintedMapLabel[];
}

const WORDS = { show: 'Show names', hide: 'Hide names' };
const SVG = 'http://www.w3.org/2000/svg';
/** For the ids of the layers' descriptions (a page may hold more than one board: the demo). */
let layers = 0;
/** How long a hovered name stays after the pointer leaves its mark, to reach the name itself (WCAG 1.4.13). */
const LINGER_MS = 300;

export class LeftOutLayer {
  private readonly toggle: HTMLButtonElement;
  private readonly description: HTMLElement;
  /** The boxes, lines and rings, over the board; and the marks' pointer targets, under the buttons. */
  private readonly overlay: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly targets: HTMLElement;
  private shown: LeftOutShown | null = null;
  private all = false;
  private hovered: string | null = null;
  private pinned: string | null = null;
  private linger: ReturnType<typeof setTimeout> | undefined;

  /** Inserts the layer into `controls` (the board's box, outside a picture that may hold no control), before `game` where they are the same. */
  constructor(parent: HTMLElement, game: HTMLCanvasElement, controls: HTMLElement = parent) {
    const here = (el: Element) => (controls === parent ? parent.insertBefore(el, game) : controls.append(el));
    this.targets = box('board-mark-targets', '2');
    this.targets.style.pointerEvents = 'none';
    this.overlay = box('board-left-out', '4');
    this.overlay.style.pointerEvents = 'none';
    this.svg = document.createElementNS(SVG, 'svg');
    Object.assign(this.svg.style, { position: 'absolute', left: '0', top: '0', overflow: 'visible' });
    this.overlay.append(this.svg);
    this.description = document.createElement('span');
    this.description.id = `board-left-out-${++layers}`;
    // Read as the button's description only, not again as the page's text.
    this.description.hidden = true;
    this.toggle = document.createElement('button');
    this.toggle.type = 'button';
    this.toggle.className = 'secondary board-names-toggle';
    this.toggle.dataset.key = 'board-names';
    this.toggle.textContent = WORDS.show;
    this.toggle.setAttribute('aria-describedby', this.description.id);
    Object.assign(this.toggle.style, { position: 'absolute', zIndex: '3' });
    this.toggle.addEventListener('click', () => {
      this.all = !this.all;
      this.render();
    });
    for (const el of [this.targets, this.overlay, this.description, this.toggle]) here(el);
    for (const el of [this.targets, this.overlay, this.toggle]) el.hidden = true;
    document.addEventListener('pointerdown', this.outside, true);
    document.addEventListener('keydown', this.escape);
  }

  /** The button's size, the larger of its two wordings (leftOutPlan.ts finds it room); null out of the page. Shows the button to measure it. */
  buttonSize(): { w: number; h: number } | null {
    this.toggle.hidden = false;
    const sizes = [WORDS.show, WORDS.hide].map((words) => {
      this.toggle.textContent = words;
      return { w: this.toggle.offsetWidth, h: this.toggle.offsetHeight };
    });
    this.toggle.textContent = this.all ? WORDS.hide : WORDS.show;
    const w = Math.max(...sizes.map((s) => s.w));
    const h = Math.max(...sizes.map((s) => s.h));
    return w && h ? { w, h } : null;
  }

  /** Shows the button and the marks' targets for the board as laid out now (`null`: no view). */
  show(shown: LeftOutShown | null): void {
    this.shown = shown?.button ? shown : null;
    const left = new Set(this.shown?.plan.dropped ?? []);
    if (this.hovered && !left.has(this.hovered)) this.hovered = null;
    if (this.pinned && !left.has(this.pinned)) this.pinned = null;
    if (!this.shown) this.all = false;
    // Nothing over the board where nothing is left out.
    for (const el of [this.toggle, this.targets, this.overlay]) el.hidden = !this.shown;
    if (this.shown?.button) Object.assign(this.toggle.style, { left: `${this.shown.button.x + 2}px`, top: `${this.shown.button.y + 2}px` });
    this.placeTargets();
    this.render();
  }

  /** The places left out, in the plan's order, each with its point, mark and words. */
  private leftOut(): Array<{ place: BoardPlace; x: number; y: number; r: number; text: string }> {
    const s = this.shown;
    if (!s) return [];
    const u = s.plan.layout.frames.ui;
    return s.plan.dropped.flatMap((id) => {
      const place = s.places.find((p) => p.id === id);
      const a = s.plan.layout.anchors.get(id);
      if (!place || !a) return [];
      const text = nameForms(place.name, a.where === 'edge' ? `off the map, ${directionWords(a.angle)}` : null)[0]!;
      return [{ place, x: a.x, y: a.y, r: a.where === 'edge' ? 6 * u : placeMarkRadius(place.kind, u), text }];
    });
  }

  /** A target over each left-out place's mark, off the badges over it. */
  private placeTargets(): void {
    this.targets.replaceChildren();
    const s = this.shown;
    if (!s) return;
    const { width, height, ui } = s.plan.layout.frames;
    // Off the badges and the buttons, which keep their own pointer.
    const badges = [...s.plan.badges.values()].map(({ box: b, size }) => ({ x: b.x, y: b.y, w: b.w, h: size.full }));
    const blockers = [...badges, ...this.buttons()];
    for (const p of this.leftOut()) {
      const r = markTarget(p.x, p.y, Math.max(24, 2 * p.r + 4 * ui), blockers, { x: 0, y: 0, w: width, h: height });
      if (!r) continue;
      const target = document.createElement('div');
      target.className = 'board-mark-target';
      target.dataset.place = p.place.id;
      Object.assign(target.style, { position: 'absolute', left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px`, pointerEvents: 'auto', cursor: 'pointer' });
      target.addEventListener('pointerenter', (e) => {
        if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
        clearTimeout(this.linger);
        this.hovered = p.place.id;
        this.render();
      });
      target.addEventListener('pointerleave', () => this.leave());
      target.addEventListener('click', () => {
        this.pinned = this.pinned === p.place.id ? null : p.place.id;
        this.render();
      });
      this.targets.append(target);
    }
  }

  private leave(): void {
    clearTimeout(this.linger);
    this.linger = setTimeout(() => {
      this.hovered = null;
      this.render();
    }, LINGER_MS);
  }

  /** A tap anywhere else lets a tapped name go. */
  private readonly outside = (e: PointerEvent): void => {
    if (!this.pinned || !(e.target instanceof Node) || this.targets.contains(e.target) || this.toggle.contains(e.target)) return;
    this.pinned = null;
    this.render();
  };

  /** Escape lets a hovered or tapped name go (WCAG 1.4.13); the button's names stay until it is pressed again. */
  private readonly escape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || (!this.pinned && !this.hovered)) return;
    this.pinned = this.hovered = null;
    this.render();
  };

  /** Draws the names asked for: all of them (the button), else the tapped or hovered one. */
  private render(): void {
    const s = this.shown;
    this.toggle.textContent = this.all ? WORDS.hide : WORDS.show;
    for (const el of this.overlay.querySelectorAll('.board-left-out-name')) el.remove();
    this.svg.replaceChildren();
    const places = this.leftOut();
    this.description.textContent = places.length ? `Not named on the map for lack of room: ${places.map((p) => p.text).join(', ')}.` : '';
    const one = this.pinned ?? this.hovered;
    const wanted = this.all ? places : places.filter((p) => p.place.id === one);
    if (!s || wanted.length === 0) return;
    const { width, height, ui } = s.plan.layout.frames;
    const size = Math.round(12 * ui);
    const requests: CalloutRequest[] = [];
    const boxes = new Map<string, HTMLElement>();
    for (const p of wanted) {
      const el = document.createElement('div');
      el.className = 'board-left-out-name';
      el.dataset.place = p.place.id;
      el.textContent = p.text;
      Object.assign(el.style, {
        position: 'absolute',
        left: '0',
        top: '0',
        maxWidth: `${width - 8}px`,
        boxSizing: 'border-box',
        font: `${size}px ${FONT}`,
        lineHeight: '1.25',
        color: css(THEME.text),
        background: 'rgba(8, 16, 26, 0.94)',
        border: `1px solid ${css(THEME.hover)}`,
        borderRadius: `${Math.round(4 * ui)}px`,
        padding: `${Math.round(2 * ui)}px ${Math.round(6 * ui)}px`,
        // A hovered name can be reached by the pointer (WCAG 1.4.13); a tapped one or the button's lets taps through.
        pointerEvents: one === this.hovered && !this.all && !this.pinned ? 'auto' : 'none',
      });
      el.addEventListener('pointerenter', () => clearTimeout(this.linger));
      el.addEventListener('pointerleave', () => this.leave());
      this.overlay.append(el);
      boxes.set(p.place.id, el);
      const measured = el.getBoundingClientRect();
      requests.push({ id: p.place.id, x: p.x, y: p.y, r: p.r, w: Math.ceil(measured.width), h: Math.ceil(measured.height) });
    }
    const callouts = placeCallouts(requests, { width, height, ...this.room(s) });
    Object.assign(this.svg.style, { width: `${width}px`, height: `${height}px` });
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    for (const c of callouts) {
      const el = boxes.get(c.id)!;
      Object.assign(el.style, { left: `${c.rect.x}px`, top: `${c.rect.y}px` });
      const q = requests.find((r) => r.id === c.id)!;
      // Dark under light, so both read over land, sea and badges.
      for (const [stroke, width] of [
        ['#08101a', 4 * ui],
        [css(THEME.hover), 2 * ui],
      ] as const) {
        this.svg.append(svgEl('circle', { cx: q.x, cy: q.y, r: q.r + 3 * ui, fill: 'none', stroke, 'stroke-width': width }));
        if (c.line) this.svg.append(svgEl('line', { x1: c.line.from.x, y1: c.line.from.y, x2: c.line.to.x, y2: c.line.to.y, stroke, 'stroke-width': width, 'stroke-linecap': 'round' }));
      }
    }
  }

  /** What the names keep off: the board's text where they can, and less its marks, badges' pointers and country and sea names; its buttons always. */
  private room(s: LeftOutShown): Pick<CalloutRoom, 'text' | 'soft' | 'hard'> {
    const { plan, places } = s;
    const u = plan.layout.frames.ui;
    const badges = [...plan.badges.values()];
    const text: Rect[] = [...plan.names, ...badges.map((b) => b.box), ...panels(plan.layout.frames)];
    for (const a of plan.agreements.values()) if (a) text.push(a.rect);
    const soft: Rect[] = [...s.mapNames.map((n) => ({ x: n.x - n.w / 2, y: n.y - n.h / 2, w: n.w, h: n.h })), ...badges.map(({ box: b, size }) => ({ x: b.x, y: b.y + b.h, w: b.w, h: size.full - b.h }))];
    for (const p of places) {
      const a = plan.layout.anchors.get(p.id);
      const r = placeMarkRadius(p.kind, u);
      if (a) soft.push({ x: a.x - r, y: a.y - r, w: 2 * r, h: 2 * r });
    }
    return { text, soft, hard: this.buttons() };
  }

  /** The boxes of the board's buttons shown (the key's, this one), 2 pixels round each. */
  private buttons(): Rect[] {
    const buttons = [this.toggle, this.overlay.parentElement?.querySelector<HTMLElement>('[data-key="board-key"]')];
    return buttons.filter((b): b is HTMLElement => !!b && !b.hidden).map((b) => ({ x: b.offsetLeft - 2, y: b.offsetTop - 2, w: b.offsetWidth + 4, h: b.offsetHeight + 4 }));
  }

  destroy(): void {
    clearTimeout(this.linger);
    document.removeEventListener('pointerdown', this.outside, true);
    document.removeEventListener('keydown', this.escape);
    for (const el of [this.targets, this.overlay, this.description, this.toggle]) el.remove();
  }
}

/** A box over the whole board at stacking level `z`. */
function box(className: string, z: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  Object.assign(el.style, { position: 'absolute', left: '0', top: '0', right: '0', bottom: '0', zIndex: z });
  return el;
}

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}
