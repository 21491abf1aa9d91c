// A share link (or a hash change) names a game while another is saved in this browser, which keeps
// only one: the player is asked before the saved game is replaced, never silently. A link to the
// very game that is saved (a reload before the link was cleared) resumes it.
import type { SharedGame } from './url';
import type { ReadSave } from './storage';

export type LinkChoice = 'replace' | 'keep';
export type LinkPlan = 'start' | 'resume' | 'keep';

/** The seats as one text whatever their order, for comparing: none is `{}`. */
const seatsKey = (seats: unknown) => JSON.stringify(Object.entries((seats ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));

/** True when the save is the game the link names (same scenario, seed and seats). */
export function isSameGame(save: ReadSave, shared: SharedGame): boolean {
  if (save.kind !== 'ok' || save.save.source.kind !== 'shipped' || save.save.source.id !== shared.scenario) return false;
  const record = save.save.record as { seed?: unknown; seats?: unknown };
  return record.seed === shared.seed && seatsKey(record.seats) === seatsKey(shared.seats);
}

/** What opening the link does: start its game, resume the save, or keep the save (the player said so). */
export async function planLink(shared: SharedGame, save: ReadSave, ask: (save: Exclude<ReadSave, { kind: 'none' }>) => Promise<LinkChoice>): Promise<LinkPlan> {
  if (save.kind === 'none') return 'start';
  if (isSameGame(save, shared)) return 'resume';
  return (await ask(save)) === 'replace' ? 'start' : 'keep';
}
