// Rendering quality policy. Where WebGL runs in software (SwiftShader, llvmpipe: machines
// without a usable GPU), every extra pixel costs CPU: measured at 1280x800, multisampling
// alone took frames from 16.7 ms to 33 ms. There the board renders at 1 pixel per CSS pixel
// without multisampling; on real GPUs it renders at the screen's pixel ratio (up to 2) with
// multisampling, so text and thin lines stay sharp on high-density screens.

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let cached: boolean | null = null;

export function isSoftwareWebGL(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return cached;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    cached = SOFTWARE.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // No answer: assume a real GPU.
  }
  return cached;
}

/** Canvas pixels per CSS pixel for the Phaser canvas. */
export function boardPixelRatio(): number {
  if (isSoftwareWebGL()) return 1;
  return Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
}
