// The static map lives in a plain 2D <canvas> under Phaser's transparent canvas, not in a
// WebGL texture. Measured in Chromium with software WebGL (SwiftShader, what a machine without
// a usable GPU gets), one full-board textured quad cost 30-70 ms a frame; the browser's
// compositor shows the same pixels for almost nothing. It also lets the map be drawn at the
// screen's device pixel ratio, so coastlines stay sharp on high-density screens.

export class GeographyLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;

  /** Inserts the layer into `parent`, under `above` (the game canvas). */
  constructor(parent: HTMLElement, above: HTMLCanvasElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', zIndex: '0' });
    // Both canvases are positioned so their stacking does not depend on the page's CSS.
    Object.assign(above.style, { position: 'absolute', left: '0', top: '0', zIndex: '1' });
    if (getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
    parent.insertBefore(this.canvas, above);
    const ctx = this.canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('board: no 2D canvas context for the map');
    this.ctx = ctx;
  }

  /** Resizes to `width` x `height` CSS pixels and paints; `paint` draws in CSS pixels. */
  paint(width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void): void {
    const dpr = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paint(this.ctx);
  }

  /** Measures with the layer's context (text sizes for the layout), leaving its state as it was. */
  measure<T>(measure: (ctx: CanvasRenderingContext2D) => T): T {
    return measure(this.ctx);
  }

  destroy(): void {
    this.canvas.remove();
  }
}
