// The join link as a QR code to scan, drawn as SVG elements built one by one (no markup string,
// no innerHTML): one path of the dark modules, with the quiet zone the standard asks for.
import qrcode from 'qrcode-generator';
import { svg } from '../dom';

/** Four modules of light border around the code (ISO/IEC 18004's quiet zone). */
const QUIET = 4;

/** The dark modules of `text`'s QR code (error correction M: readable with a scratch or glare). */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  return { size: code.getModuleCount(), dark: (row, col) => code.isDark(row, col) };
}

/** An SVG picture of `text`'s QR code, `pixels` wide, named by `label` for screen readers. */
export function qrSvg(text: string, label: string, pixels = 240): SVGElement {
  const { size, dark } = qrModules(text);
  const steps: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (dark(row, col)) steps.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
  }
  const side = size + 2 * QUIET;
  return svg(
    'svg',
    { viewBox: `0 0 ${side} ${side}`, width: pixels, height: pixels, role: 'img', 'aria-label': label, class: 'qr-code', 'shape-rendering': 'crispEdges' },
    svg('rect', { width: side, height: side, fill: '#ffffff' }),
    svg('path', { d: steps.join(''), fill: '#000000' }),
  );
}
