// Crises: a move, an event or a deal opens one; the player answers (back down, hold, escalate),
// the other side replies with a weighed die roll, and the crisis climbs its ladder until one side
// backs down, both hold and settle, or the last rung is reached. Every reply keeps its terms,
// chance and roll, like a proposal's decision; when a bot or a person holds the other side's seat,
// that seat replies instead of the die (docs/rules.md). The statechart in src/machines sequences the steps.
import type { ScenarioCrisis } from '../scenario/schema';
import type { CrisisTrigger } from '../scenario/triggers';
import { holds } from './conditions';
import { draft } from './draft';
import { applyEffects } from './effects';
import { clamp, div } from './intmath';
import { capitalized } from './names';
import { isDeal } from './negotiation';
import { rollPercent } from './rng';
import { objectList } from './lists';
import { must, type ScenarioIndex } from './scenarioIndex';
import type { Change, CrisisOutcome, CrisisReply, CrisisState, CrisisStep, GameState, LogEntry, Term } from './state';
import { actorOf } from './actorOf';
import { crisisCopy } from './crisisCopy';
import { addModifierTerms, CHANCE_CEILING, CHANCE_FLOOR, interestTerms, sumTerms } from './weigh';
import { capitalLeft } from './capitalLeft';
import { termAround } from './termWords';
import type { StandInBot } from './seatHolders';

/** Rolls this far above the chance of backing down hold; higher rolls escalate. */
export const HOLD_BAND = 40;

function crisisOf(index: ScenarioIndex, id: string): ScenarioCrisis {
  return must(index.scenario.crises.find((c) => c.id === id), 'crisis', id);
}

/** The crisis waiting for the player's answer, if any. */
export function openCrisis(state: GameState): CrisisState | null {
  return state.crises.find((c) => c.outcome === null) ?? null;
}

/** Whether a log entry is what the trigger waits for. */
export function setsOff(e: LogEntry, on: CrisisTrigger): boolean {
  if ('event' in on) return e.kind === 'event' && e.event === on.event;
  if ('option' in on) return e.kind === 'deal' && e.option === on.option && isDeal(e.result);
  return e.kind === 'move' && e.happened && e.actor === on.move.actor && e.move === on.move.move;
}

/** Whether this turn's log holds what opens the crisis (any one of its triggers, when it lists several). */
function triggered(entries: readonly LogEntry[], crisis: ScenarioCrisis): boolean {
  const on = crisis.opensOn;
  return entries.some((e) => (Array.isArray(on) ? on.some((t) => setsOff(e, t)) : setsOff(e, on as CrisisTrigger)));
}

/**
 * Opens, in file order, every crisis that this turn's events, moves or deals set off: at most
 * once a turn, `maxTimes` a game, never while the same crisis is open, only while `when` holds.
 * It starts on the first rung, whose effects apply. The state itself when none opens.
 * movesAndResolution writes it into its draft (openCrisesInto), whose list of crises is copied at
 * the first crisis it opens (a draft shares it, draft.ts).
 */
export function openCrises(state: GameState, index: ScenarioIndex): GameState {
  const next = draft(state);
  return openCrisesInto(next, index) ? next : state;
}

/** openCrises written into a draft; says whether a crisis opened. */
export function openCrisesInto(next: GameState, index: ScenarioIndex): boolean {
  if (index.scenario.crises.length === 0) return false;
  const thisTurn = next.turnLog.slice(); // before the crises' own entries
  let own = false;
  for (const crisis of index.scenario.crises) {
    const before = next.crises.filter((c) => c.crisis === crisis.id);
    if (before.length >= crisis.maxTimes || before.some((c) => c.outcome === null || c.openedTurn === next.turn)) continue;
    if (!triggered(thisTurn, crisis) || !holds(next, index, crisis.when)) continue;
    if (!own) ownCrises(next);
    own = true;
    next.crises.push(crisisCopy({ crisis: crisis.id, actor: crisis.other, openedTurn: next.turn, rung: 0, lastAnswer: null, outcome: null }));
    const changes = applyEffects(next, index, crisis.ladder[0]!.effects);
    next.turnLog.push({ kind: 'crisis-open', turn: next.turn, crisis: crisis.id, actor: crisis.other, changes });
  }
  return own;
}

/** A draft whose crises may change too (draft() shares them). */
function draftWithCrises(state: GameState): GameState {
  const next = draft(state);
  ownCrises(next);
  return next;
}

/** Gives a draft crises of its own to write in place (a list made for objects: lists.ts). */
function ownCrises(next: GameState): void {
  const own = objectList<CrisisState>();
  for (const c of next.crises) own.push(crisisCopy(c));
  next.crises = own;
}

/** Why the player cannot give this answer now, or null. */
export function crisisAnswerRefusal(state: GameState, index: ScenarioIndex, answerId: string): string | null {
  const open = openCrisis(state);
  if (open === null) return 'no crisis is waiting for an answer';
  const crisis = crisisOf(index, open.crisis);
  const answer = crisis.answers.find((a) => a.id === answerId);
  if (!answer) return `"${crisis.title}" has no answer "${answerId}"; the answers are ${crisis.answers.map((a) => `"${a.id}"`).join(', ')}`;
  if (answer.cost > state.capital) return `"${answer.title}" costs ${answer.cost} diplomatic capital and ${capitalLeft(state.capital)}`;
  return null;
}

/** The answers the player can give now, in file order. */
export function availableCrisisAnswers(state: GameState, index: ScenarioIndex): string[] {
  const open = openCrisis(state);
  const answers = objectList<string>();
  if (open === null) return answers;
  for (const a of crisisOf(index, open.crisis).answers) if (crisisAnswerRefusal(state, index, a.id) === null) answers.push(a.id);
  return answers;
}

/** Ends the open crisis (on a draft): its outcome's effects, the log entry. */
function end(next: GameState, index: ScenarioIndex, open: CrisisState, outcome: CrisisOutcome): void {
  const crisis = crisisOf(index, open.crisis);
  const effects = outcome === 'player-backed-down' ? crisis.onPlayerBacksDown : outcome === 'other-backed-down' ? crisis.onOtherBacksDown : outcome === 'settled' ? crisis.onSettled : [];
  const changes = applyEffects(next, index, effects);
  open.outcome = outcome;
  next.turnLog.push({ kind: 'crisis-end', turn: next.turn, crisis: open.crisis, actor: open.actor, outcome, rung: open.rung, changes });
}

/** Climbs one rung (on a draft), applying its effects; the last rung ends the crisis. */
function climb(next: GameState, index: ScenarioIndex, open: CrisisState): ReturnType<typeof applyEffects> {
  const crisis = crisisOf(index, open.crisis);
  open.rung += 1;
  return applyEffects(next, index, crisis.ladder[open.rung]!.effects);
}

const atTop = (index: ScenarioIndex, open: CrisisState) => open.rung >= crisisOf(index, open.crisis).ladder.length - 1;

/** The player answers the open crisis. Call only when crisisAnswerRefusal is null. */
/** `by`: the bot that answered for a class game's player nobody was deciding for (the log says so). */
export function answerCrisis(state: GameState, index: ScenarioIndex, answerId: string, by?: StandInBot): GameState {
  const next = draftWithCrises(state);
  const open = openCrisis(next)!;
  const answer = must(crisisOf(index, open.crisis).answers.find((a) => a.id === answerId), 'answer', answerId);
  next.capital -= answer.cost;
  const changes: Change[] = answer.cost > 0 ? [{ target: 'capital', before: state.capital, after: next.capital }] : [];
  changes.push(...applyEffects(next, index, answer.effects));
  open.lastAnswer = answerId;
  if (answer.step === 'escalate') changes.push(...climb(next, index, open));
  next.turnLog.push({ kind: 'crisis-answer', turn: next.turn, crisis: open.crisis, answer: answerId, rung: open.rung, answeredBy: by, changes });
  if (answer.step === 'back-down') end(next, index, open, 'player-backed-down');
  else if (atTop(index, open)) end(next, index, open, 'top-rung');
  return next;
}

/** Every term of the other side's weighing of backing down, before any die is rolled. */
export function crisisReplyTerms(state: GameState, index: ScenarioIndex, open: CrisisState, answerId: string): Term[] {
  const crisis = crisisOf(index, open.crisis);
  const actor = must(index.actors.get(crisis.other), 'actor', crisis.other);
  const now = actorOf(state.actors, index, crisis.other)!;
  const rung = crisis.ladder[open.rung]!;
  const answer = crisis.answers.find((a) => a.id === answerId);
  const player = index.playerInSentence; // labels, not in the checksum
  const terms: Term[] = [];
  if (crisis.base !== 0) terms.push({ label: 'How the crisis stands on its own', value: crisis.base, kind: 'base' });
  terms.push(...interestTerms(index, actor.id, crisis.touches));
  terms.push({ label: `Relation with ${player} (${now.relation})`, value: div(now.relation * actor.relationWeight, 100), kind: 'relation' });
  terms.push({ label: `Trust in ${player} (${now.trust})`, value: div((now.trust - 50) * actor.trustWeight, 100), kind: 'trust' });
  if (rung.pressure !== 0) terms.push(termAround(`Rung ${open.rung + 1}: `, rung.title, '', rung.pressure, 'modifier'));
  if (answer && answer.pressure !== 0) terms.push(termAround(`${capitalized(player)}'s answer: `, answer.title, '', answer.pressure, 'modifier'));
  return addModifierTerms(terms, state, index.crisisModifiers.get(crisis.id)!);
}

/** The rules' weighing of the other side's reply to the player's last answer, before any die. */
export function crisisReplyWeighing(state: GameState, index: ScenarioIndex): Pick<CrisisReply, 'crisis' | 'actor' | 'answer' | 'terms' | 'score' | 'chance' | 'holdBelow'> {
  const open = openCrisis(state)!;
  const answer = must(open.lastAnswer ?? undefined, 'the player\'s answer');
  const terms = crisisReplyTerms(state, index, open, answer);
  const score = sumTerms(terms);
  const chance = clamp(50 + score, CHANCE_FLOOR, CHANCE_CEILING);
  return { crisis: open.crisis, actor: open.actor, answer, terms, score, chance, holdBelow: Math.min(100, chance + HOLD_BAND) };
}

/** The reply takes effect (on a draft): a rung climbed on escalation, the log, the crisis ended if it ends. */
function takeReply(next: GameState, index: ScenarioIndex, reply: CrisisReply): void {
  const open = openCrisis(next)!;
  const answer = must(crisisOf(index, open.crisis).answers.find((a) => a.id === reply.answer), 'the player\'s answer');
  const step = reply.reply;
  const changes = step === 'escalate' ? climb(next, index, open) : [];
  next.turnLog.push({ kind: 'crisis-reply', turn: next.turn, reply, rung: open.rung, changes });
  if (step === 'back-down') end(next, index, open, 'other-backed-down');
  else if (step === 'hold' && answer.step === 'hold') end(next, index, open, 'settled');
  else if (atTop(index, open)) end(next, index, open, 'top-rung');
}

/** The other side replies to the player's last answer: one die from the game's generator. */
export function replyToCrisis(state: GameState, index: ScenarioIndex): { state: GameState; reply: CrisisReply } {
  const next = draftWithCrises(state);
  const weighed = crisisReplyWeighing(next, index);
  const drawn = rollPercent(next.rng);
  next.rng = drawn.rng;
  const roll = drawn.value;
  const step = roll < weighed.chance ? 'back-down' : roll < weighed.holdBelow ? 'hold' : 'escalate';
  const reply: CrisisReply = { turn: next.turn, ...weighed, roll, reply: step };
  takeReply(next, index, reply);
  return { state: next, reply };
}

/**
 * The other side's seat (a bot or a person) replies: its reply is certain, no die is drawn; the
 * rules' weighing is kept beside it as the advisor's view, with an empty roll.
 */
export function replyToCrisisBySeat(state: GameState, index: ScenarioIndex, step: CrisisStep, holder: string): { state: GameState; reply: CrisisReply } {
  const next = draftWithCrises(state);
  const reply: CrisisReply = { turn: next.turn, ...crisisReplyWeighing(next, index), roll: null, reply: step, decidedBy: holder };
  takeReply(next, index, reply);
  return { state: next, reply };
}
