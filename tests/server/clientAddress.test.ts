// The address the join limit counts (clientAddress.ts): the socket's own when reached directly,
// the proxy's last X-Forwarded-For entry when behind one.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/server/clientAddress';

const request = (socket: string, forwarded?: string | string[]) => ({ socket: { remoteAddress: socket }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('reached directly, counts the socket and never a forwarded-for header', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), '?', false)).toBe('203.0.113.7');
    expect(clientAddress(undefined, '192.0.2.9', false)).toBe('192.0.2.9');
  });

  it('behind a proxy, counts the last entry, the one the proxy added', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.1'), '?', true)).toBe('198.51.100.1');
    // Entries before it are the client's own and may be forged.
    expect(clientAddress(request('10.0.0.2', 'forged-1, 203.0.113.5 ,198.51.100.1'), '?', true)).toBe('198.51.100.1');
    expect(clientAddress(request('10.0.0.2', ['forged-1', '198.51.100.2']), '?', true)).toBe('198.51.100.2');
  });

  it('behind a proxy, a request without the header (not through the proxy) counts its socket', () => {
    expect(clientAddress(request('10.0.0.3'), '?', true)).toBe('10.0.0.3');
    expect(clientAddress(request('10.0.0.3', ' '), '?', true)).toBe('10.0.0.3');
  });
});
