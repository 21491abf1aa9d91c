// A TCP proxy in front of the class server that can go silent as a phone's lost Wi-Fi does: the
// sockets stay open, but nothing passes either way (no close, no reset), so neither side learns of
// it from the network; only the server's pings, unanswered, can tell.
import { createServer, connect, type Socket } from 'node:net';

export interface FreezingProxy {
  url: string;
  /** From now on nothing passes, on the connections open now and on new ones. */
  freeze(): void;
  close(): Promise<void>;
}

export async function freezingProxy(targetPort: number): Promise<FreezingProxy> {
  let frozen = false;
  const sockets = new Set<Socket>();
  const server = createServer((inbound) => {
    const outbound = connect(targetPort, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    // Bytes are dropped while frozen, as a network that carries nothing.
    inbound.on('data', (b) => void (frozen || outbound.write(b)));
    outbound.on('data', (b) => void (frozen || inbound.write(b)));
    inbound.on('end', () => frozen || outbound.end());
    outbound.on('end', () => frozen || inbound.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    freeze: () => void (frozen = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
