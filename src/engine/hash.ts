// FNV-1a, 64 bits computed as two 32-bit halves with Math.imul: the same digits in Node and in
// every browser, no crypto API needed. Used for checksums of game states and scenario contents.

export function hash64(text: string): string {
  let h1 = 0x811c9dc5 | 0; // two independent FNV-1a lanes with different offsets
  let h2 = 0xcbf29ce4 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x0100019d);
  }
  // A final avalanche so that short inputs differing in their last character spread over all bits.
  h1 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) ^ h2;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x297a2d39) ^ h1;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
