// The play screen: the board in the middle, the news and tracks on one side, the actors, their
// options and the proposals on the other. It keeps what the player is looking at (the selected
// actor, the hint hidden, the open list folded), sends the player's events to the game and
// redraws its panels (src/ui/play/) from the snapshot; every rule (cost, chance, why not) comes
// from the engine.
import { availableOptions, optionActor, type GameState } from '../engine';
import type { PlayerEvent } from '../machines/events';
import type { BrowserGame } from '../app/browser/game';
import { announce } from './announce';
import { watchAhead } from './advisor/adviceAhead';
import { openAdvisorLater } from './advisor/openAdvisorLater';
import { prepareAdvisor } from './advisor/prepareAdvisor';
import { crisisPanel } from './crisisPanel';
import { linkTo } from './gameLink';
import { board } from './boardHost';
import { buildBoardView } from './boardModel';
import { h, render } from './dom';
import { jumpLink } from './jumpLink';
import { counterPrompt } from './counterPrompt';
import { openLogDialog, openShareDialog, openSourcesDialog } from './gameDialogs';
import { mountSaveProblem } from './saveProblem';
import { offerPrompt } from './seats/offerDialog';
import { versionNoteBanner } from './versionNote';
import { actorName, nameInSentence, optionTitle } from './text';
import { actorDetail } from './play/actorDetail';
import { actorsPanel } from './play/actorsPanel';
import { hintBanner, type HintToggle } from './play/hintBanner';
import { newsPanel } from './play/newsPanel';
import { openOptionsPanel, type OpenList } from './play/openOptionsPanel';
import { optionCard } from './play/optionCard';
import { phoneNav } from './play/phoneNav';
import { hideRefusalNotice, refusalText, showRefusal } from './refusalNotice';
import { ownStepsPanel } from './play/ownStepsPanel';
import type { PlayActions } from './play/playActions';
import { queuePanel } from './play/queuePanel';
import { reportPanel } from './play/reportPanel';
import { topBar, type GameMenu } from './play/topBar';
import { tracksPanel } from './play/tracksPanel';
import { turnSummary } from './play/turnSummary';
import { openTurn, readNewTurn } from './play/turnFocus';
import { listenForPlayKeys } from './play/playKeys';
import { ONE_COLUMN } from './oneColumn';

export interface PlayNav {
  quit(): void;
  ended(game: BrowserGame): void;
}

/** The player's events the end of a turn may follow: End turn, and the answers the turn's end waits on. */
const ENDS_A_TURN: ReadonlySet<PlayerEvent['type']> = new Set(['END_TURN', 'TAKE_COUNTER', 'DECLINE_COUNTER', 'COUNTER_BACK', 'ANSWER_CRISIS', 'ANSWER_OFFER']);

export function mountPlayScreen(root: HTMLElement, game: BrowserGame, nav: PlayNav): () => void {
  const index = game.index;
  const { scenario } = index;
  let selected: string | null = null; // null: the first actor with an option open
  let hovered: string | null = null; // the actor under the pointer on the board
  let statusText = '';
  let lastTurn = game.session.game().turn;
  let ended = false;
  let left = false; // the screen was left (disposed)

  const regions = {
    top: h('header', { class: 'topbar', id: 'turn-bar', tabIndex: -1 }),
    status: h('p', { class: 'status-line', attrs: { 'aria-hidden': 'true' } }),
    hint: h('div'),
    left: h('div', { class: 'col col-left', id: 'reading', tabIndex: -1, attrs: { role: 'region', 'aria-label': 'News and tracks' } }),
    boardSlot: h('div', { class: 'board-slot', id: 'map' }),
    right: h('div', { class: 'col col-right', id: 'actions', tabIndex: -1, attrs: { role: 'region', 'aria-label': 'Actors, options and proposals' } }),
  };
  const saveProblem = mountSaveProblem(game);
  const strip = phoneNav(index, () => menu.endTurn());
  const stopKeys = listenForPlayKeys();
  const screen = h(
    'div',
    { class: 'screen play-screen' },
    jumpLink('actions', 'Skip to actors and options', { class: 'skip-link' }),
    regions.top,
    strip.element,
    regions.status,
    saveProblem.element,
    h('main', { class: 'play-main' }, h('div', { class: 'hint-slot' }, versionNoteBanner(game), regions.hint), regions.left, regions.boardSlot, regions.right),
  );
  root.replaceChildren(screen);

  // On a phone the selected actor's options are far below the map: a link on the map leads there.
  const mapToActor = h('p', { class: 'map-to-actor' });
  regions.boardSlot.append(mapToActor);
  const boardHandle = board();
  const highlight = (actor: string | null) => boardHandle.setHighlight(actor);
  boardHandle.attach(regions.boardSlot);
  const ahead = watchAhead(game, regions.boardSlot, boardHandle.drawn);
  prepareAdvisor(game, boardHandle.drawn);
  boardHandle.setCallbacks({
    onActorHover: (id) => {
      hovered = id;
      for (const el of regions.right.querySelectorAll<HTMLElement>('[data-actor]')) el.classList.toggle('hovered', el.dataset.actor === id);
    },
    onActorSelect: (id) => {
      if (!index.actors.has(id)) return;
      actions.select(id);
      announce(`${actorName(index, id)} selected`);
      // Beside the map, the actor's options are often far down their column: brought into view, or
      // a click on the map seemed to do nothing. (One column, a phone's, has the map's link instead.)
      if (!matchMedia(ONE_COLUMN).matches) regions.right.querySelector('#actor-detail')?.scrollIntoView({ block: 'start' });
    },
  });

  const state = (): GameState => game.session.game();

  // Others' events (a class game's other seats) redraw the screen too.
  const link = linkTo(game, () => afterEvent());
  /**
   * Whether this screen's own last event could end the turn (End turn, or an answer the turn's end
   * waited on): then the new turn's report takes the focus. Not when another seat ended it (a
   * class game) while the player was reading.
   */
  let endedHere = false;

  function send(event: PlayerEvent, describe: (g: GameState) => string): void {
    endedHere = ENDS_A_TURN.has(event.type);
    const turn = state().turn;
    link.send(event, (refusal) => {
      // A new turn's summary (afterEvent's) says more than the event's own words.
      if (refusal || state().turn === turn) {
        statusText = refusal ? refusalText(refusal) : describe(state());
        // Not once the screen is gone: in a hot-seat game the hand-over to another state's player
        // has taken its place, and "You offered Japan the middle" was left for China's player.
        if (!left) announce(statusText);
      }
      // A refusal that comes back after the screen was left (the game ended meanwhile) is not said.
      if (refusal && !left) {
        const said = statusText;
        showRefusal(refusal, () => {
          if (left || statusText !== said) return;
          statusText = '';
          regions.status.textContent = '';
        });
      }
      afterEvent();
    });
  }

  // The answers the game may wait for during the turn: to a counter-offer, to an actor's offer.
  const endTurnButton = () => regions.top.querySelector<HTMLElement>('[data-key="end-turn"]');
  const counterDialog = counterPrompt(game, send, endTurnButton);
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
    const newTurn = g.turn !== lastTurn;
    if (newTurn) {
      const summary = turnSummary(index, g, lastTurn);
      lastTurn = g.turn;
      statusText = summary;
      announce(summary);
    }
    draw();
    // Read from its top, and from its report once its offers are answered: with the focus left on
    // End turn, one Enter more ended the next turn unread.
    if (newTurn) readNewTurn(root, regions.left, endedHere);
    if (newTurn) endedHere = false;
  }

  const actions: PlayActions = {
    propose,
    withdraw,
    select(actor) {
      selected = actor;
      draw();
    },
    goToOption(option) {
      selected = index.options.get(option)!.target ?? null; // a step taken alone: the first actor with options
      draw();
      const action = regions.right.querySelector<HTMLElement>(`[data-key="option-action-${CSS.escape(option)}"]`);
      action?.closest('li')?.scrollIntoView({ block: 'nearest' });
      action?.focus();
    },
  };
  const menu: GameMenu = {
    whatIf: () => openAdvisorLater(game, proposePlan, () => !left),
    log: () => openLogDialog(index, state(), game.record().notes),
    sources: () => openSourcesDialog(index),
    share: () => openShareDialog(game),
    quit: () => nav.quit(),
    endTurn: () => send({ type: 'END_TURN' }, () => ''),
  };
  const hint: HintToggle = {
    hiddenTurn: 0,
    setHiddenTurn(turn) {
      hint.hiddenTurn = turn;
      draw();
    },
  };
  const openList: OpenList = {
    shown: true,
    toggled(open) {
      openList.shown = open;
    },
  };

  function draw(): void {
    const g = state();
    // The options that can be proposed now, found once for every panel that marks them.
    const open = new Set(availableOptions(g, index));
    if (selected === null || !index.actors.has(selected)) {
      selected = scenario.actors.find((a) => scenario.options.some((o) => o.target === a.id && open.has(o.id)))?.id ?? scenario.actors[0]!.id;
    }
    // A class game not started or paused takes no plan: its buttons are shown unavailable, as while another seat decides.
    const held = game.heldBack();
    const planning = game.phase() === 'planning' && held === null;
    const seats = game.seatsHeld(); // a class game's is read from its roster: once a drawing
    const card = (option: string) => optionCard(index, g, option, actions, planning, seats);
    render(regions.top, topBar(index, g, planning, menu));
    strip.update(g, planning);
    regions.status.textContent = statusText;
    render(regions.hint, hintBanner(index, g, hint));
    render(regions.left, [reportPanel(index, g), newsPanel(index, g), tracksPanel(index, g)]);
    render(mapToActor, jumpLink('actor-detail', `Options with ${nameInSentence(index, selected)} ↓`, { key: 'map-to-actor' }));
    render(regions.right, [queuePanel(index, g, actions, planning, held), openOptionsPanel(index, g, open, openList, actions, seats), ownStepsPanel(index, card), actorsPanel(index, g, open, { selected, hovered, highlight }, actions), actorDetail(index, g, open, selected, card)], () => regions.right);
    boardHandle.setView(buildBoardView(index, g, selected));
    counterDialog.update();
    offerDialog.update();
    crises.update();
    ahead.seen();
  }

  const proposalWords = (id: string) => `“${optionTitle(index, id)}”${index.options.get(id)!.target ? ` to ${nameInSentence(index, optionActor(index, id))}` : ', a step you take alone'}`;

  function propose(id: string): void {
    send({ type: 'PROPOSE', option: id }, (g) => `Proposed ${proposalWords(id)}. ${g.capital} capital left.`);
  }

  /**
   * The advisor's choice followed: its plan queued and said in one line once the last proposal is
   * in (each proposal's own line replaced the one before, and only the last was left to read).
   */
  function proposePlan(plan: readonly string[]): void {
    plan.forEach((id, at) => send({ type: 'PROPOSE', option: id }, (g) => (at < plan.length - 1 ? '' : `Proposed ${plan.map(proposalWords).join('; ')}. ${g.capital} capital left.`)));
  }

  function withdraw(id: string): void {
    send({ type: 'WITHDRAW', option: id }, (g) => `Withdrew “${optionTitle(index, id)}”. ${g.capital} capital left.`);
  }

  const crises = crisisPanel(index, { phase: () => game.phase(), state, send, returnFocus: endTurnButton });
  draw();
  if (game.phase() === 'over') afterEvent();
  else openTurn(game, regions.left);
  return () => {
    left = true;
    stopKeys();
    hideRefusalNotice();
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
