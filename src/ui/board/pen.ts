// The few Graphics calls the board's shapes are drawn with, so that the same drawing functions
// paint either into a Phaser Graphics (things that move) or, through CanvasPen, into the 2D map
// layer (things that stay still until the next layout, such as the legend).
import { css } from './palette';

/** What agreementGlyphs.ts and legend.ts draw with; Phaser's Graphics has all of it. */
export interface Pen {
  fillStyle(color: number, alpha?: number): unknown;
  lineStyle(width: number, color: number, alpha?: number): unknown;
  beginPath(): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  closePath(): unknown;
  fillPath(): unknown;
  strokePath(): unknown;
  fillRect(x: number, y: number, w: number, h: number): unknown;
  fillRoundedRect(x: number, y: number, w: number, h: number, radius?: number): unknown;
  strokeRoundedRect(x: number, y: number, w: number, h: number, radius?: number): unknown;
  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): unknown;
  fillCircle(x: number, y: number, r: number): unknown;
  strokeCircle(x: number, y: number, r: number): unknown;
  lineBetween(x0: number, y0: number, x1: number, y1: number): unknown;
}

const rgba = (color: number, alpha = 1) => (alpha >= 1 ? css(color) : `rgba(${color >> 16}, ${(color >> 8) & 255}, ${color & 255}, ${alpha})`);

/** A Pen over a 2D canvas context, drawing as Phaser's Graphics does (butt caps, miter joins). */
export class CanvasPen implements Pen {
  constructor(private readonly ctx: CanvasRenderingContext2D) {
    ctx.lineCap = 'butt';
    ctx.lineJoin = 'miter';
  }

  fillStyle(color: number, alpha = 1): this {
    this.ctx.fillStyle = rgba(color, alpha);
    return this;
  }

  lineStyle(width: number, color: number, alpha = 1): this {
    this.ctx.lineWidth = width;
    this.ctx.strokeStyle = rgba(color, alpha);
    return this;
  }

  beginPath(): this {
    this.ctx.beginPath();
    return this;
  }

  moveTo(x: number, y: number): this {
    this.ctx.moveTo(x, y);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.ctx.lineTo(x, y);
    return this;
  }

  closePath(): this {
    this.ctx.closePath();
    return this;
  }

  fillPath(): this {
    this.ctx.fill();
    return this;
  }

  strokePath(): this {
    this.ctx.stroke();
    return this;
  }

  fillRect(x: number, y: number, w: number, h: number): this {
    this.ctx.fillRect(x, y, w, h);
    return this;
  }

  fillRoundedRect(x: number, y: number, w: number, h: number, radius = 20): this {
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, radius);
    this.ctx.fill();
    return this;
  }

  strokeRoundedRect(x: number, y: number, w: number, h: number, radius = 20): this {
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, radius);
    this.ctx.stroke();
    return this;
  }

  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x0, y0);
    this.ctx.lineTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.closePath();
    this.ctx.fill();
    return this;
  }

  fillCircle(x: number, y: number, r: number): this {
    this.ctx.beginPath();
    this.ctx.arc(x, y, r, 0, Math.PI * 2);
    this.ctx.fill();
    return this;
  }

  strokeCircle(x: number, y: number, r: number): this {
    this.ctx.beginPath();
    this.ctx.arc(x, y, r, 0, Math.PI * 2);
    this.ctx.stroke();
    return this;
  }

  lineBetween(x0: number, y0: number, x1: number, y1: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x0, y0);
    this.ctx.lineTo(x1, y1);
    this.ctx.stroke();
    return this;
  }
}
