// Conditions that are short to write and large once YAML aliases are expanded, as in a hostile
// file: each level is `all` of an anchored copy of the level below and an alias of it.

/** A condition of 2^(depth+1) − 1 parts, written in a few hundred bytes. */
export function aliasChain(depth: number): string {
  let c = '{event: oil-slump}';
  for (let k = 0; k < depth; k++) c = `{all: [&c${k} ${c}, *c${k}]}`;
  return c;
}

/** `all` of `count` alias chains (the YAML text of one condition). */
export function aliasChains(count: number, depth: number): string {
  if (count <= 32) return `{all: [${Array(count).fill(aliasChain(depth)).join(', ')}]}`;
  const groups = Math.ceil(count / 32);
  return `{all: [${Array(groups).fill(aliasChains(32, depth)).join(', ')}]}`;
}

/** `not` nested so that the condition is `levels` deep. */
export function notChain(levels: number): string {
  return '{not: '.repeat(levels - 1) + '{event: oil-slump}' + '}'.repeat(levels - 1);
}
