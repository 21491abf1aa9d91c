// The map board: one Phaser scene that draws a BoardView and animates the changes between
// views (or shows them at once, for a reader who asked for less motion: motion.ts). Static
// geography is painted once per layout into a 2D canvas under the game canvas; relation lines
// and agreements are two Graphics redrawn only while something on them moves. The scene holds no
// game rule.
import * as Phaser from 'phaser';
import { ActorMarker, type MarkerValues } from './ActorMarker';
import { ActorTooltip, tooltipLines } from './actorTooltip';
import { statusLook, type AgreementGeometry, type StatusLook } from './agreementLayout';
import { drawAgreementMark, shortLabel, type ShownAgreement } from './agreementMarks';
import { playerShort, type BoardPlan, type PlanInput } from './boardPlan';
import { labelBoxes, type LabelBoxes } from './boardReadout';
import { continuesFrom, type BoardActor, type BoardAgreement, type BoardCallbacks, type BoardView } from './boardView';
import { floatingDelta, pulseRing, steadyDelta } from './effects';
import { uiScale, type Anchor, type BoardFrames, type Rect } from './frames';
import { GeographyLayer } from './geographyLayer';
import { measurePlaceLabel } from './geographyPainter';
import { LeftOutLayer } from './leftOutLayer';
import { fitWithNamesButton } from './leftOutPlan';
import { LegendLayer } from './legendLayer';
import { EAST_ASIA_MAP, type BoardMap } from './boardMap';
import { paintStaticMap, type PaintedMapLabel } from './staticMap';
import { MapSource } from './mapSource';
import { reducedMotion } from './motion';
import { FONT, THEME, css, relationColor } from './palette';
import { drawPlaceMarks } from './placeMarks';
import { BOW, drawInsetPorts, drawRelationLines, lineStart, relationPoints, type RelationLine } from './relationLines';
import { warmUpShaders } from './shaderWarmup';
import type { Pt } from './strokes';
import { agreementLabelSize, badgeTextWidth } from './textMeasure';
import type { Fit } from './projection';

const TWEEN_MS = 700;

/** Drawing order, bottom to top. */
const DEPTH = { places: 10, relations: 20, agreements: 30, labels: 40, markers: 50, effects: 60, tooltip: 80 };

interface ActorEntry {
  data: BoardActor;
  shown: MarkerValues;
  /** Extra line width right after a change, 1 .. 0. */
  fx: { boost: number };
  marker: ActorMarker;
  breathing: Phaser.Tweens.Tween | null;
  /** Size of the last relation change, for the floating number. */
  delta: number;
  /** Which way the relation line bows (chosen to miss other markers). */
  bow: number;
}

interface AgreementEntry {
  data: BoardAgreement;
  shown: ShownAgreement;
  geometry: AgreementGeometry | null;
  label: Phaser.GameObjects.Text;
}

/** Everything that moves markers or labels; values, statuses and selection do not. */
function layoutKey(view: BoardView): string {
  return JSON.stringify([
    view.player,
    view.actors.map((a) => [a.id, a.short, a.lon, a.lat]),
    view.places,
    view.agreements.map((a) => [a.id, a.label, a.kind, a.place, a.route]),
  ]);
}

export class BoardScene extends Phaser.Scene {
  static readonly KEY = 'board';

  private readonly callbacks: BoardCallbacks;
  private view: BoardView | null = null;
  private created = false;
  /** The map of the current view, and where maps and their geography come from. */
  private map: BoardMap = EAST_ASIA_MAP;
  private readonly maps = new MapSource({
    viewReady: (view) => this.setView(view),
    geographyReady: () => {
      if (this.created) this.relayout(false);
    },
  });
  /** Where each point was last laid out (for browser tests). */
  private anchors = new Map<string, Anchor>();
  private geoLayer!: GeographyLayer;
  private legendLayer!: LegendLayer;
  private leftOut!: LeftOutLayer;
  private relationsGfx!: Phaser.GameObjects.Graphics;
  private agreementsGfx!: Phaser.GameObjects.Graphics;
  private placesGfx!: Phaser.GameObjects.Graphics;
  private tooltip!: ActorTooltip;
  private frames: BoardFrames | null = null;
  private playerMarker: ActorMarker | null = null;
  private readonly actors = new Map<string, ActorEntry>();
  private readonly agreements = new Map<string, AgreementEntry>();
  /** The last layout's plan: badges, names and the text scale it took (boardPlan.ts). */
  private plan: BoardPlan | null = null;
  /** The map's country and sea names as last painted. */
  private mapNames: PaintedMapLabel[] = [];
  /** The reader's text scale (textScale.ts), set by mountBoard. */
  private text = 1;
  private layoutKey = '';
  private relationsDirty = true;
  private agreementsDirty = true;
  private hoverId: string | null = null;
  private highlightId: string | null = null;
  private readyPending = false;
  /** Canvas pixels per CSS pixel; the scene works in CSS pixels through the camera's zoom. */
  private ratio = 1;
  /** The size the current layout was made for (see sizeKey). */
  private laidOutAt = '';

  /** `controls`: where the board's own buttons go (mountBoard's BoardOptions); by default the game canvas's parent. */
  constructor(callbacks: BoardCallbacks = {}, private readonly controls?: HTMLElement) {
    super({ key: BoardScene.KEY });
    this.callbacks = callbacks;
  }

  create(): void {
    // First, so the GPU process compiles while the scene is built.
    warmUpShaders(this.game);
    const gameCanvas = this.game.canvas;
    if (!gameCanvas.parentElement) throw new Error('board: the game canvas has no parent element');
    this.geoLayer = new GeographyLayer(gameCanvas.parentElement, gameCanvas);
    this.legendLayer = new LegendLayer(gameCanvas.parentElement, gameCanvas, this.controls);
    this.leftOut = new LeftOutLayer(gameCanvas.parentElement, gameCanvas, this.controls);
    this.placesGfx = this.add.graphics().setDepth(DEPTH.places);
    this.relationsGfx = this.add.graphics().setDepth(DEPTH.relations);
    this.agreementsGfx = this.add.graphics().setDepth(DEPTH.agreements);
    this.tooltip = new ActorTooltip(this, DEPTH.tooltip);

    // Every text is rendered at the canvas's pixel ratio, so it stays sharp under the zoom.
    this.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, (obj: Phaser.GameObjects.GameObject) => {
      if (obj instanceof Phaser.GameObjects.Text && obj.style.resolution !== this.ratio) obj.setResolution(this.ratio);
    });
    this.applyPixelRatio();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    const cleanUp = () => {
      this.maps.destroy();
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
      this.geoLayer.destroy();
      this.legendLayer.destroy();
      this.leftOut.destroy();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanUp);
    this.events.once(Phaser.Scenes.Events.DESTROY, cleanUp);
    this.created = true;
    if (this.view) {
      const view = this.view;
      this.view = null;
      this.setView(view);
    } else {
      this.relayout();
    }
  }

  /** Shows a new picture of the game; changes from the previous one are animated. */
  setView(view: BoardView): void {
    const map = this.maps.mapOf(view);
    // A scenario the shipped map cannot hold waits for its map (computed in a lazy chunk).
    if (!map) return;
    this.map = map;
    // A computed map's geography starts loading now, while Phaser boots.
    this.maps.ensureGeography(map);
    if (!this.created) {
      this.view = view;
      return;
    }
    const first = this.view === null;
    const animate = continuesFrom(this.view, view);
    // With less motion asked for, the new picture shows at once (motion.ts); what changed is still marked.
    const glide = animate && !reducedMotion();
    this.view = view;
    this.syncPlayer(view);
    const changed = this.syncActors(view, animate);
    this.syncAgreements(view, glide);
    const key = layoutKey(view);
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      this.relayout(!first && !reducedMotion());
    }
    for (const id of changed) this.celebrateChange(id);
    if (first) this.readyPending = true;
    this.relationsDirty = true;
    this.agreementsDirty = true;
  }

  /** Highlights an actor as if hovered, e.g. while its HTML control has keyboard focus. */
  setHighlight(id: string | null): void {
    this.highlightId = id;
    this.refreshHover();
  }

  /** Centres of the actor and player markers in CSS pixels of the board (for browser tests). */
  markerCenters(): Record<string, { x: number; y: number }> {
    const out: Record<string, { x: number; y: number }> = {};
    if (this.playerMarker) out[this.playerMarker.id] = { x: this.playerMarker.container.x, y: this.playerMarker.container.y };
    for (const [id, e] of this.actors) out[id] = { x: e.marker.container.x, y: e.marker.container.y };
    return out;
  }

  /** The place names as drawn: text and font size in CSS pixels (for browser tests). */
  placeNameSizes(): Array<{ text: string; size: number }> {
    return (this.plan?.names ?? []).map((p) => ({ text: p.text, size: p.size }));
  }

  /** Every name on the board as laid out and the text scales (boardReadout.ts; for browser tests). */
  labelBoxes(): LabelBoxes {
    const markers = [...(this.playerMarker ? [this.playerMarker] : []), ...[...this.actors.values()].map((e) => e.marker)];
    const agreements = [...this.agreements].map(([id, e]) => ({ id, visible: e.label.visible, text: e.label.text, full: e.data.label, size: parseFloat(String(e.label.style.fontSize)) }));
    return labelBoxes(this.plan, this.view, this.text, { badges: markers, agreements, mapNames: this.mapNames });
  }

  /** The reader's text scale (textScale.ts); the board is laid out again for it at the next layoutIfStale or resize. */
  setTextScale(text: number): void {
    this.text = text;
  }

  /** Lays the board out again if its size or the reader's text scale changed since the last layout. */
  layoutIfStale(): void {
    if (this.created && this.sizeKey() !== this.laidOutAt) this.relayout(false);
  }

  override update(): void {
    if (this.relationsDirty) {
      this.relationsDirty = false;
      this.drawRelations();
      for (const entry of this.actors.values()) entry.marker.draw(entry.shown);
      this.updateTooltip();
    }
    if (this.agreementsDirty) {
      this.agreementsDirty = false;
      this.drawAgreements();
    }
    if (this.readyPending) {
      this.readyPending = false;
      // Report after the frame that contains the drawn map has really been rendered.
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.callbacks.onReady?.());
    }
  }

  // --- syncing a new view ------------------------------------------------------------------

  private syncPlayer(view: BoardView): void {
    const short = playerShort(view.player);
    if (this.playerMarker && this.playerMarker.id === view.player.id) return;
    this.playerMarker?.destroy();
    this.playerMarker = new ActorMarker(this, view.player.id, short, true, this.currentUi());
    this.playerMarker.container.setDepth(DEPTH.markers + 1);
    this.playerMarker.draw({ relation: 100, trust: 100, alignment: 0 });
  }

  /** Creates, removes and retargets actor markers (`animate`: see continuesFrom); returns ids whose relation changed. */
  private syncActors(view: BoardView, animate: boolean): string[] {
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const a of view.actors) {
      seen.add(a.id);
      let entry = this.actors.get(a.id);
      if (!entry) {
        const marker = new ActorMarker(this, a.id, a.short, false, this.currentUi());
        marker.container.setDepth(DEPTH.markers);
        this.wireInput(marker);
        entry = { data: a, shown: { relation: a.relation, trust: a.trust, alignment: a.alignment }, fx: { boost: 0 }, marker, breathing: null, delta: 0, bow: BOW };
        this.actors.set(a.id, entry);
        if (animate && !reducedMotion()) this.tweens.add({ targets: marker.container, alpha: { from: 0, to: 1 }, duration: TWEEN_MS });
      } else if (entry.data.relation !== a.relation || entry.data.trust !== a.trust || entry.data.alignment !== a.alignment) {
        this.tweens.killTweensOf(entry.shown);
        const values = { relation: a.relation, trust: a.trust, alignment: a.alignment };
        if (!animate) Object.assign(entry.shown, values);
        else {
          if (Math.round(entry.data.relation) !== Math.round(a.relation)) {
            changed.push(a.id);
            entry.delta = a.relation - entry.data.relation;
          }
          if (reducedMotion()) Object.assign(entry.shown, values);
          else this.tweens.add({ targets: entry.shown, ...values, duration: TWEEN_MS, ease: 'Cubic.easeInOut', onUpdate: () => (this.relationsDirty = true) });
        }
      }
      entry.data = a;
      this.setSelected(entry, a.selected);
    }
    for (const [id, entry] of this.actors) {
      if (seen.has(id)) continue;
      entry.breathing?.remove();
      this.tweens.killTweensOf([entry.shown, entry.fx]);
      entry.marker.destroy();
      this.actors.delete(id);
      if (this.hoverId === id) {
        this.hoverId = null;
        this.callbacks.onActorHover?.(null);
      }
    }
    return changed;
  }

  private setSelected(entry: ActorEntry, selected: boolean): void {
    if (entry.marker.selected === selected) return;
    entry.marker.selected = selected;
    entry.breathing?.remove();
    entry.breathing = null;
    entry.marker.ring.setAlpha(1);
    // The ring breathes twice so the selected actor stands out even on a busy map, then stays
    // lit: a pulse without end would keep the board drawing (stillLoop.ts) and, past five
    // seconds, is movement a reader cannot stop (WCAG 2.2.2). Not at all for a reader who asked for less motion.
    if (selected && !reducedMotion()) entry.breathing = this.tweens.add({ targets: entry.marker.ring, alpha: 0.45, duration: 900, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' });
    this.relationsDirty = true;
  }

  private syncAgreements(view: BoardView, animate: boolean): void {
    const seen = new Set<string>();
    for (const a of view.agreements) {
      seen.add(a.id);
      const look = statusLook(a.status);
      let entry = this.agreements.get(a.id);
      if (!entry) {
        const label = this.add.text(0, 0, shortLabel(a.label), { fontFamily: FONT, fontSize: '10px', color: css(THEME.agreement) }).setDepth(DEPTH.labels);
        entry = { data: a, shown: { ...look, alpha: animate ? 0 : look.alpha, flash: animate ? 1 : 0 }, geometry: null, label };
        this.agreements.set(a.id, entry);
        if (animate) this.tweenAgreement(entry, look);
      } else if (entry.data.status !== a.status) {
        if (animate) {
          entry.shown.flash = 1;
          this.tweenAgreement(entry, look);
        } else {
          this.tweens.killTweensOf(entry.shown);
          Object.assign(entry.shown, look, { flash: 0 });
        }
      }
      entry.data = a;
      entry.label.setText(shortLabel(a.label));
    }
    for (const [id, entry] of this.agreements) {
      if (seen.has(id)) continue;
      this.tweens.killTweensOf(entry.shown);
      entry.label.destroy();
      this.agreements.delete(id);
    }
  }

  private tweenAgreement(entry: AgreementEntry, look: StatusLook): void {
    this.tweens.killTweensOf(entry.shown);
    this.tweens.add({
      targets: entry.shown,
      ...look,
      flash: 0,
      duration: TWEEN_MS * 1.6,
      ease: 'Cubic.easeOut',
      onUpdate: () => (this.agreementsDirty = true),
    });
  }

  /** A pulse and the size of the change at an actor whose relation moved (the size alone, still, with less motion asked for). */
  private celebrateChange(id: string): void {
    const entry = this.actors.get(id);
    if (!entry || !this.frames || !entry.delta) return;
    const u = this.frames.ui;
    const { x, y } = entry.marker.container;
    const color = relationColor(entry.delta > 0 ? 100 : -100);
    if (reducedMotion()) return steadyDelta(this, x, y - entry.marker.size.h / 2 - 4 * u, entry.delta, color, u, DEPTH.effects);
    pulseRing(this, x, y, entry.marker.size.w * 0.55, color, u, DEPTH.effects);
    floatingDelta(this, x, y - entry.marker.size.h / 2 - 4 * u, entry.delta, color, u, DEPTH.effects);
    this.tweens.killTweensOf(entry.fx);
    entry.fx.boost = 1;
    this.tweens.add({ targets: entry.fx, boost: 0, duration: 1200, ease: 'Sine.easeOut', onUpdate: () => (this.relationsDirty = true) });
  }

  // --- input -------------------------------------------------------------------------------

  private wireInput(marker: ActorMarker): void {
    const c = marker.container;
    c.setInteractive({ useHandCursor: true });
    c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      this.hoverId = marker.id;
      this.callbacks.onActorHover?.(marker.id);
      this.refreshHover();
    });
    c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      if (this.hoverId !== marker.id) return;
      this.hoverId = null;
      this.callbacks.onActorHover?.(null);
      this.refreshHover();
    });
    c.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.callbacks.onActorSelect?.(marker.id));
  }

  private focusedId(): string | null {
    return this.hoverId ?? this.highlightId;
  }

  private refreshHover(): void {
    const focus = this.focusedId();
    for (const [id, entry] of this.actors) {
      const on = id === focus;
      if (entry.marker.hovered === on) continue;
      entry.marker.hovered = on;
      if (reducedMotion()) entry.marker.container.setScale(on ? 1.12 : 1);
      else this.tweens.add({ targets: entry.marker.container, scale: on ? 1.12 : 1, duration: 150, ease: 'Quad.easeOut' });
      // Keep the focused marker above its neighbours.
      entry.marker.container.setDepth(DEPTH.markers + (on ? 0.5 : 0));
    }
    this.relationsDirty = true;
  }

  private updateTooltip(): void {
    const id = this.focusedId();
    const entry = id ? this.actors.get(id) : undefined;
    if (!entry || !this.frames) this.tooltip.hide();
    else this.tooltip.show(tooltipLines(entry.data.name, entry.shown, this.anchors.get(entry.data.id), this.view?.alignmentSides), entry.marker.box(), this.frames);
  }

  // --- layout --------------------------------------------------------------------------------

  private onResize(): void {
    this.applyPixelRatio();
    // Phaser also reports a resize right after boot: the same layout would be made twice.
    if (this.sizeKey() !== this.laidOutAt) this.relayout(false);
  }

  /** The size factor for the board's current size (the layout's, before there is one). */
  private currentUi(): number {
    return this.frames?.ui ?? uiScale(this.scale.width / this.ratio, this.scale.height / this.ratio) * this.text;
  }

  private sizeKey(): string {
    return `${this.scale.width}x${this.scale.height}@${this.ratio}/${globalThis.devicePixelRatio} text ${this.text}`;
  }

  /** Follows the Scale Manager's zoom (1 / pixel ratio) with the camera's zoom. */
  private applyPixelRatio(): void {
    const ratio = 1 / (this.scale.zoom || 1);
    this.cameras.main.setOrigin(0, 0).setZoom(ratio);
    if (ratio === this.ratio) return;
    this.ratio = ratio;
    const retune = (list: Phaser.GameObjects.GameObject[]) => {
      for (const obj of list) {
        if (obj instanceof Phaser.GameObjects.Text) obj.setResolution(ratio);
        else if (obj instanceof Phaser.GameObjects.Container) retune(obj.list);
      }
    };
    retune(this.children.list);
  }

  /**
   * Recomputes every position for the current size, view and text scale, and repaints the static
   * layers. `animate`: markers glide to new places (a view changed) instead of jumping (a resize).
   */
  private relayout(animate = false): void {
    const width = Math.round(this.scale.width / this.ratio);
    const height = Math.round(this.scale.height / this.ratio);
    // A board hidden or collapsed by the page waits for a real size.
    if (width < 120 || height < 90) return;
    this.laidOutAt = this.sizeKey();
    const view = this.view;
    if (!view || !this.playerMarker) {
      this.frames = null;
      this.plan = null;
      this.paintStatic(width, height, uiScale(width, height) * this.text, null, []);
      this.legendLayer.show(null);
      this.leftOut.show(null);
      return;
    }

    const { plan, button } = fitWithNamesButton(this.planInput(view, width, height), this.text, () => this.leftOut.buttonSize());
    const { layout } = plan;
    const u = layout.frames.ui;
    this.plan = plan;
    this.frames = layout.frames;
    this.anchors = layout.anchors;

    const markers = new Map<string, ActorMarker>([[view.player.id, this.playerMarker]]);
    for (const [id, e] of this.actors) markers.set(id, e.marker);
    for (const [id, marker] of markers) {
      marker.setScale(u, plan.badges.get(id)!.size);
      const anchor = layout.anchors.get(id)!;
      const pos = layout.badges.get(id) ?? anchor;
      // Restart this marker's tweens from where they are: move, hover scale, fade-in.
      const c = marker.container;
      this.tweens.killTweensOf(c);
      const scale = marker.hovered ? 1.12 : 1;
      if (animate && marker.placed && (c.x !== pos.x || c.y !== pos.y)) {
        this.tweens.add({ targets: c, x: pos.x, y: pos.y, scale, duration: TWEEN_MS, ease: 'Cubic.easeInOut', onUpdate: () => (this.relationsDirty = true) });
      } else {
        c.setPosition(pos.x, pos.y).setScale(scale);
      }
      if (c.alpha < 1 && reducedMotion()) c.setAlpha(1);
      else if (c.alpha < 1) this.tweens.add({ targets: c, alpha: 1, duration: TWEEN_MS });
      marker.placed = true;
      marker.setEdge(anchor.where === 'edge' ? anchor.angle : null);
      const input = marker.container.input;
      if (input) (input.hitArea as Phaser.Geom.Rectangle).setSize(marker.container.width, marker.container.height);
    }
    this.playerMarker.draw({ relation: 100, trust: 100, alignment: 0 });
    for (const [id, entry] of this.actors) entry.bow = plan.bows.get(id) ?? BOW;

    for (const [id, entry] of this.agreements) {
      entry.geometry = plan.geometry.get(id) ?? null;
      const label = plan.agreements.get(id) ?? null;
      entry.label.setVisible(label !== null);
      if (!label) continue;
      entry.label.setFontSize(label.size).setStroke('#0d1824', label.stroke).setPosition(Math.round(label.rect.x), Math.round(label.rect.y));
    }
    this.placesGfx.clear();
    drawPlaceMarks(this.placesGfx, view.places, layout.anchors, u);
    this.paintStatic(width, height, u, layout.frames, plan.taken);
    this.legendLayer.show({ width, height, rect: layout.frames.legend, u: layout.frames.legendUi, text: plan.text }, view.player.name, view.alignmentSides);
    this.leftOut.show({ plan, button, places: view.places, mapNames: this.mapNames });
    this.relationsDirty = true;
    this.agreementsDirty = true;
  }

  /** What the plan measures text with (the map layer's 2D context) and where the key's button lies. */
  private planInput(view: BoardView, width: number, height: number): PlanInput {
    const geo = this.geoLayer;
    return {
      view,
      width,
      height,
      map: this.map,
      measure: {
        badge: (text, size) => geo.measure((ctx) => badgeTextWidth(ctx, text, size)),
        place: (label) => geo.measure((ctx) => measurePlaceLabel(ctx, label)),
        agreement: (text, size, stroke) => geo.measure((ctx) => agreementLabelSize(ctx, text, size, stroke)),
      },
      keyButton: (h) => this.legendLayer.buttonBox(h),
    };
  }

  /** Paints sea, land, the insets and the map's own labels into the geography layer. */
  private paintStatic(width: number, height: number, u: number, frames: BoardFrames | null, taken: Rect[]): void {
    this.maps.ensureGeography(frames?.map ?? EAST_ASIA_MAP);
    const paths = this.maps.pathsToPaint(frames !== null);
    const names = this.plan?.names ?? [];
    this.geoLayer.paint(width, height, (ctx) => (this.mapNames = paintStaticMap(ctx, { width, height, u }, frames, paths, frames ? names : [], taken)));
  }

  /** Where every point is drawn, by id, and each agreement's route, in CSS pixels of the board (for browser tests). */
  anchorPositions(): { map: { key: string; prepared: string | null; insets: string[] }; fits: { main: Fit; insets: Record<number, Fit> } | null; geography: boolean; anchors: Record<string, Anchor>; routes: Record<string, readonly (readonly [number, number])[] | null> } {
    const map = this.frames?.map ?? EAST_ASIA_MAP;
    const f = this.frames;
    return {
      map: { key: map.key, prepared: map.prepared, insets: map.insets.map((i) => i.title) },
      fits: f ? { main: f.main, insets: Object.fromEntries(f.insets.map((i) => [i.index, i.fit])) } : null,
      geography: this.maps.hasGeography(map),
      anchors: Object.fromEntries(this.anchors),
      routes: Object.fromEntries([...this.agreements].map(([id, e]) => [id, e.geometry?.route ?? null])),
    };
  }

  // --- dynamic drawing -------------------------------------------------------------------------

  private drawRelations(): void {
    const g = this.relationsGfx;
    g.clear();
    const frames = this.frames;
    const player = this.playerMarker;
    if (!frames || !player || !this.view) return;
    const focus = this.focusedId() ?? [...this.actors.values()].find((e) => e.marker.selected)?.data.id ?? null;
    const from: Pt = [player.container.x, player.container.y];
    const start = lineStart(from, player.box(), frames);
    // The focused actor's line last, on top; the others dimmed while one is focused.
    const order = [...this.actors.values()].sort((a, b) => Number(a.data.id === focus) - Number(b.data.id === focus));
    const ends = order.map((entry) => ({ entry, to: [entry.marker.container.x, entry.marker.container.y] as Pt }));
    const lines: RelationLine[] = ends.map(({ entry, to }) => ({
      points: relationPoints(from, to, entry.bow, start.box, entry.marker.box()),
      relation: entry.shown.relation,
      boost: entry.fx.boost,
      alpha: focus === null ? 0.9 : entry.data.id === focus ? 1 : 0.45,
    }));
    drawRelationLines(g, lines, frames.ui);
    if (start.fromInset) {
      const ports = ends.map(({ entry, to }) => relationPoints(from, to, entry.bow, start.box, null)[0]);
      drawInsetPorts(g, ports.filter((p): p is Pt => p !== undefined), frames.ui);
    }
  }

  private drawAgreements(): void {
    const g = this.agreementsGfx;
    g.clear();
    const frames = this.frames;
    if (!frames) return;
    for (const entry of this.agreements.values()) {
      if (!entry.geometry) continue;
      const color = drawAgreementMark(g, entry.geometry, entry.shown, entry.data.status === 'pending', frames.ui);
      entry.label.setAlpha(Math.max(0.55, entry.shown.alpha));
      entry.label.setColor(css(color));
    }
  }
}
