// The whole state of one game: plain data that JSON round-trips, so it can be hashed, saved,
// sent to a worker and compared. Nothing here refers to the scenario by object, only by id.
import type { ActorAttribute, SourceRef } from '../scenario/schema';
import type { RngState } from './rng';
import type { StandInBot } from './seatHolders';

export type ActorState = Record<ActorAttribute, number>;

export type AgreementStatus = 'pending' | 'active' | 'done' | 'disrupted';

export interface Agreement {
  option: string;
  actor: string;
  madeTurn: number;
  /** First turn whose resolution applies the per-turn effects. */
  startTurn: number;
  turnsLeft: number;
  status: AgreementStatus;
  /** The counter-offer's terms were taken instead of the option's. */
  countered: boolean;
  /** The middle between the option and the counter-offer was agreed (only present then). */
  middle?: true;
}

/** One named part of a weighing, kept so the player can see why. */
export interface Term {
  label: string;
  value: number;
  /** What the term came from: an interest id, 'relation', 'trust', 'base' or 'modifier'. */
  kind: 'base' | 'interest' | 'relation' | 'trust' | 'modifier' | 'chance' | 'middle' | 'patience';
  /**
   * Where the label holds the scenario's own words as its file wrote them (an interest's or a
   * circumstance's label, a rung's, an answer's or an ending's title, a track's name):
   * `label.slice(from, to)`, the rest being the rules' English. Left out when the label is the
   * rules' words alone. The page marks those words with the scenario's language by it, without
   * reading the label back (a title may hold anything: termWords.ts).
   */
  own?: readonly [from: number, to: number];
}

export type DecisionOutcome = 'accept' | 'reject' | 'counter';

/** A target's decision on a proposal: every term, the chance, the roll and the outcome. */
export interface Decision {
  turn: number;
  option: string;
  actor: string;
  terms: Term[];
  score: number;
  chance: number;
  /** Rolls below `chance` accept; below `counterBelow` (when a counter exists) counter. */
  counterBelow: number;
  /** Null when a seat (a person or a bot) decided: no die is drawn for a seat's decision. */
  roll: number | null;
  outcome: DecisionOutcome;
  /** Who decided, when not the rules: the seat's holder ('person', 'random', 'greedy'). */
  decidedBy?: string;
}

/** One move an actor weighed this turn: its terms, its chance, and the stretch of the die it held. */
export interface WeighedMove {
  move: string;
  terms: Term[];
  chance: number;
  /** Its chance, or less when the chances of all the actor's open moves passed 100. */
  share: number;
}

/** A change an effect made, for the news, the log and the debrief. */
export interface Change {
  target: string; // 'track:development', 'actor:japan.relation', 'capital', 'flag:x', 'option:x', 'agreement:x'
  before: number | boolean | string;
  after: number | boolean | string;
}

export const NEGOTIATION_RESULTS = ['accepted', 'rejected', 'counter-taken', 'counter-declined', 'middle-taken'] as const;
export type NegotiationResult = (typeof NEGOTIATION_RESULTS)[number];

/** After the player offers the middle: the target accepts it, keeps its counter-offer, or walks away. */
export type BargainOutcome = 'accept' | 'hold' | 'walk-away';

/** One round of bargaining over a counter-offer: the terms, the chance, the roll and what followed. */
export interface BargainRound {
  /** 1 for the first round. */
  round: number;
  /** The rounds the counter-offer allows. */
  of: number;
  terms: Term[];
  chance: number;
  /** Rolls from `chance` up to here keep the counter-offer on the table; above, the target walks away. */
  holdBelow: number;
  /** Null when the target's seat (a person or a bot) decided: no die is drawn for a seat. */
  roll: number | null;
  outcome: BargainOutcome;
  /** What the middle costs on top of the proposal, paid only if it is agreed. */
  cost: number;
  /** Who decided, when not the rules: the seat's holder ('person', 'random', 'greedy'). */
  decidedBy?: string;
}

export type LogEntry =
  | { kind: 'income'; turn: number; amount: number; terms: Term[]; changes: Change[] }
  | { kind: 'event'; turn: number; event: string; roll: number | null; chance: number; changes: Change[] }
  | { kind: 'decision'; turn: number; decision: Decision }
  /** `answeredBy`: the bot that answered for a class game's player nobody was deciding for (the event's `by`). */
  | { kind: 'counter'; turn: number; option: string; actor: string; taken: boolean; answeredBy?: StandInBot }
  | { kind: 'bargain'; turn: number; option: string; actor: string; round: BargainRound }
  /** `roll` null and `decidedBy` set when a seat (a bot or a person) chose the move: it happens. */
  | { kind: 'move'; turn: number; actor: string; move: string; terms: Term[]; chance: number; roll: number | null; happened: boolean; changes: Change[]; weighed: WeighedMove[]; decidedBy?: string }
  | { kind: 'offer'; turn: number; actor: string; offer: string; taken: boolean; decidedBy?: string; answeredBy?: StandInBot; changes: Change[] }
  | { kind: 'deal'; turn: number; option: string; actor: string; result: NegotiationResult; changes: Change[] }
  /** `terms`: the deal as proposed, the target's counter-offer taken, or the middle between them agreed. */
  | { kind: 'agreement'; turn: number; option: string; actor: string; status: AgreementStatus; terms: AgreementTerms; changes: Change[] }
  | { kind: 'ending'; turn: number; ending: string; score: number; scoreTerms: Term[]; reasons: ConditionTrace[] }
  | CrisisLogEntry;

/** On what terms an agreement was made (an agreement's `countered` and `middle`, as one word for the log). */
export type AgreementTerms = 'as-proposed' | 'counter' | 'middle';

/** A leaf of an ending's condition with the value it was compared against. */
export interface ConditionTrace {
  text: string;
  actual: number | boolean | string;
  holds: boolean;
  /** A part of a count ("number of these 15 conditions that hold < 5"), how many counts deep: it holds means it is counted. */
  within?: number;
}

export interface Proposal {
  option: string;
  cost: number;
}

export interface Outcome {
  option: string;
  actor: string;
  result: NegotiationResult;
}

export interface TurnSummary {
  turn: number;
  /** The tracks at the turn's end, in the file's order (trackValue reads one by id). */
  tracks: readonly number[];
  capital: number;
  checksum: string;
}

export interface EndingResult {
  id: string;
  turn: number;
  score: number;
}

export const CRISIS_OUTCOMES = ['player-backed-down', 'other-backed-down', 'settled', 'top-rung'] as const;
export type CrisisOutcome = (typeof CRISIS_OUTCOMES)[number];
export type CrisisStep = 'back-down' | 'hold' | 'escalate';

/** One crisis of this game, open (outcome null) or ended. `rung` counts from 0. */
export interface CrisisState {
  crisis: string;
  actor: string;
  openedTurn: number;
  rung: number;
  /** The player's last answer (its id); null before the first. */
  lastAnswer: string | null;
  outcome: CrisisOutcome | null;
}

/** The other side's reply in a crisis: every term, the chance, the roll and the reply. */
export interface CrisisReply {
  turn: number;
  crisis: string;
  actor: string;
  /** The player's answer it replies to. */
  answer: string;
  terms: Term[];
  score: number;
  /** Rolls below `chance` back down; below `holdBelow` hold; the rest escalate. */
  chance: number;
  holdBelow: number;
  /** Null when the other side's seat (a person or a bot) decided: no die is drawn for a seat. */
  roll: number | null;
  reply: CrisisStep;
  /** Who decided, when not the rules: the seat's holder ('person', 'random', 'greedy'). */
  decidedBy?: string;
}

export type CrisisLogEntry =
  | { kind: 'crisis-open'; turn: number; crisis: string; actor: string; changes: Change[] }
  | { kind: 'crisis-answer'; turn: number; crisis: string; answer: string; rung: number; answeredBy?: StandInBot; changes: Change[] }
  | { kind: 'crisis-reply'; turn: number; reply: CrisisReply; rung: number; changes: Change[] }
  | { kind: 'crisis-end'; turn: number; crisis: string; actor: string; outcome: CrisisOutcome; rung: number; changes: Change[] };

export interface GameState {
  seed: string;
  rng: RngState;
  turn: number;
  capital: number;
  /**
   * Each track's value, in the file's order (ScenarioIndex.trackSlots; trackValue reads one by
   * id). An array rather than an object keyed by id: a step's draft copies it (15 ns against 95
   * for the object of 2019's nine tracks) and the rules read it by position.
   */
  tracks: number[];
  /** Each actor's numbers, in the file's order (ScenarioIndex.actorSlots; actorOf finds one by id), like the tracks. */
  actors: ActorState[];
  flags: Record<string, boolean>;
  /** Open or closed, per option in file order (ScenarioIndex.slots.options, like the counts). */
  optionOpen: boolean[];
  // The tables of counts, in the file's order (counts.ts: ScenarioIndex.slots says where an id's count is).
  /** How many deals each option has made. */
  optionTimes: number[];
  /** How many times each option has been negotiated, deal or not. */
  optionTries: number[];
  eventTimes: number[];
  /** Each actor's moves, actors and moves in file order. */
  moveTimes: number[];
  /** How many times each actor's offer was made, actors and offers in file order. */
  offerTimes: number[];
  proposals: Proposal[];
  outcomes: Outcome[];
  agreements: Agreement[];
  /** Every crisis of the game so far, open ones last. */
  crises: CrisisState[];
  /**
   * The log of the turns before this one: shared between the states of a game and replaced only
   * when a turn begins (briefing.ts), so that a step does not copy the whole game's log.
   */
  pastLog: LogEntry[];
  /** The present turn's entries, every one of `turn`: what a step copies and appends to (draft.ts). The whole log: gameLog(). */
  turnLog: LogEntry[];
  history: TurnSummary[];
  ending: EndingResult | null;
}

export type { SourceRef };
