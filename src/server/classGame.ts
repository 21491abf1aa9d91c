// One class game, authoritative: the game session, who holds which seat, the computer for the
// seats nobody plays (the greedy bot or the expert, as the header says), the turn timer and the
// teacher's decisions. Every change is written to the room's log before anyone hears of it, and a
// log read back rebuilds the same game. Knows nothing of Colyseus: the room (classRoom.ts)
// connects it to the clients.
import { distinctName } from './distinctName';
import { inSentence, type ScenarioIndex, possessive } from '../engine';
import { standInOf, type PlayerEvent } from '../machines/events';
import { phaseOf, startSession, type GameSession } from '../app/session';
import { seatOfEvent, type Accepted, type Clock, type EventSource, type Note, type TeacherAction } from '../net/protocol';
import { clockHold } from '../net/clockHold';
import { byComputer, ComputerSeats, waitingSeat } from './computerSeat';
import { LaterDecision, type Think } from './laterDecision';
import type { LogLine, RoomHeader } from './roomLog';
import { SeatRoster, type Member } from './seatRoster';
import { hashToken, newToken, tokenMatches } from './secrets';
import { realSchedule, TurnTimer, type Schedule } from './turnTimer';

export type EndReason = 'over' | 'teacher';

/** What the room tells the clients about; called after the change is in the log. */
export interface ClassGameOutput {
  accepted(accepted: Accepted): void;
  note(note: Note): void;
  lobby(): void;
  clock(): void;
  ended(reason: EndReason): void;
}

export interface ClassGameOptions {
  /** The turn timer's clock, and the later tick in which the expert decides here (tests run them by hand). */
  schedule?: Schedule;
  /** Where the expert decides instead of a later tick of this thread: the server's computer thread (computerThread.ts). */
  think?: Think;
  /** The turn timer's clock (Date.now): the room's log keeps when a turn's time ends on it. */
  now?: () => number;
}

/** Guards the loops that let the computer play: a game is far shorter. */
const MAX_STEPS = 10_000;

export class ClassGame {
  readonly session: GameSession;
  readonly accepted: Accepted[] = [];
  readonly notes: Note[] = [];
  readonly roster: SeatRoster;
  started = false;
  paused = false;
  ended: EndReason | null = null;
  turnSeconds: number;
  /** "member:message id" → the event's seq: a message sent twice is accepted once. */
  private readonly acceptedIds = new Map<string, number>();
  private readonly computer: ComputerSeats;
  private readonly timer: TurnTimer;
  /** The expert's decisions, out of the present tick. */
  private readonly later: LaterDecision;
  private timedTurn = -1;
  /** The turn timer as the log last left it: a turn's time goes on after a restart or a reopening, not afresh. */
  private loggedClock: Extract<LogLine, { t: 'clock' }> | null = null;
  /** Turns whose checksum an accepted event has carried. */
  private turnsChecked = 0;
  private replaying = false;

  constructor(readonly header: RoomHeader, readonly index: ScenarioIndex, private readonly write: (line: Exclude<LogLine, RoomHeader>) => void, private readonly out: ClassGameOutput, options: ClassGameOptions = {}) {
    this.session = startSession(index, header.seed, { seats: header.seats, botsAnswer: false });
    const seats = new Map<string, string>([[this.player, index.scenario.player.name]]);
    for (const actor of Object.keys(header.seats)) seats.set(actor, index.actors.get(actor)?.name ?? actor);
    this.roster = new SeatRoster(seats, (actor) => inSentence(index, actor));
    this.turnSeconds = header.turnSeconds;
    this.computer = new ComputerSeats(header.seed, header.computer);
    const schedule = options.schedule ?? realSchedule;
    this.timer = new TurnTimer(() => this.timeUp(), schedule, options.now);
    this.later = new LaterDecision({
      think: options.think ?? null,
      schedule,
      decideHere: () => this.computer.decide(this.session),
      job: () => ({ scenario: header.scenario, seed: header.seed, seats: header.seats, computer: header.computer, events: this.session.events }),
      label: header.code,
    });
  }

  get player(): string {
    return this.index.scenario.player.id;
  }

  /** A seat's name inside a sentence (the refusals'). */
  seatName(actor: string): string {
    return this.roster.seats.has(actor) ? inSentence(this.index, actor) : actor;
  }

  /** Rebuilds the game from its log (the header left out); nothing is written or sent meanwhile. */
  restore(lines: readonly LogLine[]): void {
    this.replaying = true;
    try {
      for (const line of lines) this.replay(line);
    } finally {
      this.replaying = false;
    }
    // A paused turn keeps its time left, shown to the class, until the teacher resumes it.
    const kept = this.keptClock();
    if (kept !== null && this.paused && 'leftMs' in kept) {
      this.timedTurn = kept.turn;
      this.timer.hold(kept.leftMs);
      this.loggedClock = null;
    }
    this.afterChange();
  }

  private replay(line: LogLine): void {
    switch (line.t) {
      case 'event': {
        const refusal = this.session.send(line.event);
        if (refusal) throw new Error(`the log's event ${line.seq} was refused on replay: ${refusal.reason}`);
        const { t: _t, member, ...logged } = line as typeof line & { member?: string };
        // The turn's checksum as this version computes it: a log written before the present
        // checksum scheme (src/engine/checksum.ts) holds the first scheme's.
        const history = this.session.game().history;
        const accepted = logged.turnChecksum === undefined ? logged : { ...logged, turnChecksum: history[history.length - 1]!.checksum };
        this.accepted.push(accepted);
        this.turnsChecked = history.length;
        if (member !== undefined && accepted.id !== undefined) this.acceptedIds.set(`${member}:${accepted.id}`, accepted.seq);
        return;
      }
      case 'note':
        this.notes.push({ atEvent: line.atEvent, text: line.text });
        return;
      case 'member':
        this.roster.add({ id: line.id, name: line.name, tokenHash: line.tokenHash, seat: null, connected: false });
        return;
      case 'seat':
        if (line.actor === null) this.roster.leave(line.member);
        else this.roster.take(line.member, line.actor);
        return;
      case 'computer':
        if (line.on) this.roster.computer.add(line.actor);
        else this.roster.computer.delete(line.actor);
        return;
      case 'control':
        if (line.started !== undefined) this.started = line.started;
        if (line.paused !== undefined) this.paused = line.paused;
        if (line.turnSeconds !== undefined) this.turnSeconds = line.turnSeconds;
        return;
      case 'ended':
        this.ended = line.reason;
        return;
      case 'clock':
        this.loggedClock = line;
        return;
      default:
        return;
    }
  }

  private log(line: Exclude<LogLine, RoomHeader>): void {
    if (!this.replaying) this.write(line);
  }

  // ---- members and seats ------------------------------------------------------------------------

  /** A student joins, or comes back with the token of an earlier welcome (and so to their seat). */
  join(name: string, token?: string): { member: Member; token: string } {
    if (token !== undefined) {
      for (const member of this.roster.members.values()) if (tokenMatches(token, member.tokenHash)) return { member, token };
    }
    const fresh = newToken();
    const shown = distinctName(name, [...this.roster.members.values()].map((m) => m.name));
    const member: Member = { id: `m${this.roster.members.size + 1}`, name: shown, tokenHash: hashToken(fresh), seat: null, connected: false };
    this.roster.add(member);
    this.log({ t: 'member', id: member.id, name: shown, tokenHash: member.tokenHash });
    return { member, token: fresh };
  }

  setConnected(memberId: string, connected: boolean): void {
    const member = this.roster.members.get(memberId);
    if (!member || member.connected === connected) return;
    member.connected = connected;
    this.out.lobby();
  }

  takeSeat(memberId: string, actor: string): string | null {
    if (this.roster.members.get(memberId)?.seat === actor) return null;
    const refusal = this.roster.take(memberId, actor);
    if (refusal) return refusal;
    this.log({ t: 'seat', member: memberId, actor });
    this.out.lobby();
    return null;
  }

  leaveSeat(memberId: string): void {
    if (this.roster.members.get(memberId)?.seat == null) return;
    this.roster.leave(memberId);
    this.log({ t: 'seat', member: memberId, actor: null });
    this.out.lobby();
    this.afterChange();
  }

  // ---- events -------------------------------------------------------------------------------------

  /** A student's event for their seat: the reason it is refused (nothing changed), or null. */
  submit(memberId: string, id: string, event: PlayerEvent): string | null {
    const earlier = this.acceptedIds.get(`${memberId}:${id}`);
    if (earlier !== undefined) return `this message was already accepted (event ${earlier}); it is not applied twice`;
    if (this.ended) return 'the game is over';
    const held = clockHold({ started: this.started, paused: this.paused });
    if (held !== null) return held;
    const member = this.roster.members.get(memberId);
    if (!member?.seat) return 'take a seat first';
    // The record says a student decided: only the computer's own events name a bot.
    if (standInOf(event) !== undefined) return 'a student decides as a student: the event names no bot';
    const seat = seatOfEvent(event, this.player);
    if (seat !== member.seat) return `you hold ${possessive(this.seatName(member.seat))} seat: you cannot act for ${this.seatName(seat)}`;
    if (this.roster.computer.has(seat)) return `the teacher gave ${possessive(this.seatName(seat))} seat to the computer`;
    const submitter = this.roster.submitter(seat);
    if (submitter && submitter.id !== memberId) return `${submitter.name} submits for ${this.seatName(seat)}: send your idea as a suggestion`;
    const waiting = waitingSeat(this.session.snapshot(), this.player);
    // Said to the seat's own student.
    if (waiting !== seat) return `it is not your turn to decide: the game waits for ${waiting === null ? 'nothing' : this.seatName(waiting)}`;
    const refusal = this.session.send(event);
    if (refusal) return refusal.reason;
    this.record(event, 'student', id, memberId);
    this.afterChange();
    return null;
  }

  private record(event: PlayerEvent, by: EventSource, id?: string, member?: string): void {
    const history = this.session.game().history;
    const endedTurn = history.length > this.turnsChecked ? history[history.length - 1]!.checksum : undefined;
    this.turnsChecked = history.length;
    const accepted: Accepted = { seq: this.accepted.length, event, seat: seatOfEvent(event, this.player), by, ...(id === undefined ? {} : { id }), ...(endedTurn === undefined ? {} : { turnChecksum: endedTurn }) };
    this.accepted.push(accepted);
    if (id !== undefined && member !== undefined) this.acceptedIds.set(`${member}:${id}`, accepted.seq);
    this.log({ t: 'event', ...accepted, ...(member === undefined ? {} : { member }) });
    this.out.accepted(accepted);
  }

  /** The computer decides what the game waits for now; false when it could not. */
  private playComputer(by: EventSource): boolean {
    return this.playDecided(this.computer.decide(this.session), by);
  }

  /** Plays the computer's events for what the game waits for now; false when none was accepted. */
  private playDecided(events: readonly PlayerEvent[], by: EventSource): boolean {
    const before = this.accepted.length;
    const phase = phaseOf(this.session.snapshot());
    for (const made of events) {
      const event = byComputer(made, this.computer.player);
      if (this.session.send(event) !== null) break;
      this.record(event, by);
      // A counter-offer interrupts the plan (as in solo play with a bot).
      if (phase !== 'planning' || phaseOf(this.session.snapshot()) !== 'planning') break;
    }
    // A plan the bot could not finish (a student had begun it): the turn's planning ends.
    const end = this.endTurnByComputer();
    if (this.accepted.length === before && phase === 'planning' && this.session.send(end) === null) this.record(end, by);
    return this.accepted.length > before;
  }

  /** The end of Russia's planning when the room ends it, not a student: it names the computer. */
  private endTurnByComputer(): PlayerEvent {
    return byComputer({ type: 'END_TURN' }, this.computer.player);
  }

  /** After every change: the computer plays its seats, the game may end, a new turn gets its time. */
  private afterChange(): void {
    if (this.replaying) return;
    if (this.computer.player === 'expert') this.decideLater();
    else for (let step = 0; step < MAX_STEPS && this.computerWaitedFor(); step++) if (!this.playComputer('computer')) break;
    if (!this.ended && phaseOf(this.session.snapshot()) === 'over') this.end('over');
    this.timeTheTurn();
  }

  /** The game runs and waits for a seat the computer plays. */
  private computerWaitedFor(): boolean {
    if (!this.running()) return false;
    const seat = waitingSeat(this.session.snapshot(), this.player);
    return seat !== null && this.roster.playedByComputer(seat);
  }

  /**
   * The expert decides one thing at a time, out of the present tick (laterDecision.ts): a decision
   * takes a while (Russia's plan about half a second on 2019, up to 1.8 s), and meanwhile the room
   * sends what it accepted and hears its clients. A decision made for a game that has moved on
   * since (the teacher ended the turn, a student took the seat, a pause) is dropped, and asked
   * again if the computer is still waited for.
   */
  private decideLater(): void {
    if (this.later.busy || !this.computerWaitedFor()) return;
    const at = this.accepted.length;
    this.later.ask((events) => {
      if (this.accepted.length === at && this.computerWaitedFor()) this.playDecided(events, 'computer');
      this.afterChange();
    });
  }

  private running(): boolean {
    return this.started && !this.paused && this.ended === null;
  }

  // ---- the turn's time ----------------------------------------------------------------------------

  private timeTheTurn(): void {
    if (!this.running() || this.turnSeconds === 0) return;
    const turn = this.session.game().turn;
    if (turn === this.timedTurn) return;
    this.timedTurn = turn;
    // The turn's time as the log left it (the server restarted, the room was reopened): the time
    // left when it was closed for now, or what remains of it on the server's clock (the time the
    // server was down counts, as the lesson's clock went on); otherwise a whole turn.
    const kept = this.keptClock();
    this.loggedClock = null;
    const ms = kept === null ? this.turnSeconds * 1000 : 'leftMs' in kept ? kept.leftMs : Math.max(0, kept.endsAt - this.timer.now());
    this.timer.start(ms);
    this.logClock();
    this.out.clock();
  }

  /** The log's last word on the timer, if it is about the present turn and the turn is timed. */
  private keptClock(): Extract<LogLine, { t: 'clock' }> | null {
    const kept = this.loggedClock;
    return kept !== null && kept.turn === this.session.game().turn && this.turnSeconds > 0 ? kept : null;
  }

  /** Writes where the timer stands: when it ends while it runs, the time left while it holds. */
  private logClock(): void {
    const turn = this.session.game().turn;
    const endsAt = this.timer.endsAt();
    const left = this.timer.remainingMs();
    if (endsAt !== null) this.log({ t: 'clock', turn, endsAt });
    else if (left !== null) this.log({ t: 'clock', turn, leftMs: Math.round(left) });
  }

  private timeUp(): void {
    if (this.running()) this.endTurn(`Time was up on turn ${this.session.game().turn}: the computer decided what the turn still waited for.`);
  }

  /** The turn ends now: the computer decides, for every seat, what the game waits for until the next turn. */
  private endTurn(text: string): void {
    const turn = this.session.game().turn;
    this.addNote(text);
    for (let step = 0; step < MAX_STEPS && this.ended === null && this.session.game().turn === turn; step++) {
      if (waitingSeat(this.session.snapshot(), this.player) === null) break;
      // Russia's planning ends as it stands (the computer proposes nothing for the class); the
      // rest (answers, moves, offers, a counter-offer) is decided by the computer.
      if (phaseOf(this.session.snapshot()) === 'planning') {
        const end = this.endTurnByComputer();
        if (this.session.send(end) !== null) break;
        this.record(end, 'turnEnd');
      } else if (!this.playComputer('turnEnd')) break;
    }
    this.afterChange();
  }

  private addNote(text: string): void {
    const note: Note = { atEvent: this.accepted.length, text };
    this.notes.push(note);
    this.log({ t: 'note', ...note });
    this.out.note(note);
  }

  clock(): Clock {
    const remaining = this.timer.remainingMs();
    return { turnSeconds: this.turnSeconds, remainingMs: remaining === null ? null : Math.round(remaining), paused: this.paused, started: this.started };
  }

  // ---- the teacher ----------------------------------------------------------------------------------

  isTeacher(token: string): boolean {
    return tokenMatches(token, this.header.teacherTokenHash);
  }

  /** The teacher's decision (the token already checked): why it cannot be done, or null. */
  teacher(action: TeacherAction): string | null {
    if (this.ended && action.action !== 'closeForNow') return 'the game is over';
    switch (action.action) {
      case 'start':
        if (this.started) return 'the game has already started';
        this.started = true;
        this.log({ t: 'control', started: true });
        this.out.clock();
        break;
      case 'giveToComputer':
      case 'takeBack': {
        if (!this.roster.seats.has(action.actor)) return `"${action.actor}" is not a seat of this game`;
        const on = action.action === 'giveToComputer';
        if (this.roster.computer.has(action.actor) === on) return null;
        if (on) this.roster.computer.add(action.actor);
        else this.roster.computer.delete(action.actor);
        this.log({ t: 'computer', actor: action.actor, on });
        this.out.lobby();
        break;
      }
      case 'pause':
        if (this.paused) return null;
        this.paused = true;
        this.timer.pause();
        this.log({ t: 'control', paused: true });
        this.logClock();
        this.out.clock();
        return null;
      case 'resume':
        if (!this.paused) return null;
        this.paused = false;
        this.timer.resume();
        this.log({ t: 'control', paused: false });
        this.logClock();
        this.out.clock();
        break;
      case 'setTurnSeconds':
        this.turnSeconds = action.seconds;
        this.log({ t: 'control', turnSeconds: action.seconds });
        this.timer.stop();
        this.timedTurn = -1;
        this.loggedClock = null; // a new length: a whole turn of it
        this.out.clock();
        break;
      case 'endTurnNow':
        if (!this.started) return 'the game has not started yet';
        this.endTurn(`The teacher ended turn ${this.session.game().turn} now: the computer decided what the turn still waited for.`);
        return null;
      case 'endGame':
        this.end('teacher');
        return null;
      case 'closeForNow':
        // Reopened another day, the game waits, paused with the time its turn had left, until the
        // teacher resumes it: its clock ran from the reopening, while the students were still joining.
        if (this.running()) {
          this.paused = true;
          this.log({ t: 'control', paused: true });
        }
        this.timer.pause();
        this.logClock();
        this.timer.stop();
        return null;
    }
    this.afterChange();
    return null;
  }

  private end(reason: EndReason): void {
    this.ended = reason;
    this.timer.stop();
    this.log({ t: 'ended', reason });
    this.out.ended(reason);
  }

  dispose(): void {
    this.timer.stop();
    this.later.dispose();
  }
}
