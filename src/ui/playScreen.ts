// The play screen: the board in the middle, the news and tracks on one side, the actors, their
// options and the proposals on the other. It sends the player's events to the game and draws
// what the snapshot says; every rule (cost, chance, why not) comes from the engine.
import {
  actorOf,
  estimateChance,
  optionActor,
  gameLog,
  roundsOf,
  trackValue,
  proposalRefusal,
  scoreTerms,
  type GameState,
} from '../engine';
import type { PlayerEvent } from '../machines/events';
import type { BrowserGame } from '../app/browser/game';
import { announce } from './announce';
import { noteAdvisorOpened, watchAhead } from './advisor/adviceAhead';
import { prepareAdvisorWhenIdle } from './advisor/prepareAdvisor';
import { crisisPanel } from './crisisPanel';
import { linkTo } from './gameLink';
import { turnSummary } from './turnSummary';
import { ownStepsPanel } from './ownStepsPanel';
import { board } from './boardHost';
import { buildBoardView } from './boardModel';
import { button, h, render, signed, type Child } from './dom';
import { openDialog } from './dialog';
import { counterPrompt } from './counterPrompt';
import { openWhyDecision, openWhyMove, whyButton } from './explain';
import { openLogDialog, openShareDialog, openSourcesDialog } from './gameDialogs';
import { mountSaveProblem } from './saveProblem';
import { offerPrompt } from './seats/offerDialog';
import { versionNoteBanner } from './versionNote';
import {
  actorName,
  agreementWord,
  changeList,
  dateOf,
  describeEntry,
  effectList,
  entriesOf,
  mergedAgreements,
  optionTitle,
  RESULT_WORDS,
  sourcesDetails,
} from './text';

/**
 * The advisor's code and styles load when "What if?" is first pressed: most turns never open it,
 * and in the play screen's own chunk it made every game page heavier.
 */
function openAdvisorLater(game: BrowserGame, follow: (plan: readonly string[]) => void): void {
  const asked = performance.now(); // the wait it reports counts its own loading
  noteAdvisorOpened();
  import('./advisor/advisorDialog').then(
    ({ openAdvisor }) => openAdvisor(game, { asked, follow }),
    () => openDialog({ title: 'What if?', content: h('p', null, 'The advisor could not be loaded. Check the connection, then press "What if?" again.') }),
  );
}

export interface PlayNav {
  quit(): void;
  ended(game: BrowserGame): void;
}

export function mountPlayScreen(root: HTMLElement, game: BrowserGame, nav: PlayNav): () => void {
  const index = game.index;
  const { scenario } = index;
  let selected: string | null = null;
  let hovered: string | null = null;
  let hintHiddenTurn = 0;
  let statusText = '';
  let lastTurn = game.session.game().turn;
  let openListShown = true;
  let ended = false;

  const regions = {
    top: h('header', { class: 'topbar' }),
    status: h('p', { class: 'status-line', attrs: { 'aria-hidden': 'true' } }),
    hint: h('div'),
    left: h('div', { class: 'col col-left', attrs: { role: 'region', 'aria-label': 'News and tracks' } }),
    boardSlot: h('div', { class: 'board-slot' }),
    right: h('div', { class: 'col col-right', id: 'actions', tabIndex: -1, attrs: { role: 'region', 'aria-label': 'Actors, options and proposals' } }),
  };
  const saveProblem = mountSaveProblem(game);
  const screen = h(
    'div',
    { class: 'screen play-screen', attrs: { lang: scenario.language } },
    h('a', { class: 'skip-link', attrs: { href: '#actions' } }, 'Skip to actors and options'),
    regions.top,
    regions.status,
    saveProblem.element,
    h('main', { class: 'play-main' }, h('div', { class: 'hint-slot' }, versionNoteBanner(game), regions.hint), regions.left, regions.boardSlot, regions.right),
  );
  root.replaceChildren(screen);

  const boardHandle = board();
  boardHandle.attach(regions.boardSlot);
  const ahead = watchAhead(game, regions.boardSlot, boardHandle.drawn);
  prepareAdvisorWhenIdle(game, boardHandle.drawn);
  boardHandle.setCallbacks({
    onActorHover: (id) => {
      hovered = id;
      for (const el of regions.right.querySelectorAll<HTMLElement>('[data-actor]')) el.classList.toggle('hovered', el.dataset.actor === id);
    },
    onActorSelect: (id) => {
      if (!index.actors.has(id)) return;
      selected = id;
      draw();
      announce(`${actorName(index, id)} selected`);
    },
  });

  const state = (): GameState => game.session.game();

  // Others' events (a class game's other seats) redraw the screen too.
  const link = linkTo(game, () => afterEvent());
  function send(event: PlayerEvent, describe: (g: GameState) => string): void {
    const turn = state().turn;
    link.send(event, (refusal) => {
      // A new turn's summary (afterEvent's) says more than the event's own words.
      if (refusal || state().turn === turn) {
        statusText = refusal ? `Not possible: ${refusal.reason}.` : describe(state());
        announce(statusText);
      }
      afterEvent();
    });
  }

  // The answers the game may wait for during the turn: to a counter-offer, to an actor's offer.
  const endTurnButton = () => regions.top.querySelector<HTMLElement>('[data-key="end-turn"]');
  const counterDialog = counterPrompt(game, (event, text) => send(event, () => text), endTurnButton);
  const offerDialog = offerPrompt(game, (event, text) => send(event, () => text), endTurnButton);

  function afterEvent(): void {
    const phase = game.phase();
    if (phase === 'over') {
      if (ended) return;
      ended = true;
      crises.close();
      counterDialog.close();
      offerDialog.close();
      nav.ended(game);
      return;
    }
    const g = state();
    if (g.turn !== lastTurn) {
      const summary = turnSummary(index, g, lastTurn);
      lastTurn = g.turn;
      statusText = summary;
      announce(summary);
    }
    draw();
  }

  function draw(): void {
    const g = state();
    if (selected === null || !index.actors.has(selected)) {
      selected = scenario.actors.find((a) => scenario.options.some((o) => o.target === a.id && proposalRefusal(g, index, o.id) === null))?.id ?? scenario.actors[0]!.id;
    }
    render(regions.top, topBar(g));
    regions.status.textContent = statusText;
    render(regions.hint, hintBanner(g));
    render(regions.left, [reportPanel(g), newsPanel(g), tracksPanel(g)]);
    render(regions.right, [queuePanel(g), openOptionsPanel(g), ownStepsPanel(index, (id) => optionCard(g, id)), actorsPanel(g), optionsPanel(g)], () => regions.right);
    boardHandle.setView(buildBoardView(index, g, selected));
    counterDialog.update();
    offerDialog.update();
    crises.update();
    ahead.seen();
  }

  // ---- top bar -------------------------------------------------------------------------------

  function topBar(g: GameState): Child {
    const queued = g.proposals.length;
    return [
      h('div', { class: 'brand' }, h('span', { class: 'game-name' }, 'Pivot East'), h('h1', { class: 'scenario-title', title: scenario.title }, scenario.title)),
      h(
        'p',
        { class: 'turn-info', attrs: { 'data-testid': 'turn-info' } },
        h('span', { class: 'date' }, dateOf(index, g.turn)),
        h('span', { class: 'turn' }, `Turn ${g.turn} of ${scenario.calendar.turns}`),
      ),
      h(
        'p',
        { class: 'capital', attrs: { 'data-testid': 'capital' } },
        h('span', { class: 'label' }, 'Diplomatic capital'),
        h('strong', null, String(g.capital)),
        h('span', { class: 'muted' }, ` of ${scenario.capital.max}`),
      ),
      h(
        'nav',
        { class: 'game-menu', attrs: { 'aria-label': 'Game' } },
        button('What if?', () => openAdvisorLater(game, (plan) => plan.forEach(propose)), { class: 'secondary', key: 'open-advisor' }),
        button('Game log', () => openLogDialog(index, state()), { class: 'secondary', key: 'open-log' }),
        button('Sources', () => openSourcesDialog(index), { class: 'secondary', key: 'open-sources' }),
        button('Save & share', () => openShareDialog(game), { class: 'secondary', key: 'open-share' }),
        button('Quit to start', () => nav.quit(), { class: 'secondary', key: 'quit' }),
      ),
      button(
        [`End turn ${g.turn}`, h('span', { class: 'end-turn-note' }, queued === 0 ? ' (no proposals)' : ` (${queued} proposal${queued === 1 ? '' : 's'})`)],
        () => send({ type: 'END_TURN' }, () => ''),
        // While another seat decides (a class game), it is shown unavailable but keeps its focus,
        // and a press says in words what the game waits for.
        { class: 'primary end-turn', key: 'end-turn', attrs: game.phase() === 'planning' ? undefined : { 'aria-disabled': 'true' } },
      ),
    ];
  }

  function hintBanner(g: GameState): Child {
    const hints = scenario.hints.filter((x) => x.turn === g.turn);
    if (hints.length === 0) return null;
    if (hintHiddenTurn === g.turn) {
      return button('Show the hint', () => {
        hintHiddenTurn = 0;
        draw();
      }, { class: 'secondary show-hint', key: 'toggle-hint' });
    }
    return h(
      'aside',
      { class: 'hint', attrs: { 'aria-labelledby': 'hint-title' } },
      h('h2', { id: 'hint-title' }, 'Hint'),
      hints.map((x) => h('p', null, x.text)),
      button('Hide the hint', () => {
        hintHiddenTurn = g.turn;
        draw();
      }, { class: 'secondary small', key: 'toggle-hint' }),
    );
  }

  // ---- left column: last turn, news, tracks ----------------------------------------------------

  function reportPanel(g: GameState): Child {
    const turn = g.turn - 1;
    if (turn < 1) return null;
    const decisions = entriesOf(g, turn, ['decision']);
    const deals = entriesOf(g, turn, ['deal']);
    const moves = entriesOf(g, turn, ['move']);
    const agreements = mergedAgreements(entriesOf(g, turn, ['agreement']));
    const acted = moves.filter((m) => m.happened);
    const idle = moves.filter((m) => !m.happened);
    return h(
      'section',
      { class: 'panel report', attrs: { 'aria-labelledby': 'report-title' } },
      h('h2', { id: 'report-title' }, `What happened in ${dateOf(index, turn)}`),
      h('h3', null, 'Your proposals'),
      decisions.length === 0
        ? h('p', { class: 'muted' }, 'You made no proposal.')
        : h(
            'ul',
            { class: 'results' },
            decisions.map((d) => {
              const deal = deals.find((x) => x.option === d.decision.option);
              const result = deal ? RESULT_WORDS[deal.result] : null;
              return h(
                'li',
                { class: `result ${deal?.result ?? ''}` },
                h('span', { class: 'symbol', attrs: { 'aria-hidden': 'true' } }, result?.symbol ?? '•'),
                h('span', null, h('strong', null, actorName(index, d.decision.actor)), ` — “${optionTitle(index, d.decision.option)}”: ${result?.text ?? d.decision.outcome}`),
                ' ',
                whyButton(`${actorName(index, d.decision.actor)}, ${optionTitle(index, d.decision.option)}`, `why-${turn}-${d.decision.option}`, () => openWhyDecision(index, d.decision, roundsOf(gameLog(g), d.decision))),
                deal ? changeList(index, deal.changes) : null,
              );
            }),
          ),
      h('h3', null, 'The other actors'),
      acted.length === 0 ? h('p', { class: 'muted' }, 'No other actor made a move.') : null,
      h(
        'ul',
        { class: 'moves' },
        acted.map((m) => {
          const move = index.moves.get(`${m.actor}/${m.move}`);
          return h(
            'li',
            null,
            h('strong', null, actorName(index, m.actor)),
            `: ${move?.title ?? m.move} `,
            whyButton(`${actorName(index, m.actor)}, ${move?.title ?? m.move}`, `why-move-${turn}-${m.actor}`, () => openWhyMove(index, m)),
            move ? h('p', { class: 'small' }, move.text) : null,
            changeList(index, m.changes),
            sourcesDetails(index, move?.sources),
          );
        }),
      ),
      idle.length > 0
        ? h(
            'details',
            { class: 'idle-moves' },
            h('summary', null, `Considered but did not act (${idle.length})`),
            h(
              'ul',
              null,
              idle.map((m) =>
                h('li', null, describeEntry(index, m), ' ', whyButton(`${actorName(index, m.actor)} did not act`, `why-idle-${turn}-${m.actor}`, () => openWhyMove(index, m))),
              ),
            ),
          )
        : null,
      agreements.length > 0
        ? [
            h('h3', null, 'Agreements'),
            h(
              'ul',
              { class: 'agreements' },
              agreements.map((a) => h('li', null, `“${optionTitle(index, a.option)}” with ${actorName(index, a.actor)}: ${agreementWord(a.status)}`, changeList(index, a.changes))),
            ),
          ]
        : null,
    );
  }

  function newsPanel(g: GameState): Child {
    const income = entriesOf(g, g.turn, ['income']);
    const events = entriesOf(g, g.turn, ['event']);
    return h(
      'section',
      { class: 'panel news', attrs: { 'aria-labelledby': 'news-title' } },
      h('h2', { id: 'news-title' }, `News — ${dateOf(index, g.turn)}`),
      events.length === 0 ? h('p', { class: 'muted' }, 'No news this turn.') : null,
      h(
        'ul',
        { class: 'news-list' },
        events.map((e) => {
          const ev = index.events.get(e.event);
          return h(
            'li',
            { class: 'news-item' },
            h('h3', null, ev?.title ?? e.event),
            ev ? h('p', null, ev.text) : null,
            changeList(index, e.changes),
            sourcesDetails(index, ev?.sources),
          );
        }),
      ),
      income.map((e) => h('p', { class: 'income small' }, describeEntry(index, e))),
    );
  }

  function tracksPanel(g: GameState): Child {
    const previous = g.history.at(-1)?.tracks;
    const row = (id: string) => {
      const t = index.tracks.get(id)!;
      const value = trackValue(g.tracks, index, id);
      const delta = previous ? value - trackValue(previous, index, id) : 0;
      const good = delta === 0 ? '' : (delta > 0) === t.higherIsBetter ? 'good' : 'bad';
      const pct = ((value - t.min) / (t.max - t.min)) * 100;
      // Set through the style object: a style attribute is refused by the page's policy (no inline style).
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${Math.max(0, Math.min(100, pct))}%`;
      return h(
        'li',
        { class: 'track', title: t.description },
        h('span', { class: 'track-name' }, t.name, t.higherIsBetter ? null : h('span', { class: 'muted small' }, ' (lower is better)')),
        h('span', { class: 'track-value' }, String(value)),
        h('span', { class: `track-delta ${good}` }, delta === 0 ? '' : `${delta > 0 ? '▲' : '▼'} ${signed(delta)}`),
        h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, fill),
      );
    };
    const group = (name: 'russia' | 'world', title: string) => {
      const ids = scenario.tracks.filter((t) => t.group === name).map((t) => t.id);
      if (ids.length === 0) return null;
      return [h('h3', null, title), h('ul', { class: 'tracks' }, ids.map(row))];
    };
    const terms = scoreTerms(g, index);
    const score = terms.reduce((s, t) => s + t.value, 0);
    return h(
      'section',
      { class: 'panel tracks-panel', attrs: { 'aria-labelledby': 'tracks-title' } },
      h('h2', { id: 'tracks-title' }, 'Tracks'),
      group('russia', `${scenario.player.name}`),
      group('world', 'The world'),
      h(
        'details',
        { class: 'score-now' },
        h('summary', null, `Score of the tracks now: ${score}`),
        h('p', { class: 'small' }, 'The final score adds the ending’s bonus to these terms.'),
        h('ul', null, terms.map((t) => h('li', null, `${t.label} = ${signed(t.value)}`))),
      ),
      h(
        'details',
        { class: 'about-tracks' },
        h('summary', null, 'What the tracks mean'),
        h('dl', null, scenario.tracks.map((t) => [h('dt', null, t.name), h('dd', null, t.description)])),
      ),
    );
  }

  // ---- right column: proposals, actors, options ------------------------------------------------

  function queuePanel(g: GameState): Child {
    const spent = g.proposals.reduce((s, p) => s + p.cost, 0);
    return h(
      'section',
      { class: 'panel queue', attrs: { 'aria-labelledby': 'queue-title' } },
      h('h2', { id: 'queue-title' }, 'Your proposals this turn'),
      g.proposals.length === 0
        ? h('p', { class: 'muted' }, 'None yet. Choose an actor, then propose one of the options aimed at it. When you are done, press End turn.')
        : [
            h(
              'ul',
              { class: 'queue-list' },
              g.proposals.map((p) =>
                h(
                  'li',
                  null,
                  h('span', null, `${actorName(index, optionActor(index, p.option))}: “${optionTitle(index, p.option)}” (cost ${p.cost})`),
                  ' ',
                  button(['Withdraw', h('span', { class: 'sr-only' }, ` “${optionTitle(index, p.option)}”`)], () => withdraw(p.option), { class: 'secondary small', key: `queue-withdraw-${p.option}` }),
                ),
              ),
            ),
            h('p', { class: 'small muted' }, `${spent} capital committed; ${g.capital} left. Each proposal is negotiated when you end the turn.`),
          ],
    );
  }

  /** Every option that can be proposed now, across all actors: a quick way to the right card. */
  function openOptionsPanel(g: GameState): Child {
    const open = scenario.options.filter((o) => proposalRefusal(g, index, o.id) === null);
    const details = h(
      'details',
      { class: 'panel open-options', attrs: { open: openListShown } },
      h('summary', { key: 'open-options-summary' }, h('h2', null, `Options open now (${open.length})`)),
      open.length === 0
        ? h('p', { class: 'muted small' }, g.capital === 0 ? 'No capital left this turn.' : 'Nothing more can be proposed this turn.')
        : h(
            'ul',
            { class: 'open-list' },
            open.map((o) => {
              const chance = estimateChance(g, index, o.id);
              return h(
                'li',
                null,
                button(
                  [h('span', { class: 'open-title' }, `${actorName(index, optionActor(index, o.id))}: ${o.title}`), h('span', { class: 'open-facts' }, `cost ${o.cost} · ${chance.low}–${chance.high}%`)],
                  () => {
                    selected = o.target ?? null;
                    draw();
                    const action = regions.right.querySelector<HTMLElement>(`[data-key="option-action-${CSS.escape(o.id)}"]`);
                    action?.closest('li')?.scrollIntoView({ block: 'nearest' });
                    action?.focus();
                  },
                  { class: 'link-button', key: `open-${o.id}` },
                ),
              );
            }),
          ),
    );
    details.addEventListener('toggle', () => {
      openListShown = details.open;
    });
    return details;
  }

  function actorsPanel(g: GameState): Child {
    return h(
      'section',
      { class: 'panel actors', attrs: { 'aria-labelledby': 'actors-title' } },
      h('h2', { id: 'actors-title' }, 'Actors'),
      h(
        'ul',
        { class: 'actor-list' },
        scenario.actors.map((a, slot) => {
          const now = g.actors[slot]!;
          const open = scenario.options.filter((o) => o.target === a.id && proposalRefusal(g, index, o.id) === null).length;
          const isSelected = a.id === selected;
          return h(
            'li',
            null,
            button(
              [
                h('span', { class: 'actor-name' }, a.name),
                h('span', { class: 'actor-stats' }, `relation ${signed(now.relation)} · trust ${now.trust}`),
                h('span', { class: 'actor-open' }, open === 0 ? 'no option now' : `${open} option${open === 1 ? '' : 's'} open`),
              ],
              () => {
                selected = a.id;
                draw();
              },
              {
                class: `actor-button${isSelected ? ' selected' : ''}${hovered === a.id ? ' hovered' : ''}`,
                key: `actor-${a.id}`,
                attrs: { 'aria-pressed': isSelected ? 'true' : 'false', 'data-actor': a.id },
                // Focus or pointer on an actor's button lights its marker on the map.
                on: {
                  focus: () => boardHandle.setHighlight(a.id),
                  blur: () => boardHandle.setHighlight(null),
                  mouseenter: () => boardHandle.setHighlight(a.id),
                  mouseleave: () => boardHandle.setHighlight(null),
                },
              },
            ),
          );
        }),
      ),
    );
  }

  function optionsPanel(g: GameState): Child {
    const actor = index.actors.get(selected!)!;
    const now = actorOf(g.actors, index, actor.id)!;
    const options = scenario.options.filter((o) => o.target === actor.id);
    const ranked = [...options].sort((a, b) => Number(proposalRefusal(g, index, a.id) !== null) - Number(proposalRefusal(g, index, b.id) !== null));
    const agreements = g.agreements.filter((x) => x.actor === actor.id);
    const align = now.alignment === 0 ? 'between the US and China' : now.alignment < 0 ? `leans to the US (${now.alignment})` : `leans to China (+${now.alignment})`;
    return h(
      'section',
      { class: 'panel actor-detail', attrs: { 'aria-labelledby': 'actor-title' } },
      h('h2', { id: 'actor-title' }, actor.name),
      h('p', { class: 'small' }, actor.description),
      h(
        'dl',
        { class: 'stats' },
        h('dt', null, `Relation with ${scenario.player.name}`),
        h('dd', null, `${signed(now.relation)} (−100 hostile … +100 close)`),
        h('dt', null, 'Trust'),
        h('dd', null, `${now.trust} of 100`),
        h('dt', null, 'Trade'),
        h('dd', null, `${now.trade} bn US$ a year`),
        h('dt', null, 'Alignment'),
        h('dd', null, align),
      ),
      h('details', { class: 'interests' }, h('summary', null, `What ${actor.name} wants (${actor.interests.length})`), h('ul', null, actor.interests.map((i) => h('li', null, `${i.label} — weight ${i.weight}`)))),
      agreements.length > 0
        ? h('ul', { class: 'agreements small' }, agreements.map((x) => h('li', null, `Agreement: “${optionTitle(index, x.option)}” — ${agreementWord(x.status)}${x.status === 'active' || x.status === 'pending' ? `, ${x.turnsLeft} turn${x.turnsLeft === 1 ? '' : 's'} left` : ''}`)))
        : null,
      h('h3', null, `Options with ${actor.name}`),
      options.length === 0 ? h('p', { class: 'muted' }, 'No option is aimed at this actor.') : h('ul', { class: 'options' }, ranked.map((o) => optionCard(g, o.id))),
    );
  }

  function optionCard(g: GameState, id: string): HTMLElement {
    const o = index.options.get(id)!;
    const queued = g.proposals.some((p) => p.option === id);
    const refusal = queued ? null : proposalRefusal(g, index, id);
    const chance = estimateChance(g, index, id);
    const action = queued
      ? button(['Withdraw', h('span', { class: 'sr-only' }, ` “${o.title}”`)], () => withdraw(id), { class: 'secondary', key: `option-action-${id}` })
      : refusal === null
        ? button([o.target ? 'Propose' : 'Carry out', h('span', { class: 'sr-only' }, o.target ? ` “${o.title}” to ${actorName(index, o.target)}` : ` “${o.title}”`), ` (cost ${o.cost})`], () => propose(id), { class: 'primary', key: `option-action-${id}` })
        : null;
    const lasting = o.duration > 0;
    return h(
      'li',
      { class: `option${refusal ? ' unavailable' : ''}${queued ? ' queued' : ''}`, attrs: { 'data-option': id } },
      h('h4', null, o.title),
      h(
        'p',
        { class: 'option-facts' },
        h('span', { class: 'cost' }, `Cost ${o.cost}`),
        // A step taken alone is not weighed by anyone: it has no chance to show.
        o.target === undefined ? h('span', { class: 'chance' }, 'Carried out: no one is asked') : h('span', { class: 'chance' }, `Chance ${chance.low}–${chance.high}%`),
        o.counter ? h('span', { class: 'counter-note' }, 'may counter-offer') : null,
      ),
      h('p', { class: 'small' }, o.text),
      queued ? h('p', { class: 'queued-note' }, o.target === undefined ? '✓ Chosen this turn' : '✓ Proposed this turn') : null,
      refusal ? h('p', { class: 'refusal' }, h('span', { attrs: { 'aria-hidden': 'true' } }, '⊘ '), `Not available: ${refusal}.`) : null,
      h(
        'details',
        { class: 'option-effects' },
        h('summary', null, 'What it does'),
        h('p', { class: 'small' }, o.target === undefined ? 'When carried out:' : 'If agreed:'),
        effectList(index, o.effects) ?? h('p', { class: 'small muted' }, 'no immediate change'),
        lasting ? [h('p', { class: 'small' }, `Then, ${o.delay > 0 ? `after ${o.delay} turn${o.delay === 1 ? '' : 's'}, ` : ''}each turn for ${o.duration} turns:`), effectList(index, o.perTurn)] : null,
        o.onReject.length > 0 ? [h('p', { class: 'small' }, 'If rejected:'), effectList(index, o.onReject)] : null,
      ),
      sourcesDetails(index, o.sources),
      action,
    );
  }

  function propose(id: string): void {
    send({ type: 'PROPOSE', option: id }, (g) => `Proposed “${optionTitle(index, id)}”${index.options.get(id)!.target ? ` to ${actorName(index, optionActor(index, id))}` : ', a step you take alone'}. ${g.capital} capital left.`);
  }

  function withdraw(id: string): void {
    send({ type: 'WITHDRAW', option: id }, (g) => `Withdrew “${optionTitle(index, id)}”. ${g.capital} capital left.`);
  }

  const crises = crisisPanel(index, { phase: () => game.phase(), state, send, returnFocus: () => regions.top.querySelector<HTMLElement>('[data-key="end-turn"]') });
  draw();
  if (game.phase() === 'over') afterEvent();
  else announce(`${scenario.title}: turn ${state().turn} of ${scenario.calendar.turns}, ${dateOf(index, state().turn)}.`);
  return () => {
    ahead.dispose();
    link.dispose();
    saveProblem.dispose();
    crises.close();
    counterDialog.close();
    offerDialog.close();
    boardHandle.setHighlight(null);
    boardHandle.detach();
  };
}
