// zod must never compile code (`new Function`): the page's Content-Security-Policy forbids eval, and
// even zod's caught probe for it is reported as a violation. It is set once, in src/scenario/zod.ts,
// and read when a schema is built: a module importing 'zod' itself could build schemas without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../src/scenario/zod';
import { recordSchema } from '../../src/app/record';

const SRC = resolve(new URL('../../src', import.meta.url).pathname);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('zod without eval', () => {
  it('is configured jitless', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported for its values only through src/scenario/zod.ts', () => {
    const direct = sources(SRC)
      .filter((file) => relative(SRC, file) !== join('scenario', 'zod.ts'))
      .filter((file) => /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(direct).toEqual([]);
  });

  it('parses records without constructing a function', () => {
    const original = globalThis.Function;
    const made: string[] = [];
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        made.push(String(args.at(-1)).slice(0, 40));
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        made.push(String(args.at(-1)).slice(0, 40));
        return Reflect.apply(target, self, args);
      },
    });
    try {
      recordSchema.safeParse({ format: 'pivot-east-record/1' });
    } finally {
      globalThis.Function = original;
    }
    expect(made).toEqual([]);
  });
});
