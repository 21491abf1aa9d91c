// The `crises` section of a scenario: what opens a crisis, who the other side is, what is at
// stake, the ladder of rungs it climbs and the answers the player may give. Built from the
// schema's own pieces (ids, texts, effects, citations) so that both stay one format.
import { z } from './zod';

/** The building blocks of schema.ts a crisis is made of. */
export interface CrisisParts<Id, Text, Effects, Modifiers, Touches, Condition, Sources> {
  id: Id;
  text: (max: number) => Text;
  int: (min: number, max: number) => z.ZodNumber;
  effects: Effects;
  modifiers: Modifiers;
  touches: Touches;
  condition: Condition;
  sources: Sources;
}

/** What the player's answer does to the crisis. */
export const CRISIS_STEPS = ['back-down', 'hold', 'escalate'] as const;

export function crisisSchemaOf<
  Id extends z.ZodType<string>,
  Text extends z.ZodType<string>,
  Effects extends z.ZodType,
  Modifiers extends z.ZodType,
  Touches extends z.ZodType,
  Condition extends z.ZodType,
  Sources extends z.ZodType,
>(p: CrisisParts<Id, Text, Effects, Modifiers, Touches, Condition, Sources>) {
  const rung = z.strictObject({
    title: p.text(120),
    text: p.text(600),
    pressure: p.int(-100, 100).default(0).describe('added to the other side\'s weighing while the crisis stands on this rung (more: likelier to back down)'),
    effects: p.effects.describe('applied when the crisis reaches this rung; on the last rung, the cost of the crisis going all the way'),
  });
  const answer = z.strictObject({
    id: p.id,
    title: p.text(120),
    text: p.text(600),
    step: z.enum(CRISIS_STEPS).describe('back-down: the player gives in and the crisis ends; hold: stay on this rung; escalate: climb one rung'),
    cost: p.int(0, 20).default(0).describe('diplomatic capital spent when giving this answer'),
    pressure: p.int(-100, 100).default(0).describe('added to the other side\'s weighing of its reply to this answer'),
    effects: p.effects.describe('applied when the player gives this answer'),
  });
  // The title names it in messages: "expected a trigger (a mapping written with one of: …)".
  const trigger = z
    .union([
      z.strictObject({ move: z.strictObject({ actor: p.id, move: p.id }) }).describe('when this move of this actor happens'),
      z.strictObject({ event: p.id }).describe('when this event happens'),
      z.strictObject({ option: p.id }).describe('when the player\'s option makes its deal (or is carried out, for an option without a target)'),
    ])
    .meta({ title: 'trigger' });
  const opensOn = z.union([trigger, z.array(trigger).min(1).max(8).describe('several triggers: any one of them opens the crisis')]);
  return z.strictObject({
    id: p.id,
    title: p.text(120),
    text: p.text(800).describe('what happened, in plain words'),
    opensOn: opensOn.describe('what opens the crisis: a move, an event or one of the player\'s options, or a list of them (any one opens it)'),
    when: p.condition.optional().describe('the crisis opens only while this holds'),
    maxTimes: p.int(1, 9).default(1).describe('how many times it can open in one game'),
    other: p.id.describe('the actor on the other side'),
    stake: p.text(400).describe('what is at stake, in plain words'),
    base: p.int(-100, 100).default(0).describe('the starting score of the other side\'s weighing (50 + score = chance it backs down)'),
    touches: p.touches.describe('how much backing down serves (+) or hurts (−) each interest of the other side'),
    modifiers: p.modifiers.describe('terms added to the other side\'s weighing while a condition holds'),
    ladder: z.array(rung).min(2, 'a crisis needs at least 2 rungs: the one it opens on and the one it ends on').max(6, 'at most 6 rungs').describe('the rungs, lowest first: the crisis opens on the first and ends when it reaches the last'),
    answers: z.array(answer).min(2).max(6).describe('the player\'s possible answers, with at least one back-down and one hold or escalate'),
    onPlayerBacksDown: p.effects.describe('applied when the player backs down'),
    onOtherBacksDown: p.effects.describe('applied when the other side backs down'),
    onSettled: p.effects.describe('applied when both sides hold and settle'),
    sources: p.sources,
  });
}
