// The class game's client for the teacher's and the students' screens, `class-load` and the tests:
// host a game, join one by code, reopen a closed one. Each link keeps a replica of the game and
// reconnects by itself (classLink.ts).
import { Client, ErrorCode, type Room } from 'colyseus.js';
import type { PlayerEvent } from '../machines/events';
import { ClassLink, storageKey, type Answer, type LinkOptions } from './classLink';
import { CLASS_ROOM, PROTOCOL, type ComputerPlayer, type TeacherAction } from './protocol';

export type { Answer, ClassView, Connection, Suggestion } from './classLink';

export interface HostOptions extends LinkOptions {
  scenario: { id: string } | { yaml: string; fileName?: string };
  seed: string;
  /** Seconds per turn (0: no timer). */
  turnSeconds?: number;
  /** The other states' seats students may take; all by default (Russia's always). */
  seats?: string[];
  /** How the computer plays its seats: the greedy bot by default, or the expert (slower). */
  computer?: ComputerPlayer;
}

export interface JoinOptions extends LinkOptions {
  name: string;
  /** Brings back an earlier member (and their seat); by default the one this tab kept. */
  memberToken?: string;
}

type ActionWithout<K extends TeacherAction['action']> = Omit<Extract<TeacherAction, { action: K }>, 'action'>;

export class TeacherLink extends ClassLink {
  get code(): string {
    return this.view().code;
  }
  get teacherToken(): string {
    return this.memberToken;
  }
  /** Any teacher action, with the teacher's token. */
  act(action: TeacherAction): Promise<Answer> {
    return this.request('teacher', { token: this.teacherToken, ...action });
  }
  start = () => this.act({ action: 'start' });
  giveToComputer = (actor: string) => this.act({ action: 'giveToComputer', actor });
  takeBack = (actor: string) => this.act({ action: 'takeBack', actor });
  pause = () => this.act({ action: 'pause' });
  resume = () => this.act({ action: 'resume' });
  setTurnSeconds = (seconds: ActionWithout<'setTurnSeconds'>['seconds']) => this.act({ action: 'setTurnSeconds', seconds });
  endTurnNow = () => this.act({ action: 'endTurnNow' });
  endGame = () => this.act({ action: 'endGame' });
  closeForNow = () => this.act({ action: 'closeForNow' });

  static async open(client: Client, room: Room, options: LinkOptions): Promise<TeacherLink> {
    const link: TeacherLink = new TeacherLink(client, room, (c, token) => joinOrReopen(c, link.code, token), options);
    await link.ready();
    return link;
  }
}

export class StudentLink extends ClassLink {
  takeSeat = (actor: string) => this.request('takeSeat', { actor });
  leaveSeat = () => this.request('leaveSeat', {});
  /** Sends an event for this student's seat: accepted (every client applies it) or refused, and why. */
  send = (event: PlayerEvent) => this.request('event', { event });
  /** An idea for the seat's submitter (only that seat's members see it). */
  suggest = (event: PlayerEvent) => this.fire('suggest', { event });

  static async open(client: Client, room: Room, code: string, name: string, options: LinkOptions): Promise<StudentLink> {
    const rejoin = (c: Client, memberToken: string) => c.join(CLASS_ROOM, { code, name, memberToken, protocol: PROTOCOL });
    const link = new StudentLink(client, room, rejoin, options);
    await link.ready();
    return link;
  }
}

/** The teacher comes back to an open game, or reopens a closed one (next week's lesson). */
async function joinOrReopen(client: Client, code: string, teacherToken: string): Promise<Room> {
  try {
    return await client.join(CLASS_ROOM, { code, teacherToken, protocol: PROTOCOL });
  } catch (e) {
    // Only a game no process has open is reopened: an open game's refusal (a wrong token) is the answer.
    if ((e as { code?: number }).code !== ErrorCode.MATCHMAKE_INVALID_CRITERIA) throw e;
    return await client.create(CLASS_ROOM, { code, teacherToken, protocol: PROTOCOL });
  }
}

/** Hosts a new class game; the link's view has its join code. */
export async function hostClassGame(serverUrl: string, options: HostOptions): Promise<TeacherLink> {
  const client = new Client(serverUrl);
  const { reconnectForMs, findScenario, ...host } = options;
  const room = await client.create(CLASS_ROOM, { host, protocol: PROTOCOL });
  return TeacherLink.open(client, room, { reconnectForMs, findScenario });
}

/** Joins a class game by its code; a tab that joined before comes back as the same member. */
export async function joinClassGame(serverUrl: string, code: string, options: JoinOptions): Promise<StudentLink> {
  const client = new Client(serverUrl);
  const normalised = code.trim().toUpperCase();
  const memberToken = options.memberToken ?? (typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(storageKey(normalised)));
  const room = await client.join(CLASS_ROOM, { code: normalised, name: options.name, ...(memberToken ? { memberToken } : {}), protocol: PROTOCOL });
  return StudentLink.open(client, room, normalised, options.name, { reconnectForMs: options.reconnectForMs, findScenario: options.findScenario });
}

/** The teacher opens a game again with its code and token: an open one, or a closed one from storage. */
export async function openClassGame(serverUrl: string, code: string, teacherToken: string, options: LinkOptions = {}): Promise<TeacherLink> {
  const client = new Client(serverUrl);
  const room = await joinOrReopen(client, code.trim().toUpperCase(), teacherToken);
  return TeacherLink.open(client, room, options);
}

/** The link a student opens: the game's own page with the code. */
export const joinLink = (origin: string, code: string) => `${origin}/?class=${encodeURIComponent(code)}`;
