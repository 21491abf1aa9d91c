// The sizes of the texts Phaser draws (a badge's short name, an agreement's label), measured with
// the map layer's 2D context as Phaser measures them: the layout tries sizes before it chooses
// one (boardPlan.ts), and each new size of a Phaser text is drawn again into a texture of its own.
import { FONT } from './palette';

/** Width of a badge's short name (bold) at `size` pixels. */
export function badgeTextWidth(ctx: CanvasRenderingContext2D, text: string, size: number): number {
  ctx.save();
  ctx.font = `bold ${size}px ${FONT}`;
  const w = Math.ceil(ctx.measureText(text).width);
  ctx.restore();
  return w;
}

/** An agreement label's box with its outline: Phaser's width, and its height from the glyphs of "|MÉqgy". */
export function agreementLabelSize(ctx: CanvasRenderingContext2D, text: string, size: number, stroke: number): { w: number; h: number } {
  ctx.save();
  ctx.font = `${size}px ${FONT}`;
  const w = Math.ceil(ctx.measureText(text).width + stroke);
  const m = ctx.measureText('|MÉqgy');
  ctx.restore();
  return { w, h: Math.ceil(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent + stroke) };
}
