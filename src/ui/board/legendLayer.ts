// The legend on a small 2D canvas of its own, just over the legend's corner and above Phaser's
// canvas, so relation lines pass under the key. It is painted only when the layout changes: as
// Phaser objects, its 17 texts and many shapes cost about 80 ms before the board's first frame
// and were tessellated again in every frame.
import { DEFAULT_SIDES, type AlignmentSides } from '../alignmentWords';
import type { Rect } from './frames';
import { paintLegend } from './legend';

export class LegendLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;

  /** Inserts the layer into `parent` (positioned by GeographyLayer), stacked over `game`. */
  constructor(parent: HTMLElement, game: HTMLCanvasElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'board-legend';
    this.canvas.setAttribute('aria-hidden', 'true');
    // Over the game canvas by z-index; before it in the document, which keeps Phaser's canvas last.
    Object.assign(this.canvas.style, { position: 'absolute', pointerEvents: 'none', zIndex: '2', display: 'none' });
    parent.insertBefore(this.canvas, game);
    const ctx = this.canvas.getContext('2d');
    if (!ctx) throw new Error('board: no 2D canvas context for the legend');
    this.ctx = ctx;
  }

  /** Shows the legend in `rect` (CSS pixels of the board) for size factor `u`, or hides it. */
  show(rect: Rect | null, u: number, playerName: string, sides: AlignmentSides = DEFAULT_SIDES): void {
    if (!rect) {
      this.canvas.style.display = 'none';
      return;
    }
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
  }
}
