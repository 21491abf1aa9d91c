// A crisis's triggers (`opensOn`: one, or a list of them), read the same way by the engine, the
// checker and the reports.
import type { ScenarioCrisis } from './schema';

export type CrisisTrigger = Exclude<ScenarioCrisis['opensOn'], readonly unknown[]>;

/** A crisis's triggers as a list, one or several. */
export const triggersOf = (crisis: Pick<ScenarioCrisis, 'opensOn'>): readonly CrisisTrigger[] => (Array.isArray(crisis.opensOn) ? crisis.opensOn : [crisis.opensOn as CrisisTrigger]);

/** A trigger as the file names it: `event thaad-question`, `option x`, `move china/y`. */
export const triggerText = (t: CrisisTrigger): string => ('event' in t ? `event ${t.event}` : 'option' in t ? `option ${t.option}` : `move ${t.move.actor}/${t.move.move}`);
