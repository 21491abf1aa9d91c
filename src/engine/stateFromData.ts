// A state that came as data — the structured clone a worker is sent — rebuilt in the engine's own
// shapes: every list in the kind the rules make it in (lists.ts), the objects in them that a clone
// gives other hidden classes (proposals, outcomes, agreements, crises, the turns' rows, the ending)
// as the rules' own literals, the flags in a table without a prototype (entries.ts). A clone keeps
// the values but not the shapes, so the advisor's worker, meeting both as its playthroughs went
// on, compiled its rules for one and threw the code away at the other. The actors' numbers and the
// generator's state come in the rules' classes already (a clone builds each key by key, in the
// literal's order: tests/engine/stateFromData.test.ts), and the log's entries are kept as they are
// (nothing hot reads them by shape).
import { agreementAfter } from './agreementAfter';
import { crisisCopy } from './crisisCopy';
import { noEntries } from './entries';
import { numberListOf, objectListOf } from './lists';
import type { GameState } from './state';
import { copyState } from './stateCopy';

export function stateFromData(data: GameState): GameState {
  const s = copyState(data);
  s.tracks = numberListOf(data.tracks);
  s.actors = objectListOf(data.actors);
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
