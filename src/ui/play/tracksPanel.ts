// The tracks, the player's country's and the world's, each with its move since last turn as an
// arrow and a bar, and the score they make now.
import { gameLog, scoreTerms, trackValue, type GameState, type LogEntry, type ScenarioIndex } from '../../engine';
import { h, signed, srOnly, type Child } from '../dom';
import { scenarioText } from '../scenarioText';
import { termLabel } from '../text';

export function tracksPanel(index: ScenarioIndex, g: GameState): Child {
  const { scenario } = index;
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
      h('span', { class: 'track-name' }, scenarioText(index, 'span', null, t.name), t.higherIsBetter ? null : h('span', { class: 'muted small' }, ' (lower is better)')),
      h('span', { class: 'track-value' }, String(value)),
      h('span', { class: `track-delta ${good}` }, delta === 0 ? '' : [`${delta > 0 ? '▲' : '▼'} ${signed(delta)}`, srOnly(' since the last turn’s end')]),
      h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, fill),
    );
  };
  // The player's own tracks are `group: player` (or `russia`, as the first files say): all but the world's.
  const group = (world: boolean, title: HTMLElement) => {
    const ids = scenario.tracks.filter((t) => (t.group === 'world') === world).map((t) => t.id);
    if (ids.length === 0) return null;
    return [title, h('ul', { class: 'tracks' }, ids.map(row))];
  };
  // Once the game is over, its final score as the ending's log entry sums it, the ending's bonus
  // among the terms (the class's ended screens said "score 177" beside "Score of the tracks now: 227").
  const ended = g.ending ? gameLog(g).find((e): e is Extract<LogEntry, { kind: 'ending' }> => e.kind === 'ending') : undefined;
  const terms = ended?.scoreTerms ?? scoreTerms(g, index);
  const score = ended?.score ?? terms.reduce((s, t) => s + t.value, 0);
  return h(
    'section',
    { class: 'panel tracks-panel', attrs: { 'aria-labelledby': 'tracks-title' } },
    h('h2', { id: 'tracks-title' }, 'Tracks'),
    // What the arrows measure: a player read ▲ +1 as the whole last turn's change (48 → 53).
    previous && !g.ending ? h('p', { class: 'small muted', attrs: { 'data-testid': 'tracks-arrows' } }, '▲ ▼ the change since the last turn’s end: this turn’s news and offers so far. What the last turn changed is in its report.') : null,
    group(false, scenarioText(index, 'h3', null, scenario.player.name)),
    group(true, h('h3', null, 'The world')),
    h(
      'details',
      { class: 'score-now' },
      h('summary', null, g.ending ? `Final score: ${score}` : `Score of the tracks now: ${score}`),
      h('p', { class: 'small' }, g.ending ? 'The tracks’ terms and the ending’s bonus:' : 'The final score adds the ending’s bonus to these terms.'),
      h('ul', null, terms.map((t) => h('li', null, termLabel(index, t), ` = ${signed(t.value)}`))),
    ),
    h(
      'details',
      { class: 'about-tracks' },
      h('summary', null, 'What the tracks mean'),
      h('dl', null, scenario.tracks.map((t) => [scenarioText(index, 'dt', null, t.name), scenarioText(index, 'dd', null, t.description)])),
    ),
  );
}
