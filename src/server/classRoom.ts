// The Colyseus room of one class game: checks who is joining (the host, the teacher by token, a
// student by code), reads every message (size, schema, rate) before the game sees it, answers
// the sender alone when it refuses, and tells every client what the game accepted.
import { matchMaker, Room, type AuthContext, type Client } from '@colyseus/core';
import { openCrisis, seatsProblem } from '../engine';
import { indexFromSource } from '../net/classScenario';
import {
  CLASS_ROOM,
  clientMessageSchemas,
  hostOptionsSchema,
  messageIdOf,
  protocolProblem,
  readClientMessage,
  studentOptionsSchema,
  teacherOptionsSchema,
  withoutProtocol,
  type ClientMessage,
  type ClientMessageType,
  type HostRequest,
  type ServerMessage,
  type ServerMessageType,
  type Welcome,
} from '../net/protocol';
import { ClassGame } from './classGame';
import type { ComputerThread } from './computerThread';
import { clientAddress } from './clientAddress';
import { recordLogOwner } from './logOwners';
import { RateLimit, type KeyedRateLimit } from './rateLimit';
import type { RoomHeader, RoomStore } from './roomLog';
import { hashToken, newJoinCode, newToken } from './secrets';
import { shippedScenario } from './shippedScenarios';
import { suggestionProblem } from './suggestionProblem';

export interface ClassRoomContext {
  store: RoomStore;
  /** Codes this process is bringing back from their logs (a client cannot ask for it). */
  restoring: Set<string>;
  /** Joins per address: codes cannot be guessed by trying. */
  joinLimit: KeyedRateLimit;
  /** Whether clients come through a reverse proxy, whose X-Forwarded-For names them (clientAddress.ts). */
  behindProxy: boolean;
  /** How long a dropped client's place is kept for it to reconnect. */
  reconnectSeconds: number;
  /** Where the expert decides for every room of this process (not in the rooms' own thread). */
  computerThread: ComputerThread;
  /** Games hosted per address: a class needs one, a school a few dozen a day; a script hosting games by the thousand is refused. */
  hostLimit: KeyedRateLimit;

  /** The rooms of this process, and how many new games it takes at most (each holds its scenario and game in memory). */
  rooms: Set<ClassRoom>;
  maxRooms: number;
  /** A game nobody has been connected to for this long is closed for now, as its teacher would at the lesson's end. */
  idleMs: number;
}

interface Who {
  role: 'teacher' | 'student';
  memberId: string;
  limit: RateLimit;
}

/** Where onAuth writes the address a host's game was charged to, in the options it passes on (a client's own is overwritten or dropped). */
const CHARGED_TO = 'chargedTo';

/** A create or join request's options, without the protocol's version, and the address a host's game was charged to. */
function readOptions(given: unknown): { options: unknown; chargedTo: string | undefined } {
  const options = withoutProtocol(given);
  if (options === null || typeof options !== 'object' || !(CHARGED_TO in options)) return { options, chargedTo: undefined };
  const { [CHARGED_TO]: chargedTo, ...rest } = options as Record<string, unknown>;
  return { options: rest, chargedTo: typeof chargedTo === 'string' ? chargedTo : undefined };
}

const serverFull = (most: number) => `this server holds as many class games as it can (${most}): try again when a game has ended or been closed`;

/** A client may send 40 messages at once, then 20 a second. */
const messageLimit = () => new RateLimit(40, 20);

/** The room type for one server's context. */
export function classRoomType(ctx: ClassRoomContext): typeof ClassRoom {
  return class extends ClassRoom {
    static override context = ctx;
  };
}

export class ClassRoom extends Room {
  static context: ClassRoomContext;
  game!: ClassGame;
  code = '';
  /** The teacher's token of a room just hosted, for its creator's welcome only. */
  private hostToken: string | null = null;

  static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<boolean> {
    const address = clientAddress(context.req, this.context.behindProxy);
    if (!this.context.joinLimit.take(address)) throw new Error('too many attempts to join from this address: wait a minute');
    const problem = protocolProblem((options as { protocol?: unknown } | null)?.protocol);
    if (problem !== null) throw new Error(problem);
    // A client's own "chargedTo" is read past, then overwritten: it neither dodges nor moves the charge.
    if (hostOptionsSchema.safeParse(readOptions(options).options).success) {
      // A full server refuses before the address's hour is charged.
      if (this.context.rooms.size >= this.context.maxRooms) throw new Error(serverFull(this.context.maxRooms));
      if (!this.context.hostLimit.take(address)) throw new Error('too many games hosted from this address in the last hour: close the games you no longer use, or wait');
      // The options go on to the room's creation (copied there): it gives the token back if the game is not made.
      (options as Record<string, unknown>)[CHARGED_TO] = address;
    }
    return true;
  }

  private get ctx(): ClassRoomContext {
    return (this.constructor as typeof ClassRoom).context;
  }

  override async onCreate(given: unknown): Promise<void> {
    // Counted from the start (hosts that come together cannot pass the server's most together), and
    // not at all if the room is not made: onDispose is called only for a room made.
    this.ctx.rooms.add(this);
    const { options, chargedTo } = readOptions(given);
    try {
      await this.create(options);
    } catch (e) {
      this.ctx.rooms.delete(this);
      // A game refused (its scenario, its seats) is not one of the address's games of the hour.
      if (chargedTo !== undefined) this.ctx.hostLimit.giveBack(chargedTo);
      throw e;
    }
  }

  private async create(options: unknown): Promise<void> {
    this.autoDispose = false;
    this.maxClients = 200;
    const host = hostOptionsSchema.safeParse(options);
    const teacher = teacherOptionsSchema.safeParse(options);
    const restore = (options as { restore?: unknown } | null)?.restore;
    if (host.success) {
      if (this.ctx.rooms.size > this.ctx.maxRooms) throw new Error(serverFull(this.ctx.maxRooms));
      this.host(host.data.host);
      // Its new log is in this process's folder: a reopening next week must come here (logOwners.ts;
      // the logs already in the folder are recorded when the process starts).
      await recordLogOwner([this.code]);
    } else if (teacher.success) await this.reopen(teacher.data.code, teacher.data.teacherToken);
    else if (typeof restore === 'string' && this.ctx.restoring.delete(restore)) this.load(restore);
    else throw new Error(host.error.issues[0] ? `cannot host this game: ${host.error.issues[0].path.join('.')}: ${host.error.issues[0].message}` : 'cannot host this game');
    // Joining by code: the matchmaker finds the room by this listing field (filterBy(['code'])).
    this.listing.code = this.code;
    this.listen();
    this.clock.setInterval(() => this.closeIfIdle(), Math.min(60_000, Math.max(250, this.ctx.idleMs / 4)));
  }

  /** Since when nobody has been connected to the room or waited for (null: someone is), set as clients come and go. */
  private emptySince: number | null = Date.now();
  /** Dropped clients whose places are kept for them to come back (onLeave). */
  private awaited = 0;

  private noteOccupancy(): void {
    if (this.clients.length > 0 || this.awaited > 0) this.emptySince = null;
    else this.emptySince ??= Date.now();
  }

  private closeIfIdle(): void {
    this.noteOccupancy();
    if (this.emptySince !== null && !this.game.ended && Date.now() - this.emptySince >= this.ctx.idleMs) this.closeForNow();
  }

  private host(options: HostRequest): void {
    const source = 'id' in options.scenario ? shippedScenario(options.scenario.id) : { fileName: options.scenario.fileName?.replace(/[^\w.-]/g, '_') || 'class.yaml', text: options.scenario.yaml };
    if (source === null) throw new Error(`there is no scenario "${(options.scenario as { id: string }).id}" on this server`);
    const built = indexFromSource(source);
    if (!built.ok) throw new Error(`the scenario cannot be played: ${built.error}`);
    const index = built.index;
    const actors = options.seats ?? index.scenario.actors.map((a) => a.id);
    const seats = Object.fromEntries(actors.map((a) => [a, 'person' as const]));
    const seatIssue = seatsProblem(index, seats);
    if (seatIssue) throw new Error(seatIssue);
    let code = newJoinCode();
    while (this.ctx.store.exists(code)) code = newJoinCode();
    this.hostToken = newToken();
    const header: RoomHeader = { t: 'room', code, teacherTokenHash: hashToken(this.hostToken), scenario: { ...source, hash: index.hash }, seed: options.seed, seats, turnSeconds: options.turnSeconds ?? 0, computer: options.computer ?? 'greedy' };
    this.ctx.store.create(header);
    this.code = code;
    this.game = this.newGame(header);
  }

  private async reopen(code: string, token: string): Promise<void> {
    if (!this.ctx.store.exists(code)) throw new Error(`there is no game with the code ${code} on this server`);
    const open = await matchMaker.query({ name: CLASS_ROOM, code });
    if (open.length > 0) throw new Error(`the game ${code} is open: join it`);
    this.load(code);
    if (!this.game.isTeacher(token)) throw new Error('this is not the teacher\'s token for that game');
    this.ctx.store.append(code, { t: 'opened' });
  }

  private load(code: string): void {
    const [header, ...lines] = this.ctx.store.read(code);
    this.code = code;
    this.game = this.newGame(header as RoomHeader);
    this.game.restore(lines);
  }

  private newGame(header: RoomHeader): ClassGame {
    const built = indexFromSource(header.scenario, header.scenario.hash);
    if (!built.ok) throw new Error(`the room's scenario cannot be read back: ${built.error}`);
    return new ClassGame(header, built.index, (line) => this.ctx.store.append(header.code, line), {
      accepted: (a) => this.broadcast('accepted', a),
      note: (n) => this.broadcast('note', n),
      lobby: () => this.broadcast('lobby', this.game.roster.lobby()),
      clock: () => this.broadcast('clock', this.game.clock()),
      ended: (reason) => {
        this.broadcast('ended', { reason });
        // Nobody needs an ended game once its clients have gone (they keep their records).
        this.autoDispose = true;
      },
    }, { think: (job) => this.ctx.computerThread.decide(job) });
  }

  override onJoin(client: Client, given: unknown): void {
    const { options } = readOptions(given);
    let who: Who;
    let token: string;
    const teacher = teacherOptionsSchema.safeParse(options);
    if (this.hostToken !== null && hostOptionsSchema.safeParse(options).success) {
      who = { role: 'teacher', memberId: 'teacher', limit: messageLimit() };
      token = this.hostToken;
      this.hostToken = null;
    } else if (teacher.success) {
      if (!this.game.isTeacher(teacher.data.teacherToken)) throw new Error('this is not the teacher\'s token for that game');
      who = { role: 'teacher', memberId: 'teacher', limit: messageLimit() };
      token = teacher.data.teacherToken;
    } else {
      const student = studentOptionsSchema.safeParse(options);
      if (!student.success) throw new Error(`cannot join: ${student.error.issues[0]?.path.join('.') || 'options'}: ${student.error.issues[0]?.message}`);
      const joined = this.game.join(student.data.name, student.data.memberToken);
      who = { role: 'student', memberId: joined.member.id, limit: messageLimit() };
      token = joined.token;
    }
    client.userData = who;
    this.tell(client, 'welcome', this.welcome(who, token));
    this.refreshConnections();
    this.noteOccupancy();
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.refreshConnections();
    if (consented || this.game.ended) return this.noteOccupancy();
    this.awaited++;
    try {
      // The seat waits for its student: a dropped client that comes back gets everything again.
      const back = await this.allowReconnection(client, this.ctx.reconnectSeconds);
      const who = back.userData as Who;
      this.tell(back, 'welcome', this.welcome(who, null));
      this.refreshConnections();
    } catch {
      // Gone for good: the seat still waits (or the teacher gives it to the computer).
    } finally {
      this.awaited--;
      this.noteOccupancy();
    }
  }

  override onDispose(): void {
    this.ctx.rooms.delete(this);
    this.game?.dispose();
    if (this.code) this.ctx.store.release(this.code);
  }

  private refreshConnections(): void {
    const connected = new Set(this.clients.map((c) => (c.userData as Who | undefined)?.memberId));
    for (const member of this.game.roster.members.values()) this.game.setConnected(member.id, connected.has(member.id));
  }

  private welcome(who: Who, token: string | null): Welcome {
    const game = this.game;
    const member = game.roster.members.get(who.memberId);
    return {
      role: who.role,
      code: this.code,
      memberId: who.memberId,
      memberToken: who.role === 'student' ? token : null,
      ...(who.role === 'teacher' && token !== null ? { teacherToken: token } : {}),
      seat: member?.seat ?? null,
      scenario: game.header.scenario,
      seed: game.header.seed,
      seats: game.header.seats,
      computer: game.header.computer,
      player: game.player,
      events: game.accepted,
      notes: game.notes,
      lobby: game.roster.lobby(),
      clock: game.clock(),
      ended: game.ended,
    };
  }

  private tell<T extends ServerMessageType>(client: Client, type: T, message: ServerMessage<T>): void {
    client.send(type, message);
  }

  private refuse(client: Client, id: string | null, reason: string): void {
    this.tell(client, 'refused', { id, reason });
  }

  // ---- messages ------------------------------------------------------------------------------------

  private listen(): void {
    this.on('event', (client, who, m) => this.game.submit(who.memberId, m.id, m.event));
    this.on('suggest', (client, who, m) => this.suggest(client, who, m));
    this.on('takeSeat', (client, who, m) => this.seatDone(client, m.id, who.role === 'teacher' ? 'the teacher does not take a seat' : this.game.takeSeat(who.memberId, m.actor)));
    this.on('leaveSeat', (client, who, m) => {
      this.game.leaveSeat(who.memberId);
      return this.seatDone(client, m.id, null);
    });
    this.on('teacher', (client, who, m) => {
      if (!this.game.isTeacher(m.token)) return 'only the teacher may do that (the teacher\'s token is needed)';
      const { id, token: _token, ...action } = m;
      if (action.action === 'closeForNow') {
        this.closeForNow();
        this.tell(client, 'done', { id });
        return null;
      }
      const refusal = this.game.teacher(action);
      if (refusal === null) this.tell(client, 'done', { id });
      return refusal;
    });
    this.onMessage('*', (client, type) => {
      if (!Object.hasOwn(clientMessageSchemas, String(type))) this.refuse(client, null, `unknown message type "${String(type).slice(0, 40)}"`);
    });
  }

  /**
   * Registers a handler that sees only checked messages from joined clients within their rate; it
   * returns the reason of a refusal (sent to that client alone) or null.
   */
  private on<T extends ClientMessageType>(type: T, handle: (client: Client, who: Who, message: ClientMessage<T>) => string | null | undefined | void): void {
    this.onMessage(type, (client: Client, raw: unknown) => {
      const who = client.userData as Who | undefined;
      if (!who) return;
      const id = messageIdOf(raw);
      if (!who.limit.take()) return this.refuse(client, id, 'too many messages: wait a moment');
      const read = readClientMessage(type, raw);
      if (!read.ok) return this.refuse(client, id, read.reason);
      let refusal: string | null | undefined | void;
      try {
        refusal = handle(client, who, read.value);
      } catch (e) {
        console.error(`class room ${this.code}: ${type} failed:`, e);
        refusal = 'the server could not do that (its error is in its log)';
      }
      if (typeof refusal === 'string') this.refuse(client, id, refusal);
    });
  }

  private seatDone(client: Client, id: string, refusal: string | null): string | null {
    if (refusal === null) this.tell(client, 'done', { id, seat: this.game.roster.members.get((client.userData as Who).memberId)?.seat ?? null });
    return refusal;
  }

  private suggest(client: Client, who: Who, m: ClientMessage<'suggest'>): string | null {
    const member = this.game.roster.members.get(who.memberId);
    if (!member?.seat) return 'take a seat first';
    const seat = member.seat;
    const crisis = openCrisis(this.game.session.game())?.crisis ?? null;
    const problem = suggestionProblem(this.game.index, m.event, seat, this.game.player, (actor) => this.game.seatName(actor), crisis);
    if (problem !== null) return problem;
    for (const other of this.clients) {
      const otherSeat = this.game.roster.members.get((other.userData as Who | undefined)?.memberId ?? '')?.seat;
      if (otherSeat === seat) this.tell(other, 'suggestion', { from: member.name, seat, event: m.event });
    }
    return null;
  }

  /**
   * The end of a lesson (the teacher's, or nobody connected for a long while): the log says so,
   * everyone is told, and the room goes; its log stays for the teacher to open it again.
   */
  private closeForNow(): void {
    this.game.teacher({ action: 'closeForNow' });
    this.ctx.store.append(this.code, { t: 'closed' });
    this.broadcast('ended', { reason: 'closed' });
    setTimeout(() => void this.disconnect(), 50);
  }
}
