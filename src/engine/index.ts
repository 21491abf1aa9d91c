// The engine's public face: pure functions over plain game states.
export { ENGINE_VERSION } from './version';
export { indexScenario, optionActor, type ScenarioIndex } from './scenarioIndex';
export { newGame } from './newGame';
export { beginTurn } from './briefing';
export { availableOptions, proposalRefusal, propose, withdraw, withdrawalRefusal } from './planning';
export { counterRefusal, settleNegotiation, weighProposal } from './negotiation';
export { worldMoves } from './worldMoves';
export { answerCrisis, availableCrisisAnswers, crisisAnswerRefusal, crisisReplyTerms, openCrises, openCrisis, replyToCrisis } from './crisis';
export { resolveTurn } from './resolution';
export { endCheck } from './endCheck';
export { closeTurn } from './closeTurn';
export { scoreTerms } from './endings';
export { estimateChance, proposalTerms } from './weigh';
export { holds, trace } from './conditions';
export { turnLabel, turnStart } from './calendar';
export { fnv1a64 } from './hash';
export type * from './state';
export { BOT_NAMES, createBot, type Bot, type BotChoice, type BotName } from './bots';
