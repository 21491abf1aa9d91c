// The address the join limit counts (clientAddress.ts): the socket's own when reached directly,
// the proxy's last X-Forwarded-For entry when behind one; an IPv6 address by its /64 network.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/server/clientAddress';

const request = (socket: string | undefined, forwarded?: string | string[]) => ({ socket: { remoteAddress: socket }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('reached directly, counts the socket and never a forwarded-for header', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), false)).toBe('203.0.113.7');
    // A socket already gone counts as one unknown address, not as whatever its header said.
    expect(clientAddress(request(undefined, '198.51.100.1'), false)).toBe('unknown');
    expect(clientAddress(undefined, false)).toBe('unknown');
  });

  it('behind a proxy, counts the last entry, the one the proxy added', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.1'), true)).toBe('198.51.100.1');
    // Entries before it are the client's own and may be forged.
    expect(clientAddress(request('10.0.0.2', 'forged-1, 203.0.113.5 ,198.51.100.1'), true)).toBe('198.51.100.1');
    expect(clientAddress(request('10.0.0.2', ['forged-1', '198.51.100.2']), true)).toBe('198.51.100.2');
    // A proxy that writes the client's port: the address alone.
    expect(clientAddress(request('10.0.0.2', '198.51.100.3:52110'), true)).toBe('198.51.100.3');
    expect(clientAddress(request('10.0.0.2', '[2001:db8:a:b::7]:443'), true)).toBe('2001:db8:a:b::/64');
  });

  it('behind a proxy, a request without the header (not through the proxy) counts its socket', () => {
    expect(clientAddress(request('10.0.0.3'), true)).toBe('10.0.0.3');
    expect(clientAddress(request('10.0.0.3', ' '), true)).toBe('10.0.0.3');
  });

  it('counts an IPv6 address by its /64 network, and an IPv4 one written as IPv6 as itself', () => {
    const key = (a: string) => clientAddress(request(a), false);
    // One network however its devices pick their addresses (and however the address is written).
    expect(key('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(key('2001:0DB8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(key('2001:db8:1:2::')).toBe('2001:db8:1:2::/64');
    expect(key('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(key('2001:db8:1:3::1')).not.toBe(key('2001:db8:1:2::1'));
    expect(key('::1')).toBe('0:0:0:0::/64');
    expect(key('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(key('::ffff:127.0.0.2')).toBe('127.0.0.2');
  });
});
