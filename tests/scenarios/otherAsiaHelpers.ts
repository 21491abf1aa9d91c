// What the claim tests of "Between China, the US and the Other Asia (2014–2019)" share beyond the
// generic claimHelpers: positions on a given turn, a "what if" copy of the scenario, and the
// scripted ways of playing (China only, the Other Asia only, a balanced plan).
import { beginTurn, gameLog, indexScenario, type Decision, type GameState, type ScenarioIndex } from '../../src/engine';
import { passive, playGame, type Strategy } from './claimHelpers';

/**
 * The planning phase of `turn` for this seed, after playing the turns before it with `strategy`
 * (passive by default): that turn's dated and random news have come, nothing is proposed yet.
 */
export function positionAt(index: ScenarioIndex, seed: string, turn: number, strategy: Strategy = passive): GameState {
  const before = playGame(index, seed, strategy, { stopAfterTurn: turn - 1 });
  if (before.ending) throw new Error(`seed ${seed}: the game ended on turn ${before.turn}, before turn ${turn}`);
  return beginTurn(before, index);
}

/** The same scenario with one event taken out: a "what if it had not happened" to compare with. */
export function withoutEvent(index: ScenarioIndex, event: string): ScenarioIndex {
  const copy = structuredClone(index.scenario);
  copy.events = copy.events.filter((e) => e.id !== event);
  if (copy.events.length === index.scenario.events.length) throw new Error(`no event ${event}`);
  return indexScenario(copy, `${index.hash}-without-${event}`);
}

/** Every decision a target took on `option` during a game. */
export function decisionsOn(state: GameState, option: string): Decision[] {
  return gameLog(state).flatMap((e) => (e.kind === 'decision' && e.decision.option === option ? [e.decision] : []));
}

/** The value of the term of a decision whose label contains `label`, or undefined. */
export function termValue(decision: Decision, label: string): number | undefined {
  return decision.terms.find((t) => t.label.includes(label))?.value;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Proposes the listed options in this order, every turn, while capital lasts. */
export const prefer =
  (...options: string[]): Strategy =>
  () =>
    options;

/** Every option aimed at China, the quick deals first. */
export const CHINA_OPTIONS = [
  'trade-war-energy',
  'gazprom-gas-deal',
  'policy-bank-loans',
  'court-chinese-investors',
  'currency-swap',
  'subway-and-huawei',
  'strategic-coordination',
];

/** Every option aimed at the "Other Asia": Japan, South Korea, ASEAN, Vietnam, Indonesia. */
export const OTHER_ASIA_OPTIONS = [
  'islands-peace-treaty',
  'accelerate-peace-talks',
  'open-island-talks',
  'abe-economic-plan',
  'military-maintenance-facility',
  'rosneft-scs',
  'sukhoi-barter',
  'kalimantan-railways',
  'new-capital-railways',
  'sochi-summit',
  'singapore-summits',
  'vietnam-arms-energy',
  'asean-trade-diplomacy',
  'eef-vladivostok-abe',
  'su-35-plan',
  'draw-seoul-away',
];

/**
 * A balanced plan: the Gazprom deal with China (the one big China deal), the slow partnerships
 * with Japan, Vietnam, Indonesia and ASEAN, a thaw with Washington, and the exception lenders last.
 */
export const BALANCED_PLAN = [
  'gazprom-gas-deal',
  'abe-economic-plan',
  'open-island-talks',
  'military-maintenance-facility',
  'rosneft-scs',
  'sukhoi-barter',
  'kalimantan-railways',
  'new-capital-railways',
  'sochi-summit',
  'singapore-summits',
  'thaw-with-washington',
  'asean-trade-diplomacy',
  'vietnam-arms-energy',
  'eef-vladivostok-abe',
  'policy-bank-loans',
];
