// The one schema of a scenario file. Everything specific to a game (actors, options, events,
// endings) is data described here; the engine only interprets these shapes.
// Conditions and effects are structured data so that nothing in a scenario is ever run as code.
import { z } from './zod';
import { ACTOR_ATTRIBUTES, AGREEMENT_STATUSES, type ActorAttribute } from './attributes';
import { COMPARISON_FIELDS } from './comparison';
import { crisisSchemaOf } from './crisisSchema';
import { ID_PATTERN } from './idPattern';
import { LANGUAGE_FORM, LANGUAGE_PATTERN } from './language';
import { MONTH_PATTERN } from './months';
import { describeValue } from './quote';

/** The first line of every scenario file: the format and its version. */
export const SCENARIO_FORMAT = 'pivot-east-scenario/1';

export { ACTOR_ATTRIBUTES, AGREEMENT_STATUSES, ATTRIBUTE_RANGE, type ActorAttribute } from './attributes';

const id = z
  .string()
  .regex(ID_PATTERN, 'an id is lower-case letters a–z without accents, digits and dashes, starting with a letter (at most 48 characters)');
const text = (max: number) => z.string().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const int = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const MONTH_FORM = 'a month is written YYYY-MM, e.g. 2016-09';
/** A year alone (`at: 2018`) is read as a number: say the month's form, not "expected text". */
const monthOfNumber = (issue: { input?: unknown }) =>
  typeof issue.input === 'number' ? `${MONTH_FORM}; got ${describeValue(issue.input)}${Number.isInteger(issue.input) && issue.input >= 1000 && issue.input <= 9999 ? `: give its month too, e.g. ${issue.input}-01` : ''}` : undefined;
const month = z.string({ error: monthOfNumber }).regex(MONTH_PATTERN, MONTH_FORM);

const attribute = z.enum(ACTOR_ATTRIBUTES);


/** A citation: which source document, which paragraph, and what it says in our own words. */
const source = z.strictObject({
  source: id.describe('short name of a source listed under `sources`'),
  paragraph: int(1, 999).describe('the N-th non-blank line of the source\'s text file, counting from 1'),
  note: text(600).describe('what the document says here, in your own words'),
});
const sources = z.array(source).min(1, 'cite at least one source').max(12);

const comparison = {
  gte: z.number().int().optional(),
  lte: z.number().int().optional(),
  gt: z.number().int().optional(),
  lt: z.number().int().optional(),
  eq: z.number().int().optional(),
};
const hasComparison = (c: Record<string, unknown>) => COMPARISON_FIELDS.some((k) => c[k] !== undefined);
const needsComparison = { message: `give at least one of ${COMPARISON_FIELDS.join(', ')}` };

export type Comparison = { gte?: number; lte?: number; gt?: number; lt?: number; eq?: number };
export type Condition =
  | ({ track: string } & Comparison)
  | ({ actor: string; attr: ActorAttribute } & Comparison)
  | { turn: Comparison }
  | { capital: Comparison }
  | { flag: string; is?: boolean }
  | { agreement: string; status?: (typeof AGREEMENT_STATUSES)[number] }
  | { event: string; thisTurn?: boolean }
  | { option: string; open?: boolean; made?: Comparison; tried?: Comparison }
  | ({ count: Condition[] } & Comparison)
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

// The title in `meta` names the union in error messages ("not a valid condition") and in editors.
export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ track: id, ...comparison }).refine(hasComparison, needsComparison),
    z.strictObject({ actor: id, attr: attribute, ...comparison }).refine(hasComparison, needsComparison),
    z.strictObject({ turn: z.strictObject(comparison).refine(hasComparison, needsComparison) }),
    z.strictObject({ capital: z.strictObject(comparison).refine(hasComparison, needsComparison) }),
    z.strictObject({ flag: id, is: z.boolean().optional() }),
    z.strictObject({ agreement: id, status: z.enum(AGREEMENT_STATUSES).optional() }),
    z.strictObject({ event: id, thisTurn: z.boolean().optional().describe('true: the event happened in the present turn (not in an earlier one)') }),
    z
      .strictObject({
        option: id,
        open: z.boolean().optional().describe('the option is open (true) or closed (false)'),
        made: z.strictObject(comparison).refine(hasComparison, needsComparison).optional().describe('how many deals it has made'),
        tried: z.strictObject(comparison).refine(hasComparison, needsComparison).optional().describe('how many times it has been proposed'),
      })
      .refine((c) => c.open !== undefined || c.made !== undefined || c.tried !== undefined, { message: 'give open, made or tried' }),
    z
      .strictObject({ count: z.array(condition).min(1).max(32).describe('conditions; the number of them that hold is compared'), ...comparison })
      .refine(hasComparison, needsComparison),
    z.strictObject({ all: z.array(condition).min(1).max(32) }),
    z.strictObject({ any: z.array(condition).min(1).max(32) }),
    z.strictObject({ not: condition }),
  ]).meta({
    id: 'condition',
    title: 'condition',
    description: 'a test on the game state, written with exactly one of: track, actor + attr, turn, capital, flag, agreement, event, option, count, all, any, not',
  }),
);

export const effect = z.union([
  z.strictObject({ track: id, add: int(-1000, 1000).optional(), set: int(-1000, 1000).optional() }),
  z.strictObject({ actor: id, attr: attribute, add: int(-1000, 1000).optional(), set: int(-1000, 1000).optional() }),
  z.strictObject({ capital: int(-50, 50).describe('diplomatic capital added (negative: taken away)') }),
  z.strictObject({ flag: id, set: z.boolean() }),
  z.strictObject({ option: id, open: z.boolean().describe('open or close an option for the player') }),
  z.strictObject({ disrupt: id.describe('an option whose pending or active agreement is broken off') }),
]).meta({
  id: 'effect',
  title: 'effect',
  description: 'a change to the game, written with exactly one of: track, actor + attr, capital, flag + set, option + open, disrupt',
});
export type Effect = z.infer<typeof effect>;
const effects = z.array(effect).max(32);

/** A conditional term in a weighing: when the condition holds, `value` is added, shown as `label`. */
const modifier = z.strictObject({
  when: condition,
  value: int(-100, 100),
  label: text(160),
});
export type Modifier = z.infer<typeof modifier>;

/** How much an option or move serves each of the target's interests, -100 (hurts) .. 100 (serves). */
const touches = z.record(id, int(-100, 100));

const countedActors = z.array(id).min(2).max(16).optional().describe('the actors counted; every actor when omitted');

const track = z.strictObject({
  id,
  name: text(60),
  description: text(400),
  // `russia` is the first files' word for the player's own tracks, whoever the player is: the two
  // mean the same (the screens read "not world"). Not mapped one to the other by the schema: a
  // transform here gave the tracks' objects another shape, and the engine alone a fifth more time.
  group: z
    .enum(['player', 'russia', 'world'])
    .describe('the player\'s own tracks (player, or russia as older files write it), or the state of the world'),
  min: int(-1000, 1000).default(0),
  max: int(-1000, 1000).default(100),
  start: int(-1000, 1000).optional().describe('starting value, between min and max; not given for derived tracks'),
  derive: z
    .union([
      z.strictObject({ kind: z.literal('diversity'), attr: attribute.default('trade'), actors: countedActors }),
      z.strictObject({ kind: z.literal('share'), actor: id, attr: attribute.default('trade'), actors: countedActors }),
    ])
    .optional()
    .describe('diversity: 100 minus the concentration index of the actors\' shares; share: one actor\'s share in percent'),
  higherIsBetter: z.boolean().default(true).describe('false for tracks the player wants low, such as dependence'),
});

const interest = z.strictObject({
  id,
  label: text(120),
  weight: int(0, 100),
});

const move = z.strictObject({
  id,
  title: text(120),
  text: text(600),
  when: condition.optional(),
  chance: int(0, 100).describe('base chance in percent, before the actor\'s interests are weighed'),
  touches: touches.default({}),
  modifiers: z.array(modifier).max(16).default([]),
  maxTimes: int(1, 99).default(1),
  effects,
  sources,
});

/** An offer the actor itself makes to the player (a seat's own proposal), answered yes or no. */
const offer = z.strictObject({
  id,
  title: text(120),
  text: text(800).describe('what the actor offers and asks in return, in plain words'),
  when: condition.optional().describe('the actor can make the offer only while this holds'),
  maxTimes: int(1, 99).default(1).describe('how many times the actor can make it in one game, taken or not'),
  cost: int(0, 20).default(0).describe('diplomatic capital the player spends to take it'),
  touches: touches.default({}).describe('how much making it serves each interest of the actor, -100..100 (for bots and the advisor)'),
  effects: effects.describe('applied when the player takes it: changes for both sides'),
  onDecline: effects.default([]).describe('applied when the player declines it'),
  sources,
});

/** An actor's or the player's name inside a sentence. No default: a file without it reads (and hashes) as before. */
const inSentence = text(60).optional().describe('its name inside a sentence when that differs from name, e.g. the United States; the game writes it with a capital letter at a sentence\'s start');

const actor = z.strictObject({
  id,
  name: text(60),
  inSentence,
  short: text(4).optional().describe('a short label for the map, e.g. JPN'),
  description: text(600),
  location: z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  start: z.strictObject({
    relation: int(-100, 100),
    trust: int(0, 100),
    trade: int(0, 1000),
    alignment: int(-100, 100),
  }),
  interests: z.array(interest).min(1).max(12),
  relationWeight: int(0, 100).default(30).describe('percent of the relation with the player counted in every decision'),
  trustWeight: int(0, 100).default(30).describe('percent of (trust - 50) counted in every decision'),
  moves: z.array(move).max(24).default([]),
  offers: z.array(offer).max(8).default([]).describe('offers the actor makes to the player, by its seat'),
});

const counterOffer = z.strictObject({
  title: text(120),
  text: text(600),
  extraCost: int(0, 20).default(0),
  effects: effects.default([]),
  perTurn: effects.optional().describe('replaces the option\'s perTurn effects when given'),
  rounds: int(0, 5).default(0).describe('how many times the player may answer with the middle between the proposal and this counter-offer; 0: no bargaining'),
  patience: int(0, 50).default(10).describe('how many points the target\'s chance of accepting the middle falls with each round'),
});

/** A named point on the map board: a city, a site or a disputed territory. */
const place = z.strictObject({
  id,
  name: text(60),
  kind: z.enum(['city', 'site', 'islands', 'capital']),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

/** Where an agreement is drawn on the board: at a place, or along a route of places. */
const mapMark = z.strictObject({
  place: id.optional(),
  route: z.array(id).min(2).max(8).optional(),
  kind: z.enum(['railway', 'pipeline', 'facility', 'summit', 'finance', 'military', 'territory']),
});

const option = z.strictObject({
  id,
  target: id.optional().describe('the actor this proposal is made to; leave it out for a step the player takes alone (no one weighs it: it is carried out)'),
  map: mapMark.optional().describe('how the deal is drawn on the map board'),
  title: text(120),
  text: text(800).describe('what the deal is and what it costs the player, in plain words'),
  cost: int(0, 20).describe('diplomatic capital spent when proposing it'),
  when: condition.optional().describe('the option can be proposed only while this holds'),
  open: z.boolean().default(true).describe('false: closed until an effect opens it'),
  maxTimes: int(1, 99).default(1).describe('how many deals it can make in one game (a counter-offer taken counts)'),
  maxTries: int(1, 99).optional().describe('how many times it can be proposed in one game, deals or not; no limit when omitted'),
  excludes: z.array(id).max(16).default([]).describe('options it cannot be combined with: not proposed in the same turn as one of them, nor after one of them made a deal'),
  base: int(-100, 100).default(0).describe('the starting score of the target\'s weighing (50 + score = chance in percent)'),
  touches: touches.default({}).describe('how much the deal serves each interest of the target, -100..100'),
  modifiers: z.array(modifier).max(16).default([]).describe('terms added to the weighing while a condition holds'),
  effects: effects.describe('applied when the deal is made'),
  delay: int(0, 12).default(0).describe('turns before the per-turn effects begin'),
  duration: int(0, 12).default(0).describe('turns over which perTurn effects apply'),
  perTurn: effects.default([]).describe('applied on each turn the agreement is active'),
  onReject: effects.default([]).describe('applied when the target says no'),
  onDisrupt: effects.default([]).describe('applied when an event or move breaks the agreement off'),
  counter: counterOffer.optional().describe('what the target may offer instead of a plain no'),
  sources,
});

const event = z.strictObject({
  id,
  title: text(120),
  text: text(800),
  at: month.optional().describe('fires on the turn that contains this month'),
  when: condition.optional(),
  chance: int(0, 100).default(100).describe('percent per turn while due'),
  maxTimes: int(1, 99).default(1),
  effects,
  sources,
});

const ending = z.strictObject({
  id,
  title: text(120),
  text: text(1200),
  when: condition.optional().describe('omit on the one fallback ending'),
  early: z.boolean().default(false).describe('may end the game before the last turn'),
  bonus: int(-1000, 1000).default(0),
  sources: sources.optional(),
});

const crisis = crisisSchemaOf({
  id,
  text,
  int,
  effects: effects.default([]),
  modifiers: z.array(modifier).max(16).default([]),
  touches: touches.default({}),
  condition,
  sources,
});

const hint = z.strictObject({ turn: int(1, 99), text: text(600) });

/** A flag's name: what players read where the game shows it ("Talks on the islands under way: yes"). */
const flagName = z.strictObject({
  id: id.describe('the flag\'s id, as conditions and effects write it'),
  name: text(80).describe('a short statement the game shows as true or false, e.g. "Talks on the islands are under way"'),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT).describe('the file format and its version'),
  id: id.describe('the scenario\'s short name, e.g. courting-mother-russia'),
  title: text(120).describe('shown on the start screen'),
  summary: text(1200).describe('a few sentences for the start screen'),
  language: z
    .string()
    .regex(LANGUAGE_PATTERN, LANGUAGE_FORM)
    .default('en')
    .describe('the language of the texts, a two-letter code such as en or fr, with a region if needed, such as fr-CA; the lang of the texts on the game\'s screens (the game\'s own words stay English)'),
  sources: z
    .array(
      z.strictObject({
        id,
        title: text(200),
        reference: text(600),
        url: z
          .url({ protocol: /^https?$/, error: 'a link is a full address starting with http:// or https://' })
          .max(500, 'at most 500 characters')
          .optional()
          .describe('optional: where to read the document, an http:// or https:// address'),
      }),
    )
    .min(1)
    .describe('the documents the scenario is built from; citations name them by id'),
  calendar: z.strictObject({
    start: month.describe('the first month of turn 1'),
    monthsPerTurn: int(1, 24).describe('how many months one turn lasts'),
    turns: int(1, 40).describe('how many turns the game lasts'),
  }),
  player: z.strictObject({
    id: id.describe('the player\'s id (usually russia); no actor may have it'),
    name: text(60),
    inSentence,
    location: z.strictObject({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  }),
  alignment: z
    .strictObject({
      low: text(40).describe('what an alignment of -100 leans to, e.g. the US'),
      high: text(40).describe('what an alignment of +100 leans to, e.g. China'),
    })
    .optional()
    .describe('the two sides the actors\' alignment leans between (the US and China when left out)'),
  capital: z
    .strictObject({
      start: int(0, 50).describe('diplomatic capital at the start (at most max)'),
      income: int(0, 50).describe('capital added at every briefing'),
      max: int(1, 99).describe('capital never grows above this'),
      modifiers: z.array(modifier).max(16).default([]).describe('changes to the income while a condition holds'),
    })
    .describe('the player\'s budget of diplomatic capital'),
  // No default: a file without the section reads (and hashes) as before.
  flags: z
    .array(flagName)
    .max(64)
    .optional()
    .describe('optional: a name for each flag, shown to players instead of its id; once given, every flag the file uses is listed here'),
  places: z.array(place).max(40).default([]).describe('named points on the map board'),
  tracks: z.array(track).min(1).max(24).describe('the numbers the game follows: the player\'s own and the world\'s'),
  actors: z.array(actor).min(1).max(16).describe('the other states, which weigh proposals and move on their own'),
  options: z.array(option).min(1).max(120).describe('the proposals the player can make'),
  events: z.array(event).max(120).default([]).describe('news that happens at a date or by chance'),
  crises: z.array(crisis).max(24).default([]).describe('crises a move, an event or an option opens; the player and the other side answer up a ladder'),
  endings: z.array(ending).min(1).max(16).describe('the first one whose condition holds at the end is the result; one has no condition'),
  score: z
    .array(z.strictObject({ track: id.describe('a track id'), weight: int(-20, 20).describe('points per unit of the track') }))
    .min(1)
    .max(24)
    .describe('the final score: the sum of weight × value over these tracks, plus the ending\'s bonus'),
  questions: z.array(text(600)).max(20).default([]).describe('discussion questions for the debrief'),
  teacherNotes: z.array(text(1200)).max(20).default([]).describe('notes for the teacher: how to run the class'),
  hints: z.array(hint).max(40).default([]).describe('tips shown to the player on a given turn'),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioActor = Scenario['actors'][number];
export type ScenarioOption = Scenario['options'][number];
export type ScenarioEvent = Scenario['events'][number];
export type ScenarioEnding = Scenario['endings'][number];
export type ScenarioTrack = Scenario['tracks'][number];
export type ActorMove = ScenarioActor['moves'][number];
export type ActorOffer = ScenarioActor['offers'][number];
export type ScenarioCrisis = Scenario['crises'][number];
export type ScenarioPlace = z.infer<typeof place>;
export type ScenarioFlag = z.infer<typeof flagName>;
export type SourceRef = z.infer<typeof source>;
