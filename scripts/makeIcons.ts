// Draws the game's icons (assets/icons/): an arrow pointing east inside a ring, on the page's
// background colour, as an SVG and as the PNGs an installed app needs (192 and 512 pixels). The
// drawing keeps to the middle 80 % so that a platform's mask (circle, squircle) never cuts it.
// The files are committed; run this again only to change them:  npx tsx scripts/makeIcons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x08, 0x12, 0x1c]; // --bg in src/ui/styles.css
const RING = [0x5a, 0xae, 0xf5]; // --primary
const ARROW = [0xff, 0xd1, 0x66]; // --accent

// The shapes on a unit square.
const RING_R = [0.3, 0.35] as const;
const SHAFT = { x0: 0.26, x1: 0.6, y0: 0.455, y1: 0.545 };
const HEAD: [number, number][] = [
  [0.56, 0.33],
  [0.78, 0.5],
  [0.56, 0.67],
];

function inTriangle(x: number, y: number, [a, b, c]: [number, number][]): boolean {
  const side = (p: [number, number], q: [number, number]) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a!, b!);
  const s2 = side(b!, c!);
  const s3 = side(c!, a!);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function colourAt(x: number, y: number): number[] {
  if ((x >= SHAFT.x0 && x <= SHAFT.x1 && y >= SHAFT.y0 && y <= SHAFT.y1) || inTriangle(x, y, HEAD)) return ARROW;
  const r = Math.hypot(x - 0.5, y - 0.5);
  return r >= RING_R[0] && r <= RING_R[1] ? RING : BG;
}

/** RGB pixels, each the average of 4×4 samples (smooth edges). */
function draw(size: number): Buffer {
  const rows: Buffer[] = [];
  const n = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
        }
      for (let k = 0; k < 3; k++) row[1 + px * 3 + k] = Math.round(sum[k]! / (n * n));
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(draw(size), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const u = (v: number) => Math.round(v * 512 * 10) / 10;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${hex(BG)}"/>
  <circle cx="256" cy="256" r="${u((RING_R[0] + RING_R[1]) / 2)}" fill="none" stroke="${hex(RING)}" stroke-width="${u(RING_R[1] - RING_R[0])}"/>
  <rect x="${u(SHAFT.x0)}" y="${u(SHAFT.y0)}" width="${u(SHAFT.x1 - SHAFT.x0)}" height="${u(SHAFT.y1 - SHAFT.y0)}" fill="${hex(ARROW)}"/>
  <polygon points="${HEAD.map(([x, y]) => `${u(x)},${u(y)}`).join(' ')}" fill="${hex(ARROW)}"/>
</svg>
`;

const dir = new URL('../assets/icons/', import.meta.url);
writeFileSync(new URL('icon.svg', dir), svg);
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));
