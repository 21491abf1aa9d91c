// Vite plugin: <link rel="modulepreload"> in a page's HTML for the chunks holding modules that its
// entry imports only dynamically (and for everything those chunks import), so that the browser
// fetches and compiles them from the start instead of after the entry has run. The code still
// runs only when it is imported.
import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

/** `modules`: source paths (relative to the root) of dynamically imported modules to preload. */
export function preloadDynamicImports(modules: readonly string[]): Plugin {
  return {
    name: 'pivot-east:preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk, path }) {
        if (!bundle || !chunk) return;
        const files = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (files.has(file) || c?.type !== 'chunk') return;
          files.add(file);
          c.imports.forEach(visit);
        };
        for (const file of chunk.dynamicImports) {
          const c = bundle[file];
          if (c?.type === 'chunk' && modules.some((m) => c.moduleIds.some((id) => id.endsWith(`/${m}`)))) visit(file);
        }
        // What the entry loads statically is already in the page.
        const own = new Set([chunk.fileName, ...chunk.imports]);
        return [...files]
          .filter((f) => !own.has(f))
          .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${posix.relative(dirname(path), `/${f}`)}` }, injectTo: 'head' as const }));
      },
    },
  };
}
