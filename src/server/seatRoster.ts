// Who holds which seat in a class game. Several students may hold one seat: the first of them
// still connected submits its events, the others suggest. A seat nobody holds, or that the
// teacher gave to the computer, is played by the computer.
import type { Lobby } from '../net/protocol';
import { possessive } from '../engine/names';

export interface Member {
  id: string;
  name: string;
  tokenHash: string;
  seat: string | null;
  connected: boolean;
}

export class SeatRoster {
  readonly members = new Map<string, Member>();
  /** Seats the teacher gave to the computer. */
  readonly computer = new Set<string>();
  /** Each seat's members in the order they took it. */
  private readonly holders = new Map<string, string[]>();

  /** `seats`: actor id → name, the player's own seat first; `inSentence`: a seat's name inside a sentence (its refusals'). */
  constructor(
    readonly seats: ReadonlyMap<string, string>,
    private readonly inSentence: (actor: string) => string = (actor) => seats.get(actor) ?? actor,
  ) {
    for (const actor of seats.keys()) this.holders.set(actor, []);
  }

  add(member: Member): void {
    this.members.set(member.id, member);
  }

  /** Why the member cannot take the seat, or null once taken. */
  take(memberId: string, actor: string): string | null {
    const member = this.members.get(memberId);
    if (!member) return 'you are not in this game';
    if (!this.seats.has(actor)) return `"${actor}" is not a seat students may take in this game; the seats are ${[...this.seats.keys()].join(', ')}`;
    if (this.computer.has(actor)) return `the teacher gave ${possessive(this.inSentence(actor))} seat to the computer`;
    if (member.seat === actor) return null;
    this.leave(memberId);
    member.seat = actor;
    this.holders.get(actor)!.push(memberId);
    return null;
  }

  leave(memberId: string): void {
    const member = this.members.get(memberId);
    if (!member || member.seat === null) return;
    const list = this.holders.get(member.seat)!;
    list.splice(list.indexOf(memberId), 1);
    member.seat = null;
  }

  holdersOf(actor: string): Member[] {
    return (this.holders.get(actor) ?? []).map((id) => this.members.get(id)!);
  }

  /** The member whose events count for the seat: the first holder still connected. */
  submitter(actor: string): Member | null {
    return this.holdersOf(actor).find((m) => m.connected) ?? null;
  }

  playedByComputer(actor: string): boolean {
    return this.computer.has(actor) || this.holdersOf(actor).length === 0;
  }

  lobby(): Lobby {
    const seats = [...this.seats].map(([actor, name]) => ({
      actor,
      name,
      members: this.holdersOf(actor).map((m) => ({ id: m.id, name: m.name, connected: m.connected })),
      submitter: this.submitter(actor)?.id ?? null,
      computer: this.computer.has(actor),
      playedByComputer: this.playedByComputer(actor),
    }));
    const watchers = [...this.members.values()].filter((m) => m.seat === null && m.connected).length;
    return { seats, watchers };
  }
}
