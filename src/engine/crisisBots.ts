// How the bots answer a crisis. The random bot picks any answer it can afford; the greedy bot
// takes the answer whose expected change in score is highest, judged one reply ahead on the
// present state with the other side's real chances (the same terms the "Why?" shows).
import type { ScenarioCrisis } from '../scenario/schema';
import { availableCrisisAnswers, crisisReplyTerms, HOLD_BAND, openCrisis } from './crisis';
import { scoreChange } from './dealValue';
import { clamp } from './intmath';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameState } from './state';
import { CHANCE_CEILING, CHANCE_FLOOR, sumTerms } from './weigh';

/** An answer the random bot can afford, drawn with its own die (`draw(n)` gives 0..n-1). */
export function randomCrisisAnswer(state: GameState, index: ScenarioIndex, draw: (sides: number) => number): string {
  const answers = availableCrisisAnswers(state, index);
  return answers[draw(answers.length)]!;
}

/** The answer with the best expected change in score, in hundredths of a point; the first on ties. */
export function greedyCrisisAnswer(state: GameState, index: ScenarioIndex): string {
  const open = openCrisis(state)!;
  const crisis: ScenarioCrisis = index.scenario.crises.find((c) => c.id === open.crisis)!;
  const last = crisis.ladder.length - 1;
  let best: { id: string; value: number } | null = null;
  for (const id of availableCrisisAnswers(state, index)) {
    const answer = crisis.answers.find((a) => a.id === id)!;
    let value: number;
    if (answer.step === 'back-down') {
      value = 100 * scoreChange(state, index, answer.effects, crisis.onPlayerBacksDown);
    } else {
      const rung = answer.step === 'escalate' ? Math.min(open.rung + 1, last) : open.rung;
      const climbed = answer.step === 'escalate' ? crisis.ladder[rung]!.effects : [];
      if (rung === last) {
        value = 100 * scoreChange(state, index, answer.effects, climbed);
      } else {
        const chance = clamp(50 + sumTerms(crisisReplyTerms(state, index, { ...open, rung }, id)), CHANCE_FLOOR, CHANCE_CEILING);
        const hold = Math.min(100, chance + HOLD_BAND) - chance;
        const escalate = 100 - chance - hold;
        const held = answer.step === 'hold' ? crisis.onSettled : [];
        value =
          chance * scoreChange(state, index, answer.effects, climbed, crisis.onOtherBacksDown) +
          hold * scoreChange(state, index, answer.effects, climbed, held) +
          escalate * scoreChange(state, index, answer.effects, climbed, crisis.ladder[rung + 1]!.effects);
      }
    }
    if (best === null || value > best.value) best = { id, value };
  }
  return best!.id;
}
