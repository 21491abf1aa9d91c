// The house rules on the engine and the statecharts, checked on the source itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pureDirs = ['src/engine', 'src/machines'];

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

const code = (text: string) => text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');

describe('the engine and the statecharts', () => {
  const files = pureDirs.flatMap(sources);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each([
    ['Math.random', /Math\.random/],
    ['the clock', /Date\.now|new Date\(|performance\.now/],
    ['Phaser', /from ['"]phaser/],
    ['the DOM', /\bdocument\.|\bwindow\./],
    ['transcendental functions', /Math\.(exp|log|pow|sin|cos|tan|sqrt)\b/],
    ['timers or delayed transitions', /setTimeout|setInterval|\bafter:\s*\{/],
  ])('use no %s', (_what, pattern) => {
    const offenders = files.filter((f) => pattern.test(code(f.text))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('name no actor, option or event of any scenario', () => {
    const names = /\b(china|japan|russia|korea|vietnam|indonesia|asean|united-states|crimea|thaad|gazprom|sukhoi)\b/i;
    const offenders = files.filter((f) => names.test(code(f.text))).map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
