// Phaser compiles a shader program the first time something is drawn with it and waits there
// for the compile: in software WebGL (SwiftShader) 5-15 ms per program, in the board's first
// frame. WebGL compiles in the GPU process while the page goes on, and only waits when asked for
// the result; so the board's two programs are requested as soon as its scene starts, and
// their results asked for just before the first frame, after the scene has been built.
import * as Phaser from 'phaser';

/** The render nodes whose programs the board uses: Graphics (flat triangles) and Text (quads). */
const NODES = ['BatchHandlerTriFlat', 'BatchHandlerQuad'] as const;

/** Phaser 4 internals used here; should they change, the warm-up does nothing. */
interface BatchNode {
  finalizeTextureCount?(count: number): void;
  programManager?: { getCurrentProgramSuite(): unknown };
}
interface ProgramWrapper {
  compiling?: boolean;
  _completeProgram?(): void;
}

export function warmUpShaders(game: Phaser.Game): void {
  const renderer = game.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
  const config = game.config as { skipUnreadyShaders: boolean };
  const skip = config.skipUnreadyShaders;
  // With this set, Phaser starts a program's compile without waiting for it.
  config.skipUnreadyShaders = true;
  try {
    for (const name of NODES) {
      const node = renderer.renderNodes.getNode(name) as BatchNode | null;
      // One texture per batch, as the board's config sets (maxTextures: 1).
      node?.finalizeTextureCount?.(1);
      node?.programManager?.getCurrentProgramSuite();
    }
  } catch {
    // Only an optimisation: the first frame compiles whatever is missing.
  } finally {
    config.skipUnreadyShaders = skip;
  }
  // Commands wait in the page until something flushes them: send them to the GPU process now.
  renderer.gl.flush();
  // Without parallel compiling, Phaser would never finish these itself: finish them before the
  // first frame draws (waiting only if the GPU process is not done yet).
  game.events.once(Phaser.Core.Events.POST_STEP, () => {
    const programs = (renderer.shaderProgramFactory as unknown as { programs?: Record<string, ProgramWrapper> }).programs ?? {};
    for (const program of Object.values(programs)) if (program.compiling) program._completeProgram?.();
  });
}
