// A class client without the link's care: sends whatever a test wants (forged, replayed,
// malformed) and keeps every message the server sends back.
import { Client, type Room } from 'colyseus.js';
import { CLASS_ROOM, PROTOCOL } from '../../../src/net/protocol';

export interface RawClient {
  room: Room;
  received: { type: string; message: any }[];
  /** The next message of this type (after those already taken) that fits. */
  next(type: string, fits?: (message: any) => boolean, ms?: number): Promise<any>;
}

export async function rawJoin(url: string, options: object): Promise<RawClient> {
  // This version's messages, unless the test says otherwise (`protocol: undefined`: an older page).
  const room = await new Client(url).join(CLASS_ROOM, { protocol: PROTOCOL, ...options });
  const received: RawClient['received'] = [];
  const taken = new Set<number>();
  room.onMessage('*', (type, message) => received.push({ type: String(type), message }));
  const next = async (type: string, fits: (m: any) => boolean = () => true, ms = 5000) => {
    const end = Date.now() + ms;
    for (;;) {
      const i = received.findIndex((r, k) => !taken.has(k) && r.type === type && fits(r.message));
      if (i >= 0) {
        taken.add(i);
        return received[i]!.message;
      }
      if (Date.now() > end) throw new Error(`no ${type} message came (got ${received.map((r) => r.type).join(', ')})`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { room, received, next };
}
