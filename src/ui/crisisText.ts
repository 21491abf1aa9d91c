// Words for crises: their log entries, outcomes and steps, shared by the news, the crisis panel
// and the debrief. Plain strings, and phrases that keep the scenario's titles apart (scenarioText.ts).
import type { CrisisLogEntry, CrisisOutcome, CrisisReply, CrisisStep, ScenarioIndex } from '../engine';
import { own, phrase, phraseText, type Phrase } from './scenarioText';
import { botDecidedWords, nameInSentence, seatWords } from './text';

/** How a crisis ended: "Russia backed down", … The player is named: the teacher and every seat read it too. */
export function crisisOutcomeWords(index: ScenarioIndex, outcome: CrisisOutcome): string {
  switch (outcome) {
    case 'player-backed-down':
      return `${nameInSentence(index, index.scenario.player.id)} backed down`;
    case 'other-backed-down':
      return 'the other side backed down';
    case 'settled':
      return 'both held and settled';
    case 'top-rung':
      return 'it went to the top of the ladder';
  }
}

export const CRISIS_STEP_WORDS: Record<CrisisStep, string> = {
  'back-down': 'backs down',
  hold: 'holds',
  escalate: 'escalates',
};

/**
 * "China holds (chance of backing down 40%, roll 63)", or who decided when a seat did (no die).
 * The name as inside a sentence ("the United States holds"): at a sentence's start, `capitalized`.
 */
export function replyWords(index: ScenarioIndex, r: CrisisReply): string {
  const why = r.roll === null ? `decided by ${seatWords(r.decidedBy)}; the rules gave ${r.chance}% for backing down` : `chance of backing down ${r.chance}%, roll ${r.roll}`;
  return `${nameInSentence(index, r.actor)} ${CRISIS_STEP_WORDS[r.reply]} (${why})`;
}

export function crisisTitle(index: ScenarioIndex, id: string): string {
  return index.scenario.crises.find((c) => c.id === id)?.title ?? id;
}

export function answerTitle(index: ScenarioIndex, crisis: string, answer: string): string {
  return index.scenario.crises.find((c) => c.id === crisis)?.answers.find((a) => a.id === answer)?.title ?? answer;
}

/** The rung's title, counting from 1 for people: "rung 2 of 4: Sanctions". */
export function rungWords(index: ScenarioIndex, crisis: string, rung: number): string {
  return phraseText(rungPhrase(index, crisis, rung));
}

/** rungWords with the rung's title kept apart. */
export function rungPhrase(index: ScenarioIndex, crisis: string, rung: number): Phrase {
  const ladder = index.scenario.crises.find((c) => c.id === crisis)?.ladder ?? [];
  return phrase`rung ${rung + 1} of ${ladder.length}: ${own(ladder[rung]?.title ?? '')}`;
}

/** A crisis's log entry in words, the crisis's, the answer's and the rung's titles kept apart (phraseText for a string). */
export function crisisEntryPhrase(index: ScenarioIndex, e: CrisisLogEntry): Phrase {
  switch (e.kind) {
    case 'crisis-open':
      return phrase`Crisis with ${nameInSentence(index, e.actor)}: ${own(crisisTitle(index, e.crisis))}`;
    case 'crisis-answer':
      return phrase`Crisis “${own(crisisTitle(index, e.crisis))}”: ${nameInSentence(index, index.scenario.player.id)} answered “${own(answerTitle(index, e.crisis, e.answer))}”${botDecidedWords(e.answeredBy)} (${rungPhrase(index, e.crisis, e.rung)})`;
    case 'crisis-reply':
      return phrase`Crisis “${own(crisisTitle(index, e.reply.crisis))}”: ${replyWords(index, e.reply)}`;
    case 'crisis-end':
      return phrase`Crisis “${own(crisisTitle(index, e.crisis))}” ended: ${crisisOutcomeWords(index, e.outcome)}`;
  }
}
