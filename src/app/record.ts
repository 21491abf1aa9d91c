// A game record: engine version, scenario id and content hash, seed, the player's events and
// the checksum after every turn. Record files are untrusted input: validated before use.
import { z } from '../scenario/zod';
import { recordMessages, recordProblems } from './recordIssues';
import { seedProblem } from './seed';

export const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('PROPOSE'), option: z.string().max(64) }),
  z.strictObject({ type: z.literal('WITHDRAW'), option: z.string().max(64) }),
  z.strictObject({ type: z.literal('END_TURN') }),
  z.strictObject({ type: z.literal('TAKE_COUNTER') }),
  z.strictObject({ type: z.literal('DECLINE_COUNTER') }),
  z.strictObject({ type: z.literal('COUNTER_BACK') }),
  z.strictObject({ type: z.literal('ANSWER_CRISIS'), answer: z.string().max(64) }),
]);

export const recordSchema = z.strictObject({
  format: z.literal('pivot-east-record/1'),
  engineVersion: z.string().max(32),
  scenario: z.strictObject({ id: z.string().max(64), hash: z.string().regex(/^[0-9a-f]{16}$/), title: z.string().max(200) }),
  // The one seed rule, so that every seed `play` accepts is read back here.
  seed: z.string().check((ctx) => {
    const problem = seedProblem(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
  events: z.array(eventSchema).max(10_000),
  checksums: z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(100),
  result: z.strictObject({ ending: z.string().max(64), score: z.number().int(), turns: z.number().int() }).nullable(),
});

export type GameRecord = z.infer<typeof recordSchema>;

export const MAX_RECORD_BYTES = 2 * 1024 * 1024;

/** Parses a record file's text; never throws. */
export function parseRecord(text: string): { ok: true; record: GameRecord } | { ok: false; error: string } {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, error: `the file is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; a game record is much smaller` };
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the file is not JSON: ${(e as Error).message}` };
  }
  const parsed = recordSchema.safeParse(data, { error: recordMessages });
  if (!parsed.success) {
    const problems = recordProblems(recordSchema, eventSchema, data, parsed.error.issues);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
    return { ok: false, error: `not a Pivot East game record: ${problems[0]}${more}` };
  }
  return { ok: true, record: parsed.data };
}
