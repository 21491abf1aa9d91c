// The tooltip beside the hovered or focused actor's badge: its name, relation, trust and lean
// (and where it lies when it is pinned off the map), kept inside the board.
import type * as Phaser from 'phaser';
import { DEFAULT_SIDES, leanWords, type AlignmentSides } from '../alignmentWords';
import type { MarkerValues } from './ActorMarker';
import { directionWords, type Anchor, type BoardFrames, type Rect } from './frames';
import { FONT, THEME, css } from './palette';

/** The tooltip's lines for an actor as its badge shows it now (within 10 of 0 it is between the two sides). */
export function tooltipLines(name: string, shown: MarkerValues, anchor: Anchor | undefined, sides: AlignmentSides = DEFAULT_SIDES): string[] {
  const r = Math.round(shown.relation);
  const lean = leanWords(Math.round(shown.alignment), sides, 9);
  const off = anchor?.where === 'edge' ? [`off the map, to the ${directionWords(anchor.angle)}`] : [];
  return [name, `relation ${r > 0 ? '+' : ''}${r} · trust ${Math.round(shown.trust)}`, lean, ...off];
}

export class ActorTooltip {
  /** Made on the first hover: each text costs its own canvas and texture before the first frame. */
  private text: Phaser.GameObjects.Text | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
  ) {}

  /** Shows the lines to the right of the badge, or to its left where the board ends. */
  show(lines: string[], badge: Rect, frames: BoardFrames): void {
    this.text ??= this.scene.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '12px', color: css(THEME.text), backgroundColor: 'rgba(8, 16, 26, 0.94)', padding: { x: 8, y: 6 }, lineSpacing: 3 })
      .setDepth(this.depth);
    const tooltip = this.text;
    tooltip.setText(lines);
    tooltip.setFontSize(Math.round(12 * frames.ui));
    const gap = 10 * frames.ui;
    let x = badge.x + badge.w + gap;
    if (x + tooltip.width > frames.width - 4) x = badge.x - gap - tooltip.width;
    // Wider than either side (large text on a narrow board): from the board's left edge.
    x = Math.max(4, x);
    const y = Math.max(4, Math.min(frames.height - tooltip.height - 4, badge.y + badge.h / 2 - tooltip.height / 2));
    tooltip.setPosition(Math.round(x), Math.round(y)).setVisible(true);
  }

  hide(): void {
    this.text?.setVisible(false);
  }
}
