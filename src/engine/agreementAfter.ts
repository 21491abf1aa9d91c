// An agreement with a count of turns and a status: just made or its turn's work done
// (resolution.ts), or broken off (effects.ts). Written field by field in the agreement's own order
// (which the first checksum scheme hashes as text), with `middle` only when it was agreed: a spread
// of agreements of those two shapes took V8's slow path (with the exclusions read by slot, greedy
// engine games took 0.94 of the time, the advice 0.96; alternated in one process, 4 December).
import type { Agreement, AgreementTerms } from './state';

/** An agreement's terms, from its `countered` and `middle`: what the log says and the screens name it by. */
export const termsOf = (a: Pick<Agreement, 'countered' | 'middle'>): AgreementTerms => (a.middle ? 'middle' : a.countered ? 'counter' : 'as-proposed');

export function agreementAfter(a: Omit<Agreement, 'turnsLeft' | 'status'>, turnsLeft: number, status: Agreement['status']): Agreement {
  const next: Agreement = { option: a.option, actor: a.actor, madeTurn: a.madeTurn, startTurn: a.startTurn, turnsLeft, status, countered: a.countered };
  if (a.middle) next.middle = true;
  return next;
}
