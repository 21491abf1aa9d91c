// The address a join is counted against (the join rate limit, classRoom.ts). Reached directly, it
// is the socket's own: a forwarded-for header is the client's to write. Behind a reverse proxy
// (`npm run serve -- --behind-proxy`) every socket is the proxy's, so one limit would hold the whole
// school; the client's address is then the last one in X-Forwarded-For, the one the proxy added
// itself (any before it came from the client and may be forged).
import type { IncomingMessage } from 'node:http';

export function clientAddress(req: IncomingMessage | undefined, fallback: string, behindProxy: boolean): string {
  const socket = req?.socket.remoteAddress ?? fallback;
  if (!behindProxy) return socket;
  const header = req?.headers['x-forwarded-for'];
  // Node joins repeated headers with ", ": the last entry is still the proxy's.
  const last = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').at(-1)!.trim();
  return last === '' ? socket : last;
}
