// Rendering quality policy. Where WebGL runs in software (SwiftShader, llvmpipe: machines
// without a usable GPU), every extra pixel costs CPU: measured at 1280x800, multisampling
// alone took frames from 16.7 ms to 33 ms. There the board renders at 1 pixel per CSS pixel
// without multisampling; on real GPUs it renders at the screen's pixel ratio (up to 2) with
// multisampling, so text and thin lines stay sharp on high-density screens.

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The context Phaser asks for on a transparent board (its defaults), without multisampling. */
const PLAIN: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  antialias: false,
  premultipliedAlpha: true,
  stencil: true,
  preserveDrawingBuffer: false,
  failIfMajorPerformanceCaveat: false,
  powerPreference: 'default',
  desynchronized: false,
};

let cached: boolean | null = null;
let probe: { canvas: HTMLCanvasElement; gl: WebGLRenderingContext } | null = null;

export function isSoftwareWebGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl', PLAIN);
    if (!gl) return cached;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    cached = SOFTWARE.test(name);
    // A software context is just what the board will use: keep it rather than make another
    // (creating one costs about 8 ms in SwiftShader). A GPU's board wants multisampling.
    if (cached) probe = { canvas, gl };
    else gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // No answer: assume a real GPU.
  }
  return cached;
}

/** The software probe's canvas and context, once, for a board without multisampling. */
export function takeProbeContext(): { canvas: HTMLCanvasElement; gl: WebGLRenderingContext } | null {
  const taken = probe;
  probe = null;
  return taken && !taken.gl.isContextLost() ? taken : null;
}

/** Canvas pixels per CSS pixel for the Phaser canvas. */
export function boardPixelRatio(): number {
  if (isSoftwareWebGL()) return 1;
  return Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
}
