// Baseline for the board benchmark: the same Phaser 4 game setup with a scene that draws one
// rectangle. Sets window.__boardReady when its first frame has been rendered, like the demo.
import * as Phaser from 'phaser';

declare global {
  interface Window {
    __boardReady?: number;
    __game?: Phaser.Game;
  }
}

class BareScene extends Phaser.Scene {
  create(): void {
    this.add.rectangle(this.scale.width / 2, this.scale.height / 2, 200, 120, 0x3a9af2);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => (window.__boardReady = performance.now()));
  }
}

window.__game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: document.getElementById('board')!,
  backgroundColor: '#0a1826',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%', expandParent: false },
  input: { keyboard: false, gamepad: false },
  scene: BareScene,
});
