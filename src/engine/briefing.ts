// The briefing opens a turn: capital income, then the dated, conditional and random events.
import { countedOne } from './counts';
import { draft } from './draft';
import { objectList } from './lists';
import { applyEffects } from './effects';
import { clamp } from './intmath';
import { rollPercent } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { addModifierTerms, sumTerms } from './weigh';

export function beginTurn(state: GameState, index: ScenarioIndex): GameState {
  const next = draft(state);
  // The turn that ends goes to the log of turns past, once a turn rather than at every step;
  // concat, which allocates the list once: a spread grew it entry by entry (a greedy 2019 game
  // allocated 260.5 KB in the engine alone, 250.9 KB with concat).
  if (state.turnLog.length > 0) next.pastLog = state.pastLog.concat(state.turnLog);
  next.turnLog = objectList();
  next.turn += 1;
  next.proposals = objectList();
  next.outcomes = objectList();
  if (next.turn > 1) addIncome(next, index);
  fireEvents(next, index);
  return next;
}

function addIncome(state: GameState, index: ScenarioIndex): void {
  const { capital } = index.scenario;
  const terms = addModifierTerms([{ label: 'Income of the turn', value: capital.income, kind: 'base' }], state, index.capitalModifiers);
  const before = state.capital;
  const amount = sumTerms(terms);
  state.capital = clamp(before + amount, 0, capital.max);
  state.turnLog.push({ kind: 'income', turn: state.turn, amount, terms, changes: [{ target: 'capital', before, after: state.capital }] });
}

function fireEvents(state: GameState, index: ScenarioIndex): void {
  const { events } = index.scenario;
  for (let slot = 0; slot < events.length; slot++) {
    const event = events[slot]!; // the events' counts are in file order (counts.ts)
    if (event.at !== undefined && index.eventTurns.get(event.id) !== state.turn) continue;
    if (state.eventTimes[slot]! >= event.maxTimes) continue;
    if (!index.eventTests[slot]!(state)) continue;
    let roll: number | null = null;
    if (event.chance < 100) {
      const drawn = rollPercent(state.rng);
      state.rng = drawn.rng;
      roll = drawn.value;
      if (roll >= event.chance) continue;
    }
    state.eventTimes = countedOne(state.eventTimes, slot);
    const changes = applyEffects(state, index, event.effects);
    state.turnLog.push({ kind: 'event', turn: state.turn, event: event.id, roll, chance: event.chance, changes });
  }
}
