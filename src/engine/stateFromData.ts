// A state that came as data — the structured clone a worker is sent — rebuilt in the engine's own
// shapes: every object as the rules make it (one literal each, in their field order), every list
// in the kind the rules make it in (lists.ts), the flags in a table without a prototype
// (entries.ts). A clone keeps the values but not the shapes: its lists and objects are of other
// kinds and hidden classes, so the advisor's worker, meeting both as its playthroughs went on,
// compiled its rules for one and threw the code away at the other. The log's entries are kept as
// they are (nothing hot reads them by shape).
import { actorCopy } from './actorCopy';
import { agreementAfter } from './agreementAfter';
import { crisisCopy } from './crisisCopy';
import { noEntries } from './entries';
import { numberListOf, objectListOf } from './lists';
import type { GameState } from './state';
import { copyState } from './stateCopy';

export function stateFromData(data: GameState): GameState {
  const s = copyState(data);
  s.rng = { c: data.rng.c, s0: data.rng.s0, s1: data.rng.s1, s2: data.rng.s2 }; // rng.ts's order
  s.tracks = numberListOf(data.tracks);
  s.actors = objectListOf(data.actors, actorCopy);
  const flags = noEntries<boolean>();
  for (const flag of Object.keys(data.flags)) flags[flag] = data.flags[flag]!;
  s.flags = flags;
  s.optionOpen = objectListOf(data.optionOpen);
  s.optionTimes = numberListOf(data.optionTimes);
  s.optionTries = numberListOf(data.optionTries);
  s.eventTimes = numberListOf(data.eventTimes);
  s.moveTimes = numberListOf(data.moveTimes);
  s.offerTimes = numberListOf(data.offerTimes);
  s.proposals = objectListOf(data.proposals, (p) => ({ option: p.option, cost: p.cost }));
  s.outcomes = objectListOf(data.outcomes, (o) => ({ option: o.option, actor: o.actor, result: o.result }));
  s.agreements = objectListOf(data.agreements, (a) => agreementAfter(a, a.turnsLeft, a.status));
  s.crises = objectListOf(data.crises, crisisCopy);
  s.pastLog = objectListOf(data.pastLog);
  s.turnLog = objectListOf(data.turnLog);
  s.history = objectListOf(data.history, (h) => ({ turn: h.turn, tracks: numberListOf(h.tracks), capital: h.capital, checksum: h.checksum }));
  s.ending = data.ending === null ? null : { id: data.ending.id, turn: data.ending.turn, score: data.ending.score };
  return s;
}
