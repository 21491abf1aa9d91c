// The address a join is counted against (the join rate limit, classRoom.ts). Reached directly, it
// is the socket's own: a forwarded-for header is the client's to write. Behind a reverse proxy
// (`npm run serve -- --behind-proxy`) every socket is the proxy's, so one limit would hold the whole
// school; the client's address is then the last one in X-Forwarded-For, the one the proxy added
// itself (any before it came from the client and may be forged). An IPv6 address counts by its /64
// network: a device or household is given a whole one, and could take a new address for each guess.
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

export function clientAddress(req: IncomingMessage | undefined, behindProxy: boolean): string {
  const socket = req?.socket.remoteAddress ?? 'unknown';
  return limitKey((behindProxy ? lastForwarded(req) : null) ?? socket);
}

/** The header's last entry without a port (`1.2.3.4:5678`, `[2001:db8::1]:443`), or null when there is none. */
function lastForwarded(req: IncomingMessage | undefined): string | null {
  const header = req?.headers['x-forwarded-for'];
  // Node joins repeated headers with ", ": the last entry is still the proxy's.
  const last = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').at(-1)!.trim();
  if (last === '') return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
  if (bracketed) return bracketed[1]!;
  return /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(last)?.[1] ?? last;
}

/** An IPv4 address whole (written as IPv6, `::ffff:a.b.c.d`, as itself); an IPv6 one as its /64 network. */
function limitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, lowercase, without leading zeros ("::" filled in; a dotted IPv4 tail counts as two). */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['ipv4', 'ipv4'] : [g])) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return all.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
