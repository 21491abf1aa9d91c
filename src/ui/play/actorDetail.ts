// The selected actor: what it is, its numbers with the player, what it wants, the agreements made
// with it, and its options (those that can be proposed now first), each drawn as an option card.
import { actorOf, termsOf, type Agreement, type GameState, type ScenarioIndex } from '../../engine';
import { alignmentSides, leanWords } from '../alignmentWords';
import { h, signed, type Child } from '../dom';
import { phrase, phraseNodes, scenarioSpan, scenarioText } from '../scenarioText';
import { agreementNamePhrase, agreementWord, nameInSentence, plural } from '../text';

/**
 * When an agreement's effects each turn run: from which turn and for how long while it waits (its
 * one-off effects were applied when it was made), how long still once in force.
 */
function agreementTiming(a: Agreement): string {
  const turns = plural(a.turnsLeft, 'turn');
  if (a.status === 'pending') return `, from turn ${a.startTurn} for ${turns}`;
  return a.status === 'active' ? `, ${turns} left` : '';
}

/** `open`: the options that can be proposed now (availableOptions), listed first. */
export function actorDetail(index: ScenarioIndex, g: GameState, open: ReadonlySet<string>, actorId: string, card: (option: string) => HTMLElement): Child {
  const { scenario } = index;
  const actor = index.actors.get(actorId)!;
  const now = actorOf(g.actors, index, actor.id)!;
  const options = scenario.options.filter((o) => o.target === actor.id);
  // Those that can be proposed first, with the ones proposed this turn where they were: a card that
  // moved away when proposed left another's button under the finger (a phone's second tap proposed it).
  const first = (id: string) => open.has(id) || g.proposals.some((p) => p.option === id);
  const ranked = [...options].sort((a, b) => Number(!first(a.id)) - Number(!first(b.id)));
  const agreements = g.agreements.filter((x) => x.actor === actor.id);
  const align = leanWords(now.alignment, alignmentSides(scenario));
  return h(
    'section',
    // An id and a focus of its own: the map's link jumps here on a phone (playScreen.ts).
    { class: 'panel actor-detail', id: 'actor-detail', tabIndex: -1, attrs: { 'aria-labelledby': 'actor-title' } },
    scenarioText(index, 'h2', { id: 'actor-title' }, actor.name),
    scenarioText(index, 'p', { class: 'small' }, actor.description),
    h(
      'dl',
      { class: 'stats' },
      h('dt', null, `Relation with ${nameInSentence(index, scenario.player.id)}`),
      h('dd', null, `${signed(now.relation)} (−100 hostile … +100 close)`),
      h('dt', null, 'Trust'),
      h('dd', null, `${now.trust} of 100`),
      h('dt', null, 'Trade'),
      h('dd', null, `${now.trade} bn US$ a year`),
      h('dt', null, 'Alignment'),
      h('dd', null, align),
    ),
    h('details', { class: 'interests' }, h('summary', null, `What ${nameInSentence(index, actor.id)} wants (${actor.interests.length})`), h('ul', null, actor.interests.map((i) => h('li', null, scenarioSpan(index, i.label), ` — weight ${i.weight}`)))),
    agreements.length > 0
      ? h('ul', { class: 'agreements small' }, agreements.map((x) => h('li', null, phraseNodes(index, phrase`Agreement of turn ${x.madeTurn}: ${agreementNamePhrase(index, x.option, termsOf(x))} — ${agreementWord(x.status)}${agreementTiming(x)}`))))
      : null,
    h('h3', null, `Options with ${nameInSentence(index, actor.id)}`),
    options.length === 0 ? h('p', { class: 'muted' }, 'No option is aimed at this actor.') : h('ul', { class: 'options' }, ranked.map((o) => card(o.id))),
  );
}
