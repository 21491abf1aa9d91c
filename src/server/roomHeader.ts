// The first line of a room's log: what the room was created with. Read back (a restart, another
// process with Redis, the teacher's next lesson), it is checked like any input, and every process
// that reopens the room builds the same game from it, the computer's way of playing included.
import { codeSchema, computerPlayerSchema } from '../net/protocol';
import { SEED_MAX_LENGTH } from '../app/seed';
import { z } from '../scenario/zod';

export const roomHeaderSchema = z.object({
  t: z.literal('room'),
  code: codeSchema,
  /** SHA-256 of the teacher's token (secrets.ts). */
  teacherTokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'not a token hash'),
  scenario: z.object({ fileName: z.string().min(1).max(200), text: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{16}$/, 'not a scenario hash') }),
  seed: z.string().min(1).max(SEED_MAX_LENGTH),
  /** The session's seats: every other state's seat a student may take, held by 'person'. */
  seats: z.record(z.string().min(1).max(64), z.literal('person')),
  turnSeconds: z.number().int().min(0).max(3600),
  /** How the computer plays its seats. Logs written before the teacher could choose have none: the greedy bot, as then. */
  computer: computerPlayerSchema.default('greedy'),
});

export type RoomHeader = z.output<typeof roomHeaderSchema>;

/** The header of a log, checked; the reason names the field. */
export function readRoomHeader(line: unknown): { ok: true; header: RoomHeader } | { ok: false; reason: string } {
  const parsed = roomHeaderSchema.safeParse(line);
  if (parsed.success) return { ok: true, header: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: `the room's header is not valid: ${issue.path.join('.') || 'header'}: ${issue.message}` };
}
