// The bench's "hostile files" line: how the validator's time grows with a hostile file's size.
// A check that compares every key or line with every other would take minutes on the files
// tests/scenario/hostile.test.ts reads; the tests check what is reported, this line the time:
// each file read at two sizes, the larger twice the smaller (and under the 1 MiB limit), so a
// linear check's time about doubles and a quadratic one's quadruples.
import { readFileSync } from 'node:fs';
import { TOO_BIG } from '../src/scenario/limits';
import { loadScenario } from '../src/scenario/load';

const minimal = readFileSync(new URL('../tests/fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');

/** The minimal scenario with its one `from` replaced. */
function edit(from: string, to: string): string {
  if (!minimal.includes(from)) throw new Error(`bench/hostileFiles.ts: "${from}" is no longer in the minimal scenario`);
  return minimal.replace(from, to);
}

const HOSTILE: readonly { name: string; text: (n: number) => string }[] = [
  { name: 'unknown keys', text: (n) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n') },
  { name: 'fields swallowed by a text', text: (n) => edit('    cost: 3\n', `    cost: 3\n    summary: |\n${'      cost: 1\n'.repeat(n)}`) },
  { name: '": " in a list', text: (n) => edit('questions:\n', `questions:\n${'  - a b: c\n'.repeat(n)}`) },
  // A syntax error's cause read around it: below blank lines, and among the fields beside it.
  { name: 'a dash without its space below blank lines', text: (n) => edit('  - id: moscow-kazan-railway', `${'\n'.repeat(n)}  -id: moscow-kazan-railway`) },
  { name: 'a field without its colon among fields', text: (n) => edit('    cost: 3\n', `${Array.from({ length: n }, (_, i) => `    k${i}: 1\n`).join('')}    cost 3\n`) },
];

/** The fastest of three reads of a text, in milliseconds of CPU time. */
function readMs(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const start = process.cpuUsage();
    const loaded = loadScenario(text, 'hostile.yaml');
    const cpu = process.cpuUsage(start);
    // Refused for its size, it would not be read at all: the sizes below stay under the limit.
    if (!loaded.ok && loaded.errors[0]!.message === TOO_BIG) throw new Error('bench/hostileFiles.ts: a hostile file is over the size limit');
    best = Math.min(best, (cpu.user + cpu.system) / 1000);
  }
  return best;
}

export function hostileFilesLine(): string {
  const parts = HOSTILE.map(({ name, text }) => {
    const small = readMs(text(25_000));
    const large = readMs(text(50_000));
    return `${name} ${Math.round(small)} → ${Math.round(large)} ms (×${(large / small).toFixed(1)})`;
  });
  return `- hostile scenario files read at 25,000 then 50,000 lines (CPU time; linear: about ×2, quadratic: ×4): ${parts.join('; ')}`;
}
