// A game record: engine version, scenario id and content hash, seed, the seats, every seat's events
// and the checksum after every turn. Record files are untrusted input: validated before use.
// Format 2 adds the seats and the seat events (SEAT_ANSWER, SEAT_MOVE, SEAT_OFFER, ANSWER_OFFER,
// SEAT_CRISIS_REPLY, SEAT_ROUND; `by` on an event the computer decided for a class game's person,
// the player's own or another state's);
// a game without them is still written as format 1, which every version reads.
import { CHECKSUM_SCHEMES, type ChecksumScheme } from '../engine/checksum';
import { EVENT_SEAT_HOLDERS, STAND_IN_BOTS } from '../engine/seatHolders';
import { findJsonSyntaxError } from '../scenario/jsonSyntax';
import { MAX_DEPTH, TOO_DEEP } from '../scenario/limits';
import { z } from '../scenario/zod';
import { firstBadKey, nestedDeeperThan, offsetOfPath } from './jsonLocations';
import { recordMessages, recordProblems } from './recordIssues';
import { renderPath } from '../scenario/errors';
import { quote } from '../scenario/quote';
import { seedProblem } from './seed';
import { standInOf } from '../machines/events';
import { playerNameProblem } from './playerName';
import { cutOffRecord, EMPTY_FILE, textNotRecord } from './recordFileWords';

/** The bot that decided for a class game's person nobody was deciding for (the room's computer), if one did. */
const standIn = z.enum(STAND_IN_BOTS).optional();

export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('PROPOSE'), option: z.string().max(64), by: standIn }),
  z.strictObject({ type: z.literal('WITHDRAW'), option: z.string().max(64) }),
  z.strictObject({ type: z.literal('END_TURN'), by: standIn }),
  z.strictObject({ type: z.literal('TAKE_COUNTER'), by: standIn }),
  z.strictObject({ type: z.literal('DECLINE_COUNTER'), by: standIn }),
  z.strictObject({ type: z.literal('COUNTER_BACK'), by: standIn }),
  z.strictObject({ type: z.literal('ANSWER_CRISIS'), answer: z.string().max(64), by: standIn }),
  z.strictObject({ type: z.literal('SEAT_ANSWER'), actor: z.string().max(64), answer: z.enum(['accept', 'reject', 'counter']), by: standIn }),
  z.strictObject({ type: z.literal('SEAT_MOVE'), actor: z.string().max(64), move: z.string().max(64).nullable(), by: standIn }),
  z.strictObject({ type: z.literal('SEAT_OFFER'), actor: z.string().max(64), offer: z.string().max(64).nullable(), by: standIn }),
  z.strictObject({ type: z.literal('ANSWER_OFFER'), take: z.boolean(), by: standIn }),
  z.strictObject({ type: z.literal('SEAT_CRISIS_REPLY'), actor: z.string().max(64), reply: z.enum(['back-down', 'hold', 'escalate']), by: standIn }),
  z.strictObject({ type: z.literal('SEAT_ROUND'), actor: z.string().max(64), answer: z.enum(['accept', 'hold', 'walk-away']), by: standIn }),
]);

/** How a record's checksums were computed: a record that names no scheme was made with the first, 'text'. */
export const checksumSchemeOf = (record: Pick<GameRecord, 'checksumScheme'>): ChecksumScheme => record.checksumScheme ?? 'text';

export const RECORD_FORMAT = 'pivot-east-record/1';
/** Records with seats or seat events. */
export const RECORD_FORMAT_SEATS = 'pivot-east-record/2';
const FORMAT_1_EVENTS: readonly string[] = ['PROPOSE', 'WITHDRAW', 'END_TURN', 'TAKE_COUNTER', 'DECLINE_COUNTER', 'COUNTER_BACK', 'ANSWER_CRISIS'];

/** Actor id → who held its seat: a bot or a person (actors left out were played by the rules). */
const seatsSchema = z.record(z.string().max(64), z.enum(EVENT_SEAT_HOLDERS)).check((ctx) => {
  if (Object.keys(ctx.value).length > 16) ctx.issues.push({ code: 'custom', message: 'at most 16 seats', input: ctx.value });
});

export const recordSchema = z.strictObject({
  format: z.enum([RECORD_FORMAT, RECORD_FORMAT_SEATS]),
  engineVersion: z.string().max(32),
  scenario: z.strictObject({ id: z.string().max(64), hash: z.string().regex(/^[0-9a-f]{16}$/), title: z.string().max(200) }),
  // The one seed rule, so that every seed `play` accepts is read back here.
  seed: z.string().check((ctx) => {
    const problem = seedProblem(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
  seats: seatsSchema.optional(),
  events: z.array(eventSchema).max(10_000),
  // How the checksums were computed (src/engine/checksum.ts); see checksumSchemeOf.
  checksumScheme: z.enum(CHECKSUM_SCHEMES).optional(),
  checksums: z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(100),
  result: z.strictObject({ ending: z.string().max(64), score: z.number().int(), turns: z.number().int() }).nullable(),
  // A class game's notes (docs/class-server.md): "the teacher ended turn 3 now", before event `atEvent`.
  // Text for people: replaying the game reads none of it; the replay screen shows each on its turn.
  notes: z.array(z.strictObject({ atEvent: z.number().int().min(0), text: z.string().max(200) })).max(1000).optional(),
  // The name the player put on the record when downloading it (src/app/playerName.ts), for the
  // teacher's class view. Text for people, outside the checksums like the notes.
  playerName: z
    .string()
    .check((ctx) => {
      const problem = playerNameProblem(ctx.value);
      if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    })
    .optional(),
}).check((ctx) => {
  const r = ctx.value;
  const lateNote = r.notes?.findIndex((n) => n.atEvent > r.events.length) ?? -1;
  if (lateNote >= 0) ctx.issues.push({ code: 'custom', path: ['notes', lateNote, 'atEvent'], message: `a note placed after the record's last event (${r.events.length})`, input: r.notes![lateNote] });
  // Format 1 knows neither seats nor seat events: such a file was changed by hand or by another program.
  if (r.format !== RECORD_FORMAT) return;
  if (r.seats !== undefined) ctx.issues.push({ code: 'custom', path: ['seats'], message: `seats are kept in records of format "${RECORD_FORMAT_SEATS}", not "${RECORD_FORMAT}"`, input: r.seats });
  const i = r.events.findIndex((e) => !FORMAT_1_EVENTS.includes(e.type));
  if (i >= 0) ctx.issues.push({ code: 'custom', path: ['events', i, 'type'], message: `${r.events[i]!.type} is an event of records of format "${RECORD_FORMAT_SEATS}", not "${RECORD_FORMAT}"`, input: r.events[i] });
  const by = r.events.findIndex((e) => standInOf(e) !== undefined);
  if (by >= 0) ctx.issues.push({ code: 'custom', path: ['events', by, 'by'], message: `an event decided by the computer for a class game's player is kept in records of format "${RECORD_FORMAT_SEATS}", not "${RECORD_FORMAT}"`, input: r.events[by] });
});

export type GameRecord = z.infer<typeof recordSchema>;

export const MAX_RECORD_BYTES = 2 * 1024 * 1024;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Text that does not even begin as JSON's brackets or a quoted text, and is readable (no control characters in its start). */
// eslint-disable-next-line no-control-regex
const isPlainText = (start: string) => !/^["{[]/.test(start) && !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(start.slice(0, 200));

/**
 * Parses a record's text; never throws. `fromFile`: the text is a file the player has, whose
 * problems say their line; false for a record this browser kept (a save), whose lines are nobody's.
 */
export function parseRecord(text: string, fromFile = true): { ok: true; record: GameRecord } | { ok: false; error: string } {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, error: `the file is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; a game record is much smaller` };
  if (text.trim() === '') return { ok: false, error: EMPTY_FILE };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // JSON.parse's words and positions differ between browsers: the scanner's line and plain words instead.
    const found = findJsonSyntaxError(text);
    const start = text.trimStart();
    // A record's braces opened and never closed: the end of the file is missing, not a mistake in it.
    if (start.startsWith('{') && found?.cutOff) return { ok: false, error: cutOffRecord(lineAt(text, text.trimEnd().length)) };
    // Words, not JSON at all (a note sent instead of the file): what they begin with.
    if (isPlainText(start)) return { ok: false, error: textNotRecord(start) };
    const where = found ? `line ${lineAt(text, found.offset)}: ${found.message}` : (e as Error).message;
    return { ok: false, error: `the file is not JSON (${where})` };
  }
  const lineWords = (offset: number | null) => (fromFile && offset !== null ? `line ${lineAt(text, offset)}: ` : '');
  // A record 5,000 brackets deep overflowed the stack of the checks below (every reader of records hung or failed).
  const deep = nestedDeeperThan(text, MAX_DEPTH);
  if (deep !== undefined) return { ok: false, error: `${lineWords(deep)}${TOO_DEEP}; a game record nests a few levels` };
  // JSON.parse keeps the last of two equal keys: what a person reads in the file would not be what is replayed.
  const bad = firstBadKey(text);
  if (bad) {
    const field = quote(String(bad.path.at(-1)));
    const problem = bad.repeated ? `the field ${field} is written twice; a record says each thing once` : `${field} is not a field of a record`;
    return { ok: false, error: `not a Pivot East game record: ${lineWords(bad.offset)}${renderPath(bad.path)}: ${problem}` };
  }
  const parsed = recordSchema.safeParse(data, { error: recordMessages });
  if (!parsed.success) {
    const problems = recordProblems(recordSchema, eventSchema, data, parsed.error.issues);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
    // The first problem's line (each would cost a pass over the text, and only the first is shown).
    const first = problems[0]!;
    const at = fromFile ? offsetOfPath(text, first.key === undefined ? first.path : [...first.path, first.key], first.key !== undefined) : null;
    return { ok: false, error: `not a Pivot East game record: ${lineWords(at)}${first.text}${more}` };
  }
  return { ok: true, record: parsed.data };
}
