// Vite plugin: the teachers' reference pages (docs/scenario-format.md, editor.md, balance.md) go
// with the game as plain text (docs/NAME.txt beside index.html), so that the editor's mentions of
// them are links a teacher on the hosted game can open. Plain text: a browser shows it as it is
// (a .md file it may download instead), and nothing in it is run or rendered as HTML.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SHIPPED_DOCS } from '../src/app/shippedDocs.ts';

export function shippedDocs(): Plugin {
  let root = '';
  const text = (name: string) => readFileSync(resolve(root, 'docs', `${name}.md`), 'utf8');
  return {
    name: 'pivot-east:shipped-docs',
    configResolved(config) {
      root = config.root;
    },
    // `npm run dev` serves them from the sources.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /^\/docs\/([a-z-]+)\.txt$/.exec(req.url ?? '')?.[1];
        if (!name || !(SHIPPED_DOCS as readonly string[]).includes(name)) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(text(name));
      });
    },
    generateBundle() {
      for (const name of SHIPPED_DOCS) this.emitFile({ type: 'asset', fileName: `docs/${name}.txt`, source: text(name) });
    },
  };
}
