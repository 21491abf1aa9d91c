// Where a draft starts: a shipped scenario's own YAML (each file in its own chunk, fetched only when
// chosen) or a small blank template that is already valid, with a comment on every part, and a game
// already: two partners, a trade-off between two tracks, three endings the play-test's four targets
// pass on (tests/ui/editor/lintAndDraft.test.ts; before, nothing could be proposed after turn 1).

export interface Template {
  key: string;
  label: string;
  load(): Promise<string>;
}

const shippedTexts = import.meta.glob<string>('../../../scenarios/*.yaml', { query: '?raw', import: 'default' });

export const BLANK_TEMPLATE = `# A new scenario. Each part is explained in docs/scenario-format.md.
# Ctrl-Space offers the fields that fit where the cursor is, and the ids this file defines.
format: pivot-east-scenario/1
id: my-scenario
title: My scenario
summary: >-
  A few sentences for the start screen: when, where, and what the player tries to do.

sources:
  - id: my-source
    title: The document this scenario is built from
    reference: Author. Year. "Title". Where it was published.

calendar:
  start: 2016-01 # the first month of turn 1
  monthsPerTurn: 3
  turns: 8

player:
  id: russia
  name: Russia
  location: { lon: 37.6, lat: 55.8 }

# The two sides an actor's alignment (-100 .. +100) leans between.
alignment: { low: the US, high: China }

capital:
  start: 3
  income: 2
  max: 6

places:
  - { id: moscow, name: Moscow, kind: capital, lon: 37.6, lat: 55.8 }
  - { id: beijing, name: Beijing, kind: capital, lon: 116.4, lat: 39.9 }
  - { id: tokyo, name: Tokyo, kind: capital, lon: 139.7, lat: 35.7 }

tracks:
  - id: development
    name: Development
    description: What the player wants to grow.
    group: player # the player's own number (or world)
    start: 30
  - id: dependence
    name: Dependence on China
    description: What the player wants to keep low.
    group: player
    start: 40
    higherIsBetter: false

# The others the player deals with: states, or the EU, an alliance, a company. An actor's alignment
# is where it stands between the two sides above (0: halfway, when they mean nothing for it).
actors:
  - id: china
    name: China
    short: CHN
    # inSentence: the United States  # only for a name that needs "the" inside a sentence
    description: A partner that weighs every proposal against its interests.
    location: { lon: 116.4, lat: 39.9 }
    start: { relation: 50, trust: 50, trade: 50, alignment: 50 }
    interests:
      - { id: trade-links, label: More trade with Russia, weight: 60 }
  - id: japan
    name: Japan
    short: JPN
    description: A partner that helps the player depend less on China, when it agrees.
    location: { lon: 139.7, lat: 35.7 }
    start: { relation: 40, trust: 40, trade: 20, alignment: -30 }
    interests:
      - { id: investment, label: Projects for Japanese firms, weight: 50 }

options:
  - id: trade-deal
    target: china
    map: { route: [moscow, beijing], kind: railway }
    title: A trade deal
    text: What the deal is and what it costs, in plain words.
    cost: 2
    maxTimes: 4 # deals it can make in one game (1 when left out)
    touches: { trade-links: 50 }
    effects:
      - { track: development, add: 5 }
      - { track: dependence, add: 6 }
    sources:
      - source: my-source
        paragraph: 1 # the N-th non-blank line of the source's text file (a title line counts)
        note: What the document says here, in your own words.
  - id: summit
    target: china
    map: { place: beijing, kind: summit }
    title: A summit in Beijing
    text: Warm words and a better mood for the next deal with China; nothing else changes.
    cost: 1
    maxTimes: 4
    touches: { trade-links: 20 }
    effects:
      - { actor: china, attr: relation, add: 8 }
    sources:
      - source: my-source
        paragraph: 1
        note: What the document says here, in your own words.
  - id: japanese-investment
    target: japan
    map: { route: [moscow, tokyo], kind: finance }
    title: Japanese investment
    text: Slower and less certain than China's money, but it makes the player less dependent.
    cost: 3
    maxTimes: 3
    touches: { investment: 60 }
    effects:
      - { track: development, add: 4 }
      - { track: dependence, add: -4 }
    sources:
      - source: my-source
        paragraph: 1
        note: What the document says here, in your own words.

# Checked at the game's end, in this order: the first whose "when" holds is the game's ending.
endings:
  - id: junior-partner
    title: Junior partner
    text: Development came, but on China's terms.
    when: { track: dependence, gte: 60 }
    bonus: -20
  - id: success
    title: Success
    text: Development grew, and not only with China.
    when: { all: [{ track: development, gte: 48 }, { track: dependence, lte: 52 }] }
    bonus: 30
  - id: stalemate
    title: Stalemate
    text: Nothing much changed.

score:
  - { track: development, weight: 2 }
  - { track: dependence, weight: -1 }
`;

export function templates(shipped: readonly { id: string; title: string; fileName: string }[]): Template[] {
  const out: Template[] = [{ key: 'blank', label: 'A blank template', load: () => Promise.resolve(BLANK_TEMPLATE) }];
  for (const s of shipped) {
    const load = shippedTexts[`../../../${s.fileName}`]; // fileName is e.g. scenarios/tutorial.yaml
    if (load) out.push({ key: `shipped:${s.id}`, label: `${s.title} (${s.fileName})`, load });
  }
  return out;
}
