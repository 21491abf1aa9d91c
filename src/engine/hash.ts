// FNV-1a (64 bits) over UTF-8, in integer arithmetic on 16-bit pieces: the same digits in Node
// and in every browser, no crypto API. Used for scenario content hashes and turn checksums, so
// it allocates nothing per character (it hashes every turn's state).

/** FNV-1a 64 of the UTF-8 encoding of a text, as 16 hex digits. */
export function fnv1a64(text: string): string {
  // The state as four 16-bit pieces, least significant first; offset basis 0xcbf29ce484222325.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number) => {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits; every partial product
    // stays below 2^26, far inside the exact range of a double.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      step(c);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) step(0xc0 | (c >> 6));
    else {
      if (c < 0x10000) step(0xe0 | (c >> 12));
      else {
        step(0xf0 | (c >> 18));
        step(0x80 | ((c >> 12) & 0x3f));
      }
      step(0x80 | ((c >> 6) & 0x3f));
    }
    step(0x80 | (c & 0x3f));
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * A fast 64-bit hash for the checksum of every turn (cyrb53's mixing, kept to 64 bits): two 32-bit
 * lanes, each number xor-ed in then multiplied with Math.imul, several times faster than FNV-1a's
 * 16-bit pieces. Not for content hashes, whose digits follow the FNV-1a standard. checksum64 mixes
 * a text's UTF-16 code units; mix64 the first `count` numbers of a list, each as its 32-bit
 * integer (the turn checksum of the present scheme mixes the state's numbers: stateDigest.ts).
 * On local lanes: through an object's fields it took four times as long (Node 20).
 */
export function mix64(values: readonly number[], count: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < count; i++) {
    const n = values[i]!;
    h1 = Math.imul(h1 ^ n, 2654435761);
    h2 = Math.imul(h2 ^ n, 1597334677);
  }
  return finish64(h1, h2);
}

/** The two lanes' last mixing, written as 16 hex digits. */
function finish64(a: number, b: number): string {
  let h1 = Math.imul(a ^ (a >>> 16), 2246822507);
  h1 ^= Math.imul(b ^ (b >>> 13), 3266489909);
  let h2 = Math.imul(b ^ (b >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex64(h2, h1);
}

/** The character codes of '0'–'9' and 'a'–'f'. */
const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

const hexCode = (n: number, shift: number) => HEX_CODES[(n >>> shift) & 15]!;

/**
 * Two 32-bit words as 16 lowercase hex digits, high word first, made as one string: toString(16)
 * and padStart cost more, every turn, and so did adding the digits one by one (whose text was
 * flattened again when the next turn read it back): the engine alone was 4–5 % slower so (a 2019
 * replay's median 0.114–0.116 ms against 0.109–0.110, Node 20, 5 December).
 */
function hex64(high: number, low: number): string {
  return String.fromCharCode(
    hexCode(high, 28), hexCode(high, 24), hexCode(high, 20), hexCode(high, 16),
    hexCode(high, 12), hexCode(high, 8), hexCode(high, 4), hexCode(high, 0),
    hexCode(low, 28), hexCode(low, 24), hexCode(low, 20), hexCode(low, 16),
    hexCode(low, 12), hexCode(low, 8), hexCode(low, 4), hexCode(low, 0),
  );
}

/** 8 lowercase hex digits of `text` from `at` as a 32-bit word (hex64's halves read back: a checksum's). */
export function hexWord(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const c = text.charCodeAt(i);
    n = (n << 4) | (c <= 57 ? c - 48 : c - 87); // '0'–'9' are 48–57, 'a'–'f' 97–102
  }
  return n;
}

/**
 * `checksum64(a, b)` is `checksum64(a + b)` without the joined text: reading a joined
 * (unflattened) text one code unit at a time cost more than hashing it. mix64's step.
 */
export function checksum64(text: string, more = ''): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  for (let i = 0; i < more.length; i++) {
    const c = more.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish64(h1, h2);
}
