// The legend on a small 2D canvas of its own, just over the legend's corner and above Phaser's
// canvas, so relation lines pass under the key. It is painted only when the layout changes: as
// Phaser objects, its 17 texts and many shapes cost about 80 ms before the board's first frame
// and were tessellated again in every frame.
// A board too small to spare a corner for it (a laptop's 580 × 467 board, a phone's) has a "Map
// key" button in that corner instead, which shows the key over the map until pressed again: a
// newcomer met agreement icons, dashes and bars that nothing explained.
import { DEFAULT_SIDES, type AlignmentSides } from '../alignmentWords';
import { LEGEND_SIZE, type Rect } from './frames';
import { paintLegend } from './legend';

/** The board's size, and the key's corner and size factor when the board spares one. */
export interface LegendPlace {
  width: number;
  height: number;
  /** The corner kept for the key; null when the board cannot spare one (the button then). */
  rect: Rect | null;
  u: number;
  /** The reader's text scale the board took (textScale.ts): the key asked for with the button is drawn as large, room allowing. */
  text: number;
}

const MARGIN = 8;

export class LegendLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly toggle: HTMLButtonElement;
  /** The key asked for with the button (kept over relayouts while the button is there). */
  private opened = false;
  private last: { place: LegendPlace; playerName: string; sides: AlignmentSides } | null = null;

  /**
   * Inserts the layer into `parent` (positioned by GeographyLayer), stacked over `game`, and its
   * button into `controls` (the same box, outside a picture that may hold no control).
   */
  constructor(parent: HTMLElement, game: HTMLCanvasElement, controls: HTMLElement = parent) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'board-legend';
    this.canvas.setAttribute('aria-hidden', 'true');
    // Over the game canvas by z-index; before it in the document, which keeps Phaser's canvas last.
    Object.assign(this.canvas.style, { position: 'absolute', pointerEvents: 'none', zIndex: '2', display: 'none' });
    parent.insertBefore(this.canvas, game);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('board: no 2D canvas context for the legend');
    this.ctx = ctx;
    this.toggle = document.createElement('button');
    this.toggle.type = 'button';
    this.toggle.className = 'secondary board-key-toggle';
    this.toggle.dataset.key = 'board-key';
    this.toggle.hidden = true;
    // Placed here, not by the page's styles: the board is mounted in pages without them (the demo).
    Object.assign(this.toggle.style, { position: 'absolute', left: `${MARGIN}px`, bottom: `${MARGIN}px`, zIndex: '3' });
    this.toggle.addEventListener('click', () => {
      this.opened = !this.opened;
      this.draw();
    });
    if (controls === parent) parent.insertBefore(this.toggle, game);
    else controls.append(this.toggle);
  }

  /** Shows the key for the board's layout (`place`), or nothing without a view (null). */
  show(place: LegendPlace | null, playerName = '', sides: AlignmentSides = DEFAULT_SIDES): void {
    this.last = place === null ? null : { place, playerName, sides };
    this.draw();
  }

  private draw(): void {
    const last = this.last;
    this.toggle.hidden = last === null || last.place.rect !== null;
    if (last === null) return this.hide();
    const { place, playerName, sides } = last;
    if (place.rect !== null) return this.paint(place.rect, place.u, playerName, sides);
    // Asked for: over the map's bottom-left corner, above the button, as large as the board allows.
    this.toggle.textContent = this.opened ? 'Hide the key' : 'Map key';
    this.toggle.setAttribute('aria-expanded', String(this.opened));
    if (!this.opened) return this.hide();
    const below = this.toggle.offsetHeight + 2 * MARGIN;
    const u = Math.min(place.text, (place.width - 2 * MARGIN) / LEGEND_SIZE.w, (place.height - below - MARGIN) / LEGEND_SIZE.h);
    const w = Math.round(LEGEND_SIZE.w * u);
    const h = Math.round(LEGEND_SIZE.h * u);
    this.paint({ x: MARGIN, y: Math.max(0, place.height - below - h), w, h }, u, playerName, sides);
  }

  /**
   * The box the button covers in a board `height` high, shown where the board spares no corner
   * for the key: the board's names keep off it (boardPlan.ts). Shows the button to measure it.
   */
  buttonBox(height: number): Rect | null {
    this.toggle.hidden = false;
    const words = this.opened ? 'Hide the key' : 'Map key';
    if (this.toggle.textContent !== words) this.toggle.textContent = words;
    const w = this.toggle.offsetWidth;
    const h = this.toggle.offsetHeight;
    if (!w || !h) return null;
    return { x: MARGIN - 2, y: height - MARGIN - h - 2, w: w + 4, h: h + 4 };
  }

  private hide(): void {
    this.canvas.style.display = 'none';
  }

  /** Paints the key in `rect` (CSS pixels of the board) for size factor `u`. */
  private paint(rect: Rect, u: number, playerName: string, sides: AlignmentSides): void {
    const dpr = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
    this.canvas.width = Math.round(rect.w * dpr);
    this.canvas.height = Math.round(rect.h * dpr);
    Object.assign(this.canvas.style, { display: 'block', left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.w}px`, height: `${rect.h}px` });
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.ctx.clearRect(0, 0, rect.w, rect.h);
    paintLegend(this.ctx, 0, 0, u, playerName, sides);
  }

  destroy(): void {
    this.canvas.remove();
    this.toggle.remove();
  }
}
