// One actor on the board: a badge with its short name, edged in its relation colour, with a
// trust bar inside and an alignment pointer under it (the alignment's low side on the left, its high side on the right: the US and China by default).
// Selection is a white double ring, so it shows without colour and without hover.
import * as Phaser from 'phaser';
import { badgeFont, type BadgeSize } from './boardPlan';
import { FONT, THEME, css, relationColor } from './palette';

/** The values a marker shows; tweened by the scene between views. */
export interface MarkerValues {
  relation: number;
  trust: number;
  alignment: number;
}

export class ActorMarker {
  readonly container: Phaser.GameObjects.Container;
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly glow: Phaser.GameObjects.Graphics;
  private u = 1;
  private w = 36;
  private h = 22;
  /** Direction of the real place for markers pinned to the board's edge, else null. */
  private edgeAngle: number | null = null;
  hovered = false;
  selected = false;
  /** Has been given a position by a layout (later moves can then be animated). */
  placed = false;

  constructor(
    scene: Phaser.Scene,
    readonly id: string,
    short: string,
    private readonly isPlayer: boolean,
    /** The board's size factor now: the label is drawn once at the size setScale() will keep. */
    u = 1,
  ) {
    this.glow = scene.add.graphics();
    this.gfx = scene.add.graphics();
    this.label = scene.add.text(0, 0, short, {
      fontFamily: FONT,
      fontStyle: 'bold',
      fontSize: `${badgeFont(u)}px`,
      color: css(isPlayer ? THEME.playerText : THEME.text),
    });
    this.label.setOrigin(0.5, 0.5);
    this.container = scene.add.container(0, 0, [this.glow, this.gfx, this.label]);
    // Containers need a size before they can take input; setScale() refines it.
    this.container.setSize(this.w, this.h);
  }

  /** Size factor of the board, and the badge's size the layout measured for it (boardPlan.ts badgeSize). */
  setScale(u: number, size: BadgeSize): void {
    this.u = u;
    // Each new size is drawn again into the text's texture: only when it changes.
    if (this.fontSize !== badgeFont(u)) this.label.setFontSize(badgeFont(u));
    this.w = size.w;
    this.h = size.h;
    this.label.setY(this.isPlayer ? 0 : -1.5 * u);
    this.container.setSize(this.w, this.h + 10 * u);
  }

  /** The short name's font size in pixels, as drawn. */
  get fontSize(): number {
    return parseFloat(String(this.label.style.fontSize));
  }

  /** The short name as drawn. */
  get text(): string {
    return this.label.text;
  }

  setEdge(angle: number | null): void {
    this.edgeAngle = angle;
  }

  /** The badge's box in board pixels (where it is now, or centred at `at`). */
  box(at: { x: number; y: number } = this.container): { x: number; y: number; w: number; h: number } {
    return { x: at.x - this.w / 2, y: at.y - this.h / 2, w: this.w, h: this.h };
  }

  get size(): { w: number; h: number } {
    return { w: this.w, h: this.h + (this.isPlayer ? 0 : 9 * this.u) };
  }

  draw(v: MarkerValues): void {
    const g = this.gfx;
    const { u, w, h } = this;
    const color = relationColor(v.relation);
    g.clear();

    if (this.edgeAngle !== null) {
      // An arrow outside the badge, pointing to where the actor really is.
      const a = this.edgeAngle;
      const r = Math.max(w, h) / 2 + 4 * u;
      const tip = r + 9 * u;
      const cx = Math.cos(a);
      const cy = Math.sin(a);
      g.fillStyle(this.isPlayer ? THEME.playerFill : color, 0.95);
      g.fillTriangle(
        cx * tip,
        cy * tip,
        cx * r - cy * 6 * u,
        cy * r + cx * 6 * u,
        cx * r + cy * 6 * u,
        cy * r - cx * 6 * u,
      );
    }

    const x = -w / 2;
    const y = -h / 2;
    const radius = 5 * u;
    if (this.isPlayer) {
      g.fillStyle(THEME.playerFill, 1);
      g.fillRoundedRect(x, y, w, h, radius);
      g.lineStyle(1.5 * u, THEME.badgeFill, 1);
      g.strokeRoundedRect(x + 2 * u, y + 2 * u, w - 4 * u, h - 4 * u, radius * 0.7);
    } else {
      g.fillStyle(THEME.badgeFill, 0.94);
      g.fillRoundedRect(x, y, w, h, radius);
      g.lineStyle((this.hovered ? 3 : 2.2) * u, color, 1);
      g.strokeRoundedRect(x, y, w, h, radius);

      // Trust: a bar along the bottom inside the badge.
      const bx = x + 4 * u;
      const bw = w - 8 * u;
      const by = y + h - 5.5 * u;
      g.fillStyle(0x2c3b4d, 1);
      g.fillRect(bx, by, bw, 2.5 * u);
      g.fillStyle(0xe6edf5, 1);
      g.fillRect(bx, by, (bw * Math.max(0, Math.min(100, v.trust))) / 100, 2.5 * u);

      // Alignment: a pointer on a short scale under the badge, low side (-100) left .. high side (+100) right.
      const ay = y + h + 4 * u;
      g.lineStyle(1, THEME.textMuted, 0.7);
      g.lineBetween(bx, ay, bx + bw, ay);
      g.lineBetween(bx, ay - 2 * u, bx, ay + 2 * u);
      g.lineBetween(bx + bw, ay - 2 * u, bx + bw, ay + 2 * u);
      g.lineBetween(bx + bw / 2, ay - 1.5 * u, bx + bw / 2, ay + 1.5 * u);
      const px = bx + (bw * (Math.max(-100, Math.min(100, v.alignment)) + 100)) / 200;
      g.fillStyle(0xffffff, 1);
      g.fillTriangle(px, ay - 1 * u, px - 3.5 * u, ay + 5 * u, px + 3.5 * u, ay + 5 * u);
    }

    const ring = this.glow;
    ring.clear();
    if (this.selected) {
      const pad = 4 * u;
      ring.lineStyle(6 * u, THEME.selection, 0.22);
      ring.strokeRoundedRect(x - pad - 1 * u, y - pad - 1 * u, w + 2 * pad + 2 * u, h + 2 * pad + 2 * u, radius + pad);
      ring.lineStyle(2 * u, THEME.selection, 1);
      ring.strokeRoundedRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, radius + pad * 0.8);
    } else if (this.hovered) {
      const pad = 3 * u;
      ring.lineStyle(1.5 * u, THEME.hover, 0.9);
      ring.strokeRoundedRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, radius + pad * 0.8);
    }
  }

  /** The selection ring breathes gently so a selected actor is easy to spot. */
  get ring(): Phaser.GameObjects.Graphics {
    return this.glow;
  }

  destroy(): void {
    this.container.destroy();
  }
}
