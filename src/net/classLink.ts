// A client's link to a class game: the connection (and its reconnection after a drop or a server
// restart), the local replica of the game built from the accepted events, and what the page shows.
// Works in the browser and in Node (colyseus.js); the server's messages are checked like any input.
import { Client, type Room } from 'colyseus.js';
import { startSession, type GameSession } from '../app/session';
import type { GameRecord } from '../app/record';
import type { Indexed } from './classScenario';
import { serverMessageSchemas, welcomeSchema, type Accepted, type Clock, type ComputerPlayer, type Lobby, type Note, type ServerMessage, type ServerMessageType, type Welcome } from './protocol';

export type Connection = 'connected' | 'reconnecting' | 'lost' | 'left';
export type Answer = { ok: true } | { ok: false; reason: string };

export interface Suggestion {
  from: string;
  seat: string;
  event: Accepted['event'];
}

/** What a class screen shows; a new object after every change. */
export interface ClassView {
  role: 'teacher' | 'student';
  code: string;
  memberId: string;
  /** The student's seat (actor id; the player's id for Russia's), or null. */
  seat: string | null;
  /** The player's own seat's id (Russia's). */
  player: string;
  /** How the computer plays its seats, as the teacher chose when hosting. */
  computer: ComputerPlayer;
  lobby: Lobby;
  /** `deadline`: this device's clock time when the turn's time is up (null: no timer, or paused). */
  clock: Clock & { deadline: number | null };
  notes: readonly Note[];
  ended: 'over' | 'teacher' | 'closed' | null;
  connection: Connection;
  /** Accepted events so far (the replica has applied them all). */
  events: number;
  /** Ideas from the other students on the same seat, newest last. */
  suggestions: readonly Suggestion[];
  /** The server's last refusal of a message not answered otherwise (an unknown type…). */
  lastRefusal: string | null;
  /** A problem the link cannot mend: the replica disagrees with the server, or the server is gone. */
  problem: string | null;
}

export interface LinkOptions {
  /** Give up reconnecting after this long (ms); a few minutes by default. */
  reconnectForMs?: number;
  /** Builds the game's scenario from the welcome's source; by default the loader reads its text. */
  findScenario?: FindScenario;
}

/** The scenario of the welcome: its text, file name and the server's hash of its content. */
export type FindScenario = (source: Welcome['scenario']) => Promise<Indexed>;

/** Reads the server's text with the scenario loader (its own chunk in the browser: the YAML parser and the checks). */
export const readScenarioText: FindScenario = async (source) => (await import('./classScenario')).indexFromSource(source, source.hash);

/** Joins again after the room was lost (a server restart): by code, with this link's token. */
export type Rejoin = (client: Client, memberToken: string) => Promise<Room>;

const SUGGESTIONS_KEPT = 20;
const storage = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

/** A random prefix for this link's message ids: ids stay unique for the member across reloads. */
function idPrefix(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class ClassLink {
  private room: Room;
  private welcomeData!: Welcome;
  private replica: GameSession | null = null;
  private readonly pending = new Map<string, { type: string; message: object; resolve: (a: Answer) => void }>();
  private readonly listeners = new Set<(view: ClassView) => void>();
  private readonly prefix = idPrefix();
  private counter = 0;
  private current!: ClassView;
  private leaving = false;
  private welcomed!: Promise<void>;
  private token = '';
  /** The server's messages, handled one after another: a welcome waits for its scenario, and what follows it waits too. */
  private inbox: Promise<void> = Promise.resolve();

  protected constructor(private readonly client: Client, room: Room, private readonly rejoin: Rejoin, private readonly options: LinkOptions) {
    this.room = room;
    this.bind(room);
  }

  /** Resolves once the server's welcome has arrived and the replica is built. */
  protected ready(): Promise<void> {
    return this.welcomed;
  }

  view(): ClassView {
    return this.current;
  }

  onChange(listener: (view: ClassView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The local replica of the game: the same events, so the same game, as the server's. */
  session(): GameSession {
    if (!this.replica) throw new Error('the game has not arrived yet');
    return this.replica;
  }

  /** The game's record, in the solo format (replayable offline), with the room's notes. */
  record(): GameRecord {
    const record = this.session().record();
    return this.current.notes.length > 0 ? { ...record, notes: this.current.notes.map((n) => ({ ...n })) } : record;
  }

  /** The scenario as the server sent it (its file name, text and hash): what rebuilds the game once the room is gone. */
  scenarioSource(): Welcome['scenario'] {
    return this.welcomeData.scenario;
  }

  /** The token that brings this member back (the teacher's token for the teacher). */
  get memberToken(): string {
    return this.token;
  }

  /** The server's id for this connection: the same after the room kept our place through a drop, a new one after joining again. */
  get connectionId(): string {
    return this.room.sessionId;
  }

  async leave(): Promise<void> {
    this.leaving = true;
    storage()?.removeItem(storageKey(this.current.code));
    for (const p of this.pending.values()) p.resolve({ ok: false, reason: 'you left the game' });
    this.pending.clear();
    // A room already closed (or being reconnected to) has nothing to leave.
    if (this.current?.connection === 'connected') await this.room.leave(true).catch(() => undefined);
    this.update({ connection: 'left' });
  }

  /** Sends a message that the server answers (accepted, done or refused) by its id. */
  protected request(type: string, message: object): Promise<Answer> {
    const id = `${this.prefix}-${++this.counter}`;
    const full = { ...message, id };
    return new Promise((resolve) => {
      this.pending.set(id, { type, message: full, resolve });
      if (this.current?.connection === 'connected') this.room.send(type, full);
    });
  }

  protected fire(type: string, message: object): void {
    if (this.current?.connection === 'connected') this.room.send(type, message);
  }

  // ---- the server's messages ------------------------------------------------------------------------

  private bind(room: Room): void {
    let resolveWelcome!: () => void;
    let rejectWelcome!: (e: Error) => void;
    this.welcomed = new Promise((res, rej) => ((resolveWelcome = res), (rejectWelcome = rej)));
    const on = <T extends ServerMessageType>(type: T, handle: (m: ServerMessage<T>) => void) =>
      room.onMessage(type, (raw: unknown) =>
        this.deliver(() => {
          const parsed = serverMessageSchemas[type].safeParse(raw);
          if (parsed.success) handle(parsed.data as ServerMessage<T>);
          else this.update({ problem: `the server sent a malformed ${type} message` });
        }),
      );
    room.onMessage('welcome', (raw: unknown) =>
      this.deliver(async () => {
        const parsed = welcomeSchema.safeParse(raw);
        const problem = parsed.success ? await this.welcome(parsed.data).catch((e: Error) => `the game's scenario cannot be read: ${e.message}`) : 'the server sent a malformed welcome';
        if (problem) {
          this.update({ problem });
          rejectWelcome(new Error(problem));
        } else resolveWelcome();
      }),
    );
    on('accepted', (a) => this.accepted(a));
    on('refused', (r) => {
      const waiting = r.id === null ? undefined : this.pending.get(r.id);
      if (waiting) {
        this.pending.delete(r.id!);
        waiting.resolve({ ok: false, reason: r.reason });
      } else this.update({ lastRefusal: r.reason });
    });
    on('done', (d) => {
      const waiting = this.pending.get(d.id);
      this.pending.delete(d.id);
      if (d.seat !== undefined) this.update({ seat: d.seat });
      waiting?.resolve({ ok: true });
    });
    on('lobby', (lobby) => this.update({ lobby, seat: seatIn(lobby, this.current.memberId) ?? (this.current.role === 'student' ? null : this.current.seat) }));
    on('clock', (clock) => this.update({ clock: withDeadline(clock) }));
    on('note', (note) => this.update({ notes: [...this.current.notes, note] }));
    on('ended', (e) => this.update({ ended: e.reason }));
    on('suggestion', (s) => this.update({ suggestions: [...this.current.suggestions, s].slice(-SUGGESTIONS_KEPT) }));
    room.onLeave(() => void this.dropped());
  }

  private deliver(handle: () => void | Promise<void>): void {
    this.inbox = this.inbox.then(handle).catch((e: Error) => this.update({ problem: `a message of the server could not be handled: ${e.message}` }));
  }

  /** The whole game so far (on joining, and again after a reconnection): the replica catches up. */
  private async welcome(w: Welcome): Promise<string | null> {
    const same = this.replica !== null && this.welcomeData.scenario.hash === w.scenario.hash && this.welcomeData.seed === w.seed && this.replica.events.length <= w.events.length;
    if (!same) {
      const built = await (this.options.findScenario ?? readScenarioText)(w.scenario);
      if (!built.ok) return `the game's scenario cannot be read: ${built.error}`;
      this.replica = startSession(built.index, w.seed, { seats: w.seats, botsAnswer: false });
    }
    this.welcomeData = w;
    for (const a of w.events.slice(this.replica!.events.length)) {
      const problem = this.apply(a);
      if (problem) return problem;
    }
    this.token = w.teacherToken ?? w.memberToken ?? this.token;
    storage()?.setItem(storageKey(w.code), this.token);
    const previous = this.current;
    this.current = {
      role: w.role,
      code: w.code,
      memberId: w.memberId,
      seat: w.seat,
      player: w.player,
      computer: w.computer,
      lobby: w.lobby,
      clock: withDeadline(w.clock),
      notes: w.notes,
      ended: w.ended,
      connection: 'connected',
      events: w.events.length,
      suggestions: previous?.suggestions ?? [],
      lastRefusal: null,
      problem: null,
    };
    // What was sent before a drop: accepted meanwhile, or sent again (the server accepts an id once).
    const acceptedIds = new Set(w.events.map((e) => e.id).filter((id) => id !== undefined));
    for (const [id, p] of this.pending) {
      if (acceptedIds.has(id)) {
        this.pending.delete(id);
        p.resolve({ ok: true });
      } else this.room.send(p.type, p.message);
    }
    this.emit();
    return null;
  }

  private accepted(a: Accepted): void {
    if (!this.replica || a.seq < this.replica.events.length) return; // already applied (a welcome held it)
    const problem = a.seq > this.replica.events.length ? `event ${a.seq} arrived before event ${this.replica.events.length}` : this.apply(a);
    if (problem) {
      this.update({ problem });
      return;
    }
    if (a.id !== undefined) {
      const waiting = this.pending.get(a.id);
      this.pending.delete(a.id);
      waiting?.resolve({ ok: true });
    }
    this.update({ events: this.replica.events.length });
  }

  private apply(a: Accepted): string | null {
    const refusal = this.replica!.send(a.event);
    if (refusal) return `this device's copy of the game refused the server's event ${a.seq} (${refusal.reason}): it no longer agrees with the server`;
    const history = this.replica!.game().history;
    if (a.turnChecksum !== undefined && history[history.length - 1]?.checksum !== a.turnChecksum) return `this device's copy of the game ended turn ${history.length} with another checksum than the server's`;
    return null;
  }

  // ---- drops and reconnection -----------------------------------------------------------------------

  private async dropped(): Promise<void> {
    if (this.leaving || this.current?.ended === 'closed') {
      this.update({ connection: 'left' });
      return;
    }
    this.update({ connection: 'reconnecting' });
    const until = Date.now() + (this.options.reconnectForMs ?? 5 * 60_000);
    const token = this.room.reconnectionToken;
    for (let attempt = 0, wait = 200; Date.now() < until && !this.leaving; attempt++, wait = Math.min(wait * 2, 3000)) {
      try {
        // The room kept our place (a network drop); after a server restart it is a new room: join by code.
        const room = attempt < 2 ? await this.client.reconnect(token) : await this.rejoin(this.client, this.memberToken);
        this.room = room;
        this.bind(room);
        await this.welcomed;
        return;
      } catch {
        await new Promise((r) => setTimeout(r, wait));
      }
    }
    if (!this.leaving) this.update({ connection: 'lost', problem: 'the connection to the class server was lost' });
  }

  private update(change: Partial<ClassView>): void {
    if (!this.current) return;
    this.current = { ...this.current, ...change };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

export const storageKey = (code: string) => `pivot-east-class:${code}`;

function seatIn(lobby: Lobby, memberId: string): string | null | undefined {
  for (const seat of lobby.seats) if (seat.members.some((m) => m.id === memberId)) return seat.actor;
  return undefined;
}

function withDeadline(clock: Clock): Clock & { deadline: number | null } {
  return { ...clock, deadline: clock.remainingMs === null || clock.paused ? null : Date.now() + clock.remainingMs };
}
