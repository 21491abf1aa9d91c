// A small scenario for the engine's tests, written as data: two actors, options with and without
// counters and lasting agreements, dated, conditional and random events, moves and endings.
import { indexScenario } from '../../src/engine';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema';

const cite = [{ source: 'doc', paragraph: 1, note: 'A test citation.' }];

export const fixtureData = {
  format: 'pivot-east-scenario/1',
  id: 'fixture',
  title: 'Fixture',
  summary: 'A scenario for tests.',
  sources: [{ id: 'doc', title: 'A document', reference: 'Nobody, 2020.' }],
  calendar: { start: '2016-09', monthsPerTurn: 3, turns: 6 },
  player: { id: 'land', name: 'Land', location: { lon: 130, lat: 43 } },
  capital: { start: 6, income: 4, max: 10, modifiers: [{ when: { track: 'price', lt: 30 }, value: -2, label: 'Low prices' }] },
  tracks: [
    { id: 'wealth', name: 'Wealth', description: 'Development.', group: 'player', start: 20 },
    { id: 'mix', name: 'Diversification', description: 'Spread of trade.', group: 'player', derive: { kind: 'diversity', attr: 'trade' } },
    { id: 'lean', name: 'Dependence on Big', description: 'Share of Big.', group: 'player', derive: { kind: 'share', actor: 'big', attr: 'trade' }, higherIsBetter: false },
    { id: 'price', name: 'Price', description: 'Commodity price.', group: 'world', start: 50 },
  ],
  actors: [
    {
      id: 'big', name: 'Big', description: 'A big neighbour.', location: { lon: 116, lat: 40 },
      start: { relation: 20, trust: 50, trade: 60, alignment: 50 },
      interests: [{ id: 'money', label: 'Money', weight: 60 }, { id: 'calm', label: 'Calm', weight: 40 }],
      moves: [{ id: 'offer', title: 'Big offers', text: 'Big offers a loan.', chance: 40, touches: { money: 50 }, effects: [{ track: 'wealth', add: 2 }], sources: cite, maxTimes: 3 }],
    },
    {
      id: 'small', name: 'Small', description: 'An island state.', location: { lon: 139, lat: 35 },
      start: { relation: -10, trust: 30, trade: 20, alignment: -60 },
      interests: [{ id: 'islands', label: 'The islands', weight: 80 }, { id: 'trade', label: 'Trade', weight: 30 }],
    },
  ],
  options: [
    { id: 'loan', target: 'big', title: 'Ask Big for a loan', text: 'A loan.', cost: 2, maxTimes: 3, touches: { money: 40 }, effects: [{ track: 'wealth', add: 5 }, { actor: 'big', attr: 'trade', add: 10 }], sources: cite },
    {
      id: 'pipeline', target: 'big', title: 'Build a pipeline', text: 'Gas.', cost: 3, touches: { money: 60 }, base: -10, duration: 3, delay: 1,
      effects: [{ actor: 'big', attr: 'relation', add: 5 }], perTurn: [{ track: 'wealth', add: 3 }], onDisrupt: [{ track: 'wealth', add: -2 }],
      counter: { title: 'Big wants a lower price', text: 'A lower price.', extraCost: 1, effects: [{ actor: 'big', attr: 'relation', add: 2 }], perTurn: [{ track: 'wealth', add: 1 }] },
      sources: cite,
    },
    {
      id: 'islands', target: 'small', title: 'Offer two islands', text: 'Two of four.', cost: 4, base: -20, touches: { islands: 60 },
      modifiers: [{ when: { actor: 'small', attr: 'relation', gte: 20 }, value: 15, label: 'Warmer ties' }],
      effects: [{ flag: 'treaty', set: true }, { actor: 'small', attr: 'trade', add: 30 }], onReject: [{ actor: 'small', attr: 'trust', add: -5 }],
      counter: { title: 'Small asks for all four', text: 'More.', extraCost: 2, effects: [{ flag: 'treaty', set: true }] },
      sources: cite,
    },
    { id: 'forum', target: 'small', title: 'Invite Small to a forum', text: 'A forum.', cost: 1, maxTimes: 6, touches: { trade: 50 }, effects: [{ actor: 'small', attr: 'relation', add: 8 }], sources: cite },
    { id: 'secret', target: 'small', title: 'A closed option', text: 'Opens later.', cost: 1, open: false, effects: [{ track: 'wealth', add: 1 }], sources: cite },
  ],
  events: [
    { id: 'shock', title: 'Price shock', text: 'Prices fall.', at: '2017-01', effects: [{ track: 'price', add: -30 }, { option: 'secret', open: true }], sources: cite },
    { id: 'sanction', title: 'Sanctions', text: 'Pipeline broken.', when: { agreement: 'pipeline', status: 'active' }, effects: [{ disrupt: 'pipeline' }], sources: cite },
    { id: 'luck', title: 'Luck', text: 'Random luck.', chance: 30, maxTimes: 6, effects: [{ track: 'wealth', add: 1 }], sources: cite },
  ],
  endings: [
    { id: 'treaty', title: 'Treaty', text: 'A treaty.', when: { flag: 'treaty' }, bonus: 50 },
    { id: 'collapse', title: 'Collapse', text: 'Early end.', early: true, when: { track: 'wealth', lte: 0 } },
    { id: 'dependent', title: 'Dependent', text: 'Dependent.', when: { track: 'lean', gte: 80 } },
    { id: 'drift', title: 'Drift', text: 'Nothing special.' },
  ],
  score: [{ track: 'wealth', weight: 2 }, { track: 'mix', weight: 1 }],
};

export function fixtureScenario(overrides: Partial<Record<keyof typeof fixtureData, unknown>> = {}): Scenario {
  return scenarioSchema.parse({ ...fixtureData, ...overrides });
}

export function fixtureIndex(overrides: Partial<Record<keyof typeof fixtureData, unknown>> = {}) {
  return indexScenario(fixtureScenario(overrides), '0123456789abcdef');
}
