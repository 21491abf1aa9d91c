// One process: the built game's files and the class server (Colyseus over WebSocket) on one port.
// With a Redis address, rooms are found and joined across every process that shares it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM, codeSchema, MAX_FRAME_BYTES, MAX_SCENARIO_BYTES } from '../net/protocol';
import { classRoomType, type ClassRoomContext } from './classRoom';
import { ComputerThread } from './computerThread';
import { logOwner, recordLogOwner } from './logOwners';
import { KeyedRateLimit } from './rateLimit';
import { RoomStore } from './roomLog';
import { shippedScenario } from './shippedScenarios';
import { staticFiles } from './staticFiles';

/** The server pings every client this often; a client that left this many unanswered is cut off. */
const PING_INTERVAL_MS = 3000;
const PINGS_UNANSWERED = 2;

export interface ClassServerOptions {
  port: number;
  /** Where the rooms' logs are kept. */
  dataDir: string;
  /** The built game to serve, or null for the class server alone. */
  distDir: string | null;
  redisUrl?: string;
  /**
   * With several processes: the host:port the clients reach this process at (a room's clients
   * connect to the process that holds it).
   */
  publicAddress?: string;
  /** How long a dropped student's place is kept for a reconnection (seconds). */
  reconnectSeconds?: number;
  /** Clients come through one reverse proxy that appends their address to X-Forwarded-For. */
  behindProxy?: boolean;
  /** New games one address may host in an hour (by default 30). */
  hostsPerHour?: number;
  /** New games this process takes while it holds this many (by default 200). */
  maxGames?: number;
  /** Minutes a game with nobody connected stays open before it is closed for now (by default 60). */
  idleMinutes?: number;
}

export interface RunningClassServer {
  port: number;
  /** Rooms brought back from their logs at start. */
  restored: string[];
  close(): Promise<void>;
}

/**
 * Joins per address: a whole class behind one school address joins at once, while guessing a
 * code (29^8 of them) at 5 a second would take thousands of years.
 */
const JOIN_BURST = 120;
const JOIN_PER_SECOND = 5;

/** The matchmaker's requests carry a host's scenario at most: a larger or unmeasured body is refused unread. */
const MAX_MATCHMAKE_BYTES = MAX_SCENARIO_BYTES + 64 * 1024;

export async function startClassServer(options: ClassServerOptions): Promise<RunningClassServer> {
  shippedScenario('');
  const serveFiles = options.distDir === null ? null : staticFiles(options.distDir);
  const http = createServer((req, res) => {
    if (serveFiles) serveFiles(req, res);
    else res.writeHead(404).end();
  });
  const hostsPerHour = options.hostsPerHour ?? 30;
  const context: ClassRoomContext = {
    store: new RoomStore(options.dataDir),
    restoring: new Set(),
    joinLimit: new KeyedRateLimit(JOIN_BURST, JOIN_PER_SECOND),
    behindProxy: options.behindProxy ?? false,
    reconnectSeconds: options.reconnectSeconds ?? 300,
    computerThread: new ComputerThread(),
    hostLimit: new KeyedRateLimit(hostsPerHour, hostsPerHour / 3600, Date.now, 3_600_000),
    rooms: new Set(),
    maxRooms: options.maxGames ?? 200,
    idleMs: (options.idleMinutes ?? 60) * 60_000,
  };
  const gameServer = new Server({
    // A phone whose Wi-Fi goes quiet closes nothing: the unanswered pings end its socket, so the
    // teacher sees the student away and the team's choices pass to the member still there within
    // 9 s (tests/server/silentDrop.test.ts). Colyseus's defaults, named here for that.
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_FRAME_BYTES, pingInterval: PING_INTERVAL_MS, pingMaxRetries: PINGS_UNANSWERED }),
    ...(options.redisUrl
      ? { presence: new RedisPresence(options.redisUrl), driver: new RedisDriver(options.redisUrl), selectProcessIdToCreateRoom: (_name: string, clientOptions: unknown) => processToCreate(context, clientOptions) }
      : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    greet: false,
  });
  guardMatchmakeBodies(http);
  gameServer.define(CLASS_ROOM, classRoomType(context)).filterBy(['code']);
  await gameServer.listen(options.port);
  if (options.redisUrl) await recordLogOwner(context.store.codes());
  const restored: string[] = [];
  for (const code of context.store.openRooms()) {
    // With Redis, another process may hold it already.
    if ((await matchMaker.query({ name: CLASS_ROOM, code })).length > 0) continue;
    context.restoring.add(code);
    try {
      await matchMaker.createRoom(CLASS_ROOM, { restore: code });
      restored.push(code);
    } catch (e) {
      console.error(`could not bring back the room ${code}: ${(e as Error).message}`);
    }
  }
  return {
    port: (http.address() as AddressInfo).port,
    restored,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      await context.computerThread.close();
    },
  };
}

/**
 * With Redis, where a room is created. A room brought back from its log, or reopened by its
 * teacher, is created where its log is: here, or the process that keeps it (logOwners.ts); a new
 * game on the least busy process (Colyseus's own choice: the fewest rooms).
 */
async function processToCreate(ctx: ClassRoomContext, clientOptions: unknown): Promise<string> {
  const { restore, code } = (clientOptions ?? {}) as { restore?: unknown; code?: unknown };
  if (typeof restore === 'string' && ctx.restoring.has(restore)) return matchMaker.processId;
  const reopening = codeSchema.safeParse(code).success ? (code as string) : null;
  if (reopening !== null && ctx.store.exists(reopening)) return matchMaker.processId;
  const processes = await matchMaker.stats.fetchAll();
  // A reopening that reached a process without the log goes to the one that keeps it.
  const owner = reopening === null ? null : await logOwner(reopening, processes);
  return owner ?? processes.sort((p1, p2) => (p1.roomCount > p2.roomCount ? 1 : -1))[0]?.processId ?? matchMaker.processId;
}

/** Colyseus reads a matchmaking request's whole body before looking at it: bound it first. */
function guardMatchmakeBodies(http: ReturnType<typeof createServer>): void {
  const listeners = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.includes('/matchmake/')) {
      // A kept-alive connection the server closes as the client reuses it is a "socket hang up"
      // for the client (Node's clients keep connections alive): joining takes a connection of its own.
      res.setHeader('Connection', 'close');
    }
    if (req.method === 'POST' && req.url?.includes('/matchmake/')) {
      const length = Number(req.headers['content-length']);
      if (!Number.isInteger(length) || length > MAX_MATCHMAKE_BYTES) {
        res.writeHead(413, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 413, error: 'the request is too large (or its size is not given)' }));
        return;
      }
    }
    for (const listener of listeners) listener.call(http, req, res);
  });
}
