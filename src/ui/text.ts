// Words for what the engine reports: names for ids, changes, log entries and sources. Plain
// strings and text nodes only; every scenario text reaches the page as text, never as HTML. The
// sentences that splice in a scenario's words have a phrase twin (`…Phrase`, scenarioText.ts) that
// keeps those words apart, for the page to mark with the scenario's language; the strings are the
// live region's, the command line's and the tests'.
import { capitalized, figure, inSentence, logOfTurn, PLAYER_BOTS, turnLabel, type AgreementTerms, type Change, type ConditionTrace, type Decision, type GameState, type LogEntry, type NegotiationResult, type ScenarioIndex, type SourceRef, type Term, possessive } from '../engine';
import { crisisEntryPhrase } from './crisisText';
import { h, signed, type Child } from './dom';
import { own, phrase, phraseNodes, phraseText, scenarioSpan, scenarioText, type Phrase } from './scenarioText';
import { flagName, flagNames } from '../scenario/flagNames';

export { plural } from '../scenario/plural';

/**
 * An actor's or the player's name as a label: before a colon ("United States: relation 40 → 50"),
 * in a table cell, as a heading that is just the name, on the map. Inside a sentence use
 * `nameInSentence`, at a sentence's start `sentenceStartName`.
 */
export function actorName(index: ScenarioIndex, id: string): string {
  if (id === index.scenario.player.id) return index.scenario.player.name;
  return index.actors.get(id)?.name ?? id;
}

/**
 * The name inside a sentence: the scenario's `inSentence` where it gives one ("Proposed … to the
 * United States", "Relation with the United States"), else the name. For the player too, by its id.
 */
export const nameInSentence: (index: ScenarioIndex, id: string) => string = inSentence;

/**
 * The name at a sentence's start: `nameInSentence` with its first letter upper-cased ("The United
 * States accepted …", "Why did the United States answer so?" takes `nameInSentence`).
 */
export function sentenceStartName(index: ScenarioIndex, id: string): string {
  return capitalized(inSentence(index, id));
}

/**
 * The player's part as its reader says it: "Your", "You" to the player; the player's name to
 * anyone else (the teacher, another state's seat: "Russia’s", "Russia"). Capitalized forms start
 * a sentence.
 */
export function playerWords(index: ScenarioIndex, byPlayer: boolean): { Your: string; You: string; your: string; you: string } {
  if (byPlayer) return { Your: 'Your', You: 'You', your: 'your', you: 'you' };
  const id = index.scenario.player.id;
  return { Your: possessive(sentenceStartName(index, id), '’'), You: sentenceStartName(index, id), your: possessive(nameInSentence(index, id), '’'), you: nameInSentence(index, id) };
}

export function optionTitle(index: ScenarioIndex, id: string): string {
  return index.options.get(id)?.title ?? id;
}

export function trackName(index: ScenarioIndex, id: string): string {
  return index.tracks.get(id)?.name ?? id;
}

export function dateOf(index: ScenarioIndex, turn: number): string {
  return turnLabel(index.scenario.calendar, Math.max(1, turn));
}

const ATTRIBUTE_WORDS: Record<string, string> = { relation: 'relation', trust: 'trust', trade: 'trade', alignment: 'alignment' };

/**
 * "Far East development 34 → 39 (+5)", "Japan: trust 40 → 35 (−5)", "Option “…” is now open": the
 * scenario's words (a track's name, a flag's, an option's title) kept apart (phraseText for a string).
 */
export function changePhrase(index: ScenarioIndex, c: Change): Phrase {
  const [kind, rest = ''] = c.target.split(/:(.*)/s) as [string, string?];
  const value = (v: unknown) => (typeof v === 'number' ? figure(v) : String(v));
  const delta = typeof c.before === 'number' && typeof c.after === 'number' ? ` (${signed(c.after - c.before)})` : '';
  switch (kind) {
    case 'track':
      return phrase`${own(trackName(index, rest))} ${value(c.before)} → ${value(c.after)}${delta}`;
    case 'actor': {
      const [actor = '', attr = ''] = rest.split('.');
      return [`${actorName(index, actor)}: ${ATTRIBUTE_WORDS[attr] ?? attr} ${value(c.before)} → ${value(c.after)}${delta}`];
    }
    case 'capital':
      return [`Diplomatic capital ${value(c.before)} → ${value(c.after)}${delta}`];
    case 'flag':
      return phrase`${own(flagName(index.scenario, rest))}: ${c.after === true ? 'yes' : 'no'}`;
    case 'option':
      return phrase`Option “${own(optionTitle(index, rest))}” ${c.after === true ? 'is now open' : 'is now closed'}`;
    case 'agreement':
      // In the words the actor's panel uses ("in force → broken off", not the rules' ids).
      return phrase`Agreement “${own(optionTitle(index, rest))}”: ${agreementWord(String(c.before))} → ${agreementWord(String(c.after))}`;
    default:
      return [`${c.target}: ${String(c.before)} → ${String(c.after)}`];
  }
}

export function changeList(index: ScenarioIndex, changes: readonly Change[]): HTMLElement | null {
  if (changes.length === 0) return null;
  return h('ul', { class: 'changes' }, changes.map((c) => h('li', null, phraseNodes(index, changePhrase(index, c)))));
}

export const RESULT_WORDS: Record<NegotiationResult, { symbol: string; text: string }> = {
  accepted: { symbol: '✔', text: 'accepted' },
  rejected: { symbol: '✖', text: 'rejected' },
  'counter-taken': { symbol: '⇄', text: 'counter-offer taken' },
  'counter-declined': { symbol: '⊘', text: 'counter-offer declined' },
  'middle-taken': { symbol: '⇆', text: 'met in the middle' },
};

export const BARGAIN_WORDS = { accept: 'accepted', hold: 'kept its counter-offer', 'walk-away': 'walked away' } as const;

export const OUTCOME_WORDS = { accept: 'accepted', reject: 'rejected', counter: 'counter-offered' } as const;

/**
 * A step the player takes alone (an option with no target): the rules record it as the player's own
 * decision, accepted, no one asked and no die rolled; it reads as such, not as an answer. The words
 * name the player (every seat and the teacher read them too), never "you".
 */
export function isOwnStep(index: ScenarioIndex, actor: string): boolean {
  return actor === index.scenario.player.id;
}

/** How a proposal's deal came out ("accepted"), or a step taken alone's "carried out alone". */
export function dealResultText(index: ScenarioIndex, actor: string, result: NegotiationResult): string {
  return isOwnStep(index, actor) ? 'carried out alone' : RESULT_WORDS[result].text;
}

/** "with Japan" for a deal, "by Russia" for a step taken alone. */
function dealParty(index: ScenarioIndex, actor: string): string {
  return `${isOwnStep(index, actor) ? 'by' : 'with'} ${nameInSentence(index, actor)}`;
}

/** "Japan accepted “X”" (or "Japan" in a sentence: `start` false), or "Russia took the step “X” alone"; the option's title kept apart. */
export function decisionPhrase(index: ScenarioIndex, d: Decision, start = true): Phrase {
  const option = phrase`“${own(optionTitle(index, d.option))}”`;
  const who = start ? sentenceStartName(index, d.actor) : nameInSentence(index, d.actor);
  return isOwnStep(index, d.actor) ? phrase`${who} took the step ${option} alone` : phrase`${who} ${OUTCOME_WORDS[d.outcome]} ${option}`;
}

/** How a decision was made: its chance and roll (or the seat that decided), or that no one was asked. */
export function decisionRollWords(index: ScenarioIndex, d: Decision): string {
  return isOwnStep(index, d.actor) ? 'no one is asked, no die is rolled' : rollWords(d);
}

/**
 * One short line for a log entry, e.g. "Japan accepted “Annual meetings in Vladivostok”". Every
 * seat and the teacher read the log: the player is named, never "you" (China's student read "You
 * took China's counter-offer").
 */
export function describeEntry(index: ScenarioIndex, e: LogEntry): string {
  return phraseText(entryPhrase(index, e));
}

/** A log entry's line for the page: describeEntry's words, the scenario's marked in its language. */
export function entryWords(index: ScenarioIndex, e: LogEntry): Child {
  return phraseNodes(index, entryPhrase(index, e));
}

/** describeEntry with the scenario's words (titles, a circumstance's label) kept apart. */
export function entryPhrase(index: ScenarioIndex, e: LogEntry): Phrase {
  const player = () => sentenceStartName(index, index.scenario.player.id);
  switch (e.kind) {
    case 'income': {
      // Its terms: the rules' income, and the scenario's circumstances by their labels.
      const terms = e.terms.flatMap((t, i) => phrase`${i === 0 ? '' : ', '}${termPhrase(t)} ${signed(t.value)}`);
      return phrase`Diplomatic capital at the turn's start: ${signed(e.amount)} (${terms})`;
    }
    case 'event':
      return [own(index.events.get(e.event)?.title ?? e.event)];
    case 'decision':
      return phrase`${decisionPhrase(index, e.decision)} (${decisionRollWords(index, e.decision)})`;
    case 'counter':
      return phrase`${player()} ${e.taken ? 'took' : 'declined'} ${possessive(nameInSentence(index, e.actor), '’')} counter-offer on “${own(optionTitle(index, e.option))}”${botDecidedWords(e.answeredBy)}`;
    case 'bargain':
      return phrase`${player()} offered ${nameInSentence(index, e.actor)} the middle on “${own(optionTitle(index, e.option))}” (round ${e.round.round} of ${e.round.of}): ${BARGAIN_WORDS[e.round.outcome]} (${rollWords(e.round)})`;
    case 'move': {
      const title = own(index.moves.get(`${e.actor}/${e.move}`)?.title ?? e.move);
      return e.happened
        ? phrase`${actorName(index, e.actor)}: ${title}${e.roll === null ? botDecidedWords(e.decidedBy) : ''}`
        : phrase`${sentenceStartName(index, e.actor)} weighed ${e.weighed.length === 1 ? phrase`“${title}”` : `${e.weighed.length} moves`} but did not act (roll ${String(e.roll)})`;
    }
    case 'deal':
      return phrase`“${own(optionTitle(index, e.option))}” ${dealParty(index, e.actor)}: ${dealResultText(index, e.actor, e.result)}`;
    case 'agreement':
      return phrase`${isOwnStep(index, e.actor) ? 'Step' : 'Agreement'} ${agreementEntryPhrase(index, e)}`;
    case 'offer':
      return phrase`${sentenceStartName(index, e.actor)} offered “${own(index.offers.get(`${e.actor}/${e.offer}`)?.title ?? e.offer)}”${botDecidedWords(e.decidedBy)}: ${nameInSentence(index, index.scenario.player.id)} ${e.taken ? 'took it' : 'declined'}${botDecidedWords(e.answeredBy)}`;
    case 'ending':
      return phrase`The game ends: ${own(index.scenario.endings.find((x) => x.id === e.ending)?.title ?? e.ending)} (score ${e.score})`;
    default:
      return crisisEntryPhrase(index, e);
  }
}

/** "chance 40%, roll 12", or who decided when a seat did (no die is rolled for a seat). */
export function rollWords(d: { chance: number; roll: number | null; decidedBy?: string }): string {
  return d.roll === null ? `decided by ${seatWords(d.decidedBy)}; the rules gave ${d.chance}%` : `chance ${d.chance}%, roll ${d.roll}`;
}

/**
 * " (decided by the greedy bot)" when a bot decided (a seat a bot holds, or the computer standing in
 * for a class game's student or player: time up, "end the turn now", a seat given to it); '' for a
 * person's decision or the rules'.
 */
export function botDecidedWords(decider: string | undefined): string {
  return (PLAYER_BOTS as readonly (string | undefined)[]).includes(decider) ? ` (decided by ${seatWords(decider)})` : '';
}

/**
 * "For China’s seat, the greedy bot chose" (`actor` as inside a sentence): a seat's certain choice
 * in a "Why?". Not "held by": a student's seat may be decided by the computer (time up, "end the
 * turn now").
 */
export function seatChoseWords(actor: string, decidedBy: string | undefined): string {
  return `For ${possessive(actor)} seat, ${seatWords(decidedBy)} chose`;
}

/**
 * What the rules' weighing beside a seat's decision is (`where`: " above", " below" or ""): the
 * advisor's view the person who decided was shown, or, for a bot, the rules' own view to compare
 * with (no one was shown an advisor for a bot's seat).
 */
export function seatWeighingWords(decidedBy: string | undefined, where = ''): string {
  return decidedBy === 'person' ? `The rules' weighing${where} is the advisor's view the player was shown.` : `The rules' weighing${where} is the scenario's rules' view, to compare: ${seatWords(decidedBy)} decided by its own reckoning.`;
}

export function seatWords(holder: string | undefined): string {
  return holder === 'person' ? 'a player' : holder === 'random' || holder === 'greedy' ? `the ${holder} bot` : holder === 'expert' ? 'the expert' : 'the rules';
}

/**
 * An agreement by the terms it was made on: the option's title, or the counter-offer's taken in
 * its place, or the middle agreed between them (which read as if the option itself had been).
 */
export function agreementNamePhrase(index: ScenarioIndex, option: string, terms: AgreementTerms | undefined): Phrase {
  const o = index.options.get(option);
  if (terms === 'counter' && o?.counter) return phrase`“${own(o.counter.title)}” (the counter-offer to “${own(o.title)}”)`;
  if (terms === 'middle' && o?.counter) return phrase`“${own(o.title)}” met halfway with “${own(o.counter.title)}” (the middle)`;
  return phrase`“${own(optionTitle(index, option))}”`;
}

/**
 * "“X” with Japan: in force", or "“X” by Russia: in force" for a lasting step taken alone; `nth`:
 * which of the turn's agreements of one option it is, " (1 of 2)" (turnAgreements), or ''.
 */
export function agreementEntryPhrase(index: ScenarioIndex, a: { option: string; actor: string; terms?: AgreementTerms; status: string }, nth = ''): Phrase {
  return phrase`${agreementNamePhrase(index, a.option, a.terms)} ${dealParty(index, a.actor)}${nth}: ${agreementWord(a.status)}`;
}

/**
 * A term's label as the page shows it: the scenario's words in it (`Term.own`: an interest's or a
 * circumstance's label, a title in the rules' "Rung 2: …", "Russia's answer: …", "Ending: …", a
 * track's name in "Far East development (40) × 2") marked with the scenario's language, the rules'
 * English around them not. A term without `own` is the rules' words alone.
 */
export function termLabel(index: ScenarioIndex, t: Term): Child {
  return phraseNodes(index, termPhrase(t));
}

/** A term's label as a phrase, the scenario's words in it (Term.own) kept apart. */
export function termPhrase(t: Term): Phrase {
  if (t.own === undefined) return [t.label];
  const [from, to] = t.own;
  return [t.label.slice(0, from), own(t.label.slice(from, to)), t.label.slice(to)].filter((part) => part !== '');
}

export function agreementWord(status: string): string {
  return status === 'active' ? 'in force' : status === 'pending' ? 'agreed, its effects each turn not yet begun' : status === 'done' ? 'carried out' : status === 'disrupted' ? 'broken off' : status;
}

/** The citations of an option, event or move: short name, paragraph, note (the document's title and the note in the scenario's language). */
export function sourceList(index: ScenarioIndex, sources: readonly SourceRef[] | undefined): HTMLElement | null {
  if (!sources || sources.length === 0) return null;
  return h(
    'ul',
    { class: 'sources' },
    sources.map((s) => {
      const doc = index.scenario.sources.find((d) => d.id === s.source);
      return h('li', null, scenarioText(doc ? index : undefined, 'cite', { title: doc ? `${doc.title}. ${doc.reference}` : undefined }, doc?.title ?? s.source), `, ¶${s.paragraph}: `, scenarioSpan(index, s.note));
    }),
  );
}

/** Sources in a disclosure, closed by default: "Sources (2)". */
export function sourcesDetails(index: ScenarioIndex, sources: readonly SourceRef[] | undefined, label = 'Sources'): HTMLElement | null {
  const list = sourceList(index, sources);
  if (!list) return null;
  return h('details', { class: 'sources-details' }, h('summary', null, `${label} (${sources!.length})`), list);
}

/**
 * A condition's leaf in words (a trace's text): the ids in it (tracks, actors, options, events)
 * become names, and a flag (`islands-talks: yes`) its name.
 */
export function conditionPhrase(index: ScenarioIndex, leaf: string): Phrase {
  const words = leaf.split(/(\s+|[(),:])/);
  return words.flatMap((word, i) => {
    if (words[i + 1] === ':' && flagNames(index.scenario).has(word)) return [own(flagName(index.scenario, word))];
    if (index.tracks.has(word)) return [own(trackName(index, word))];
    if (index.actors.has(word)) return [actorName(index, word)];
    if (index.options.has(word)) return phrase`“${own(optionTitle(index, word))}”`;
    if (index.events.has(word)) return phrase`“${own(index.events.get(word)!.title)}”`;
    return [word];
  });
}

/** An ending condition's leaf in words, with its value now. */
export function tracePhrase(index: ScenarioIndex, t: ConditionTrace): Phrase {
  const text = conditionPhrase(index, t.text);
  // A yes-or-no part that holds is its own value: "signed: yes — now yes" said it twice.
  if (typeof t.actual === 'boolean' && t.holds) return text;
  const actual = typeof t.actual === 'boolean' ? (t.actual ? 'yes' : 'no') : String(t.actual);
  return phrase`${text} — now ${actual}`;
}

/**
 * A turn's agreement entries, one per agreement at work, in the order the turn applied them (a
 * track's numbers follow on from one to the next). An option agreed more than once has an
 * agreement for each: theirs are numbered, "(1 of 2)" (merged into one line, their changes read
 * 53 → 55 and 56 → 58 under one title).
 */
export function turnAgreements(entries: readonly Extract<LogEntry, { kind: 'agreement' }>[]): { entry: Extract<LogEntry, { kind: 'agreement' }>; nth: string }[] {
  const key = (e: { option: string; actor: string }) => `${e.actor}/${e.option}`;
  const of = new Map<string, number>();
  for (const e of entries) of.set(key(e), (of.get(key(e)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const n = (seen.get(key(entry)) ?? 0) + 1;
    seen.set(key(entry), n);
    const total = of.get(key(entry))!;
    return { entry, nth: total > 1 ? ` (${n} of ${total})` : '' };
  });
}

/** Entries of one turn of a given kind. */
export function entriesOf<K extends LogEntry['kind']>(game: GameState, turn: number, kinds: readonly K[]): Extract<LogEntry, { kind: K }>[] {
  return logOfTurn(game, turn).filter((e): e is Extract<LogEntry, { kind: K }> => (kinds as readonly string[]).includes(e.kind));
}

/** A scenario's text of several paragraphs (blank lines between them), each a paragraph in the scenario's language. */
export function paragraphs(index: ScenarioIndex, text: string): Child[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => scenarioText(index, 'p', null, p.trim()));
}

type Effect = import('../scenario/schema').Effect;

/**
 * What an effect of the scenario will do, in words: "Far East development +5". `playersNamed`:
 * read by another state's player, the player's own tracks and capital say whose they are ("Russia:
 * Great-power status +3"): South Korea's player read "Great-power status +3" as if it were Seoul's.
 */
export function effectPhrase(index: ScenarioIndex, e: Effect, playersNamed = false): Phrase {
  const amount = (x: { add?: number; set?: number }) => (x.set !== undefined ? `set to ${x.set}` : signed(x.add ?? 0));
  const whose = playersNamed ? `${actorName(index, index.scenario.player.id)}: ` : '';
  if ('track' in e) return phrase`${index.tracks.get(e.track)?.group === 'world' ? '' : whose}${own(trackName(index, e.track))} ${amount(e)}`;
  if ('actor' in e) return [`${actorName(index, e.actor)}: ${ATTRIBUTE_WORDS[e.attr] ?? e.attr} ${amount(e)}`];
  if ('capital' in e) return [playersNamed ? `${whose}diplomatic capital ${signed(e.capital)}` : `Diplomatic capital ${signed(e.capital)}`];
  if ('flag' in e) return phrase`${own(flagName(index.scenario, e.flag))}: ${e.set ? 'yes' : 'no'}`;
  if ('option' in e) return phrase`Option “${own(optionTitle(index, e.option))}” ${e.open ? 'opens' : 'closes'}`;
  return phrase`Breaks off the agreement “${own(optionTitle(index, e.disrupt))}”`;
}

export function effectList(index: ScenarioIndex, effects: readonly Effect[], playersNamed = false): HTMLElement | null {
  if (effects.length === 0) return null;
  return h('ul', { class: 'effects' }, effects.map((e) => h('li', null, phraseNodes(index, effectPhrase(index, e, playersNamed)))));
}
