// A seed in the class view's table: in a monospace font (l and 1, O and 0 apart), each space
// shown as a box (a seed "class-7b " showed as "class-7b"), and, when most of the class played
// another seed, a note in words saying so, the characters that differ marked.
import { h, type Child } from '../dom';
import { seedDifference } from './seedDifference';

/** `text` with each space in a box of its own (still a space to copy and to read). */
function spaced(text: string): Child[] {
  return text.split(/( +)/).map((part, i) => (i % 2 === 0 ? part || null : [...part].map(() => h('span', { class: 'seed-space' }, ' '))));
}

/** The seed cell's content; `common`: the seed most of the class played (null when none). */
export function seedView(seed: string, common: string | null): Child {
  const d = common === null ? null : seedDifference(seed, common);
  const marked =
    d === null || d.words === null
      ? spaced(seed)
      : [spaced(seed.slice(0, d.start)), h('mark', { class: d.start === d.end ? 'seed-gap' : undefined }, spaced(seed.slice(d.start, d.end))), spaced(seed.slice(d.end))];
  return [
    h('span', { class: 'seed-text' }, marked),
    d === null ? null : h('small', { class: 'seed-note', attrs: { 'data-testid': 'class-seed-note' } }, d.words === null ? 'not the class’s seed' : `not the class’s seed: ${d.words}`),
  ];
}
