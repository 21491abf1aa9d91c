// The class server's messages, both ways, with their schemas. Network messages are untrusted:
// the room checks every client message against these (and a size limit) before looking at it;
// the client checks the server's too. Shared by the browser and Node: no Node built-ins here.
import { eventSchema } from '../app/record';
import { invisibleCharacter } from '../app/invisibleCharacters';
import { SEED_MAX_LENGTH, seedProblem } from '../app/seed';
import type { PlayerEvent } from '../machines/events';
import { z } from '../scenario/zod';

/** The Colyseus room type of a class game. */
export const CLASS_ROOM = 'class';

/**
 * The version of these messages, sent with every host and join: a page cached before a change to
 * them (2: seat events name the bot that decided, `by`) is told to reload instead of meeting
 * messages it cannot read ("the server sent a malformed accepted message").
 */
export const PROTOCOL = 2;

/** Why a client of another version is refused, in words it can show; null for this version. */
export function protocolProblem(version: unknown): string | null {
  if (version === PROTOCOL) return null;
  if (typeof version === 'number' && version > PROTOCOL) return 'the class server runs an older version of Pivot East than this page: ask the teacher to update the server';
  return 'this page is an older version of Pivot East than the class server: reload the page (or open the link again) to get the new one';
}

/** The options as the room's schemas read them: the version is checked apart (protocolProblem). */
export function withoutProtocol(options: unknown): unknown {
  if (options === null || typeof options !== 'object' || !('protocol' in options)) return options;
  const { protocol: _version, ...rest } = options as Record<string, unknown>;
  return rest;
}

/** A client message larger than this (as JSON) is refused unread; the socket refuses far larger frames. */
export const MAX_MESSAGE_BYTES = 4 * 1024;
/** The largest frame the server's socket reads at all (a host's scenario travels over HTTP, not here). */
export const MAX_FRAME_BYTES = 16 * 1024;
/** A teacher's own scenario text, sent when hosting. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** Join codes: 8 characters without look-alikes (no 0/O, 1/I/L, U/V). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const CODE_LENGTH = 8;
export const codeSchema = z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'a join code is 8 letters and digits');
/** Secrets (teacher token, member token): 32 hex digits from a cryptographic generator. */
export const tokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not a token');
const actorId = z.string().min(1).max(64);
/** How long a student's name may be (joinCode.ts checks it as typed; distinctName.ts keeps a numbered one within it). */
export const MAX_NAME_LENGTH = 40;
/** A name as the server sends it back (a room's log may hold one kept before the rule below). */
const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);
/** A name a student sends: no invisible character that would turn or hide the words around it on the others' screens. */
const typedName = name.superRefine((text, ctx) => {
  const invisible = invisibleCharacter(text);
  if (invisible) ctx.addIssue({ code: 'custom', message: `the name holds an invisible character (${invisible}) that would turn or hide the words around it; type the name again` });
});
/** The seed rule of solo play (seed.ts), in its words: a class game takes every seed a game alone takes. */
const seed = z.string().superRefine((text, ctx) => {
  const problem = seedProblem(text);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});
/** A seed as the server sends it back: the room's, whatever rule it was hosted under. */
const sentSeed = z.string().min(1).max(SEED_MAX_LENGTH);

// ---- joining (the options of Colyseus's create / join) ------------------------------------------

/**
 * How the computer plays a class game's seats (chosen by the teacher when hosting): the greedy bot
 * (quick), or the expert, which plays the future out before each decision (slower).
 */
export const COMPUTER_PLAYERS = ['greedy', 'expert'] as const;
export type ComputerPlayer = (typeof COMPUTER_PLAYERS)[number];
export const computerPlayerSchema = z.enum(COMPUTER_PLAYERS);

export const scenarioChoiceSchema = z.union([
  z.strictObject({ id: z.string().min(1).max(64) }),
  z.strictObject({ yaml: z.string().min(1).max(MAX_SCENARIO_BYTES), fileName: z.string().max(200).optional() }),
]);

export const hostOptionsSchema = z.strictObject({
  host: z.strictObject({
    scenario: scenarioChoiceSchema,
    seed,
    /** Seconds per turn; 0 or absent: no timer. */
    turnSeconds: z.number().int('the seconds per turn are a whole number').min(0, 'the seconds per turn are 0 (no timer) or more').max(3600, 'the seconds per turn are at most 3600 (an hour)').optional(),
    /** The other states' seats students may take (Russia's always may); all of them by default. */
    seats: z.array(actorId).max(16).optional(),
    /** How the computer plays its seats; greedy by default. */
    computer: computerPlayerSchema.optional(),
    name: typedName.optional(),
  }),
});
/** What the teacher hosts with (the create options' `host`). */
export type HostRequest = z.infer<typeof hostOptionsSchema>['host'];
/** The teacher reopens a closed game (next week's lesson) or comes back to an open one. */
export const teacherOptionsSchema = z.strictObject({ code: codeSchema, teacherToken: tokenSchema });
/** A student joins by code; `memberToken` (from an earlier welcome) brings back their seat. */
export const studentOptionsSchema = z.strictObject({ code: codeSchema, name: typedName, memberToken: tokenSchema.optional() });

// ---- client → server ----------------------------------------------------------------------------

export const teacherActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('giveToComputer'), actor: actorId }),
  z.strictObject({ action: z.literal('takeBack'), actor: actorId }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('setTurnSeconds'), seconds: z.number().int().min(0).max(3600) }),
  z.strictObject({ action: z.literal('endTurnNow') }),
  z.strictObject({ action: z.literal('endGame') }),
  z.strictObject({ action: z.literal('closeForNow') }),
]);
export type TeacherAction = z.infer<typeof teacherActionSchema>;

/** A message id chosen by the client: the answer (accepted or refused) names it. */
const messageId = z.string().min(1).max(40);

export const clientMessageSchemas = {
  event: z.strictObject({ id: messageId, event: eventSchema }),
  suggest: z.strictObject({ event: eventSchema }),
  takeSeat: z.strictObject({ id: messageId, actor: actorId }),
  leaveSeat: z.strictObject({ id: messageId }),
  teacher: z.strictObject({ id: messageId, token: tokenSchema }).and(teacherActionSchema),
} as const;
export type ClientMessageType = keyof typeof clientMessageSchemas;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessageSchemas)[T]>;

// ---- server → client ----------------------------------------------------------------------------

/** Who made an accepted event: the seat's student, the computer for the seat, or the turn's end. */
export const EVENT_SOURCES = ['student', 'computer', 'turnEnd'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export const acceptedSchema = z.strictObject({
  seq: z.number().int().min(0),
  event: eventSchema,
  /** The seat (actor id; the player's id for Russia's own events) the event is for. */
  seat: actorId,
  by: z.enum(EVENT_SOURCES),
  /** The client's message id, when a client's message was accepted. */
  id: messageId.optional(),
  /** The server's checksum of the turn this event ended: every replica checks its own against it. */
  turnChecksum: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});
export type Accepted = z.infer<typeof acceptedSchema>;

/** A note kept with the record: "the teacher ended turn 3 now", before the event at `atEvent`. */
export const noteSchema = z.strictObject({ atEvent: z.number().int().min(0), text: z.string().max(200) });
export type Note = z.infer<typeof noteSchema>;

export const memberSchema = z.strictObject({ id: z.string().max(40), name, connected: z.boolean() });
export const seatInfoSchema = z.strictObject({
  actor: actorId,
  name: z.string().max(200),
  members: z.array(memberSchema).max(64),
  /** The member who submits the seat's events (the first connected one); the others suggest. */
  submitter: z.string().max(40).nullable(),
  /** The teacher gave the seat to the computer. */
  computer: z.boolean(),
  /** The computer plays it now: given to the computer, or nobody holds it. */
  playedByComputer: z.boolean(),
});
export type SeatInfo = z.infer<typeof seatInfoSchema>;
export const lobbySchema = z.strictObject({ seats: z.array(seatInfoSchema).max(17), watchers: z.number().int().min(0) });
export type Lobby = z.infer<typeof lobbySchema>;

export const clockSchema = z.strictObject({
  turnSeconds: z.number().int().min(0),
  /** Milliseconds left in the turn when sent (null: no timer or paused). */
  remainingMs: z.number().int().nullable(),
  paused: z.boolean(),
  started: z.boolean(),
});
export type Clock = z.infer<typeof clockSchema>;

export const ENDED_REASONS = ['over', 'teacher', 'closed'] as const;
export const endedSchema = z.strictObject({ reason: z.enum(ENDED_REASONS) });

export const welcomeSchema = z.strictObject({
  role: z.enum(['teacher', 'student']),
  code: codeSchema,
  memberId: z.string().max(40),
  /** Keep it to come back to the seat; null after a reconnection (the client has it already). */
  memberToken: tokenSchema.nullable(),
  teacherToken: tokenSchema.optional(),
  seat: actorId.nullable(),
  scenario: z.strictObject({ fileName: z.string().max(200), text: z.string().max(MAX_SCENARIO_BYTES), hash: z.string().regex(/^[0-9a-f]{16}$/) }),
  seed: sentSeed,
  /** Actor id → 'person' for every other state's seat students may take (the session's seats). */
  seats: z.record(actorId, z.literal('person')),
  /** How the computer plays the seats nobody holds (and those given to it), as the teacher chose; a server from before the choice sends none (greedy). */
  computer: computerPlayerSchema.default('greedy'),
  player: actorId,
  events: z.array(acceptedSchema).max(10_000),
  notes: z.array(noteSchema).max(1000),
  lobby: lobbySchema,
  clock: clockSchema,
  ended: z.enum(ENDED_REASONS).nullable(),
});
export type Welcome = z.infer<typeof welcomeSchema>;

export const serverMessageSchemas = {
  welcome: welcomeSchema,
  accepted: acceptedSchema,
  refused: z.strictObject({ id: z.string().max(40).nullable(), reason: z.string().max(500) }),
  /** The answer to a message that is not an event (takeSeat, leaveSeat, teacher) when it was done. */
  done: z.strictObject({ id: messageId, seat: actorId.nullable().optional() }),
  lobby: lobbySchema,
  suggestion: z.strictObject({ from: name, seat: actorId, event: eventSchema }),
  clock: clockSchema,
  note: noteSchema,
  ended: endedSchema,
} as const;
export type ServerMessageType = keyof typeof serverMessageSchemas;
export type ServerMessage<T extends ServerMessageType> = z.infer<(typeof serverMessageSchemas)[T]>;

/** Checks a client message: its size, then its schema. The reason is for the sender. */
export function readClientMessage<T extends ClientMessageType>(type: T, message: unknown): { ok: true; value: ClientMessage<T> } | { ok: false; reason: string } {
  let size: number;
  try {
    size = JSON.stringify(message ?? null).length;
  } catch {
    return { ok: false, reason: 'the message cannot be read' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `the message is larger than ${MAX_MESSAGE_BYTES} bytes` };
  const parsed = clientMessageSchemas[type].safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `malformed ${type} message: ${issue.path.join('.') || 'message'}: ${issue.message}` };
  }
  return { ok: true, value: parsed.data as ClientMessage<T> };
}

/** The id a refusal names, if the malformed message had a readable one. */
export function messageIdOf(message: unknown): string | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 40 ? id : null;
}

/** The seat an event is for: a seat event's actor (SEAT_*), or the player's own seat (Russia's events, ANSWER_OFFER). */
export function seatOfEvent(event: PlayerEvent, player: string): string {
  return 'actor' in event ? event.actor : player;
}
