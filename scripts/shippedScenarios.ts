// Vite plugin: the scenarios shipped with the game (scenarios/*.yaml) are read and checked at build
// time by the same loader as a teacher's file, and shipped as parsed JSON with their content hash,
// each in a chunk of its own that the page fetches when that scenario starts. A shipped game then
// needs neither the YAML parser nor the schema library, and parses no YAML on its way to the board.
//
//   import { SHIPPED } from 'virtual:shipped-scenarios';   // [{ id, fileName, title, summary, teacherNotes, language, hash, load }]
//   await SHIPPED[0].load();   // { ok: true, scenario, hash } or { ok: false, errors: [lines] }
//
// tests/app/shippedScenarios.test.ts proves the shipped data equal to what the loader reads.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const MANIFEST = 'virtual:shipped-scenarios';
/** Prefix of a scenario's module id; "\0" keeps other plugins away. */
const DATA = '\0shipped-scenario:';

type Build = typeof import('./shippedData');

export function shippedScenarios(): Plugin {
  let dir = '';
  // The loader is TypeScript with extensionless imports: Vite's module runner loads it when first
  // needed. Imported from here, it would become part of the config, which Vite then warns could
  // not be loaded natively.
  let build: Promise<{ module: Build; dependencies: string[] }> | null = null;
  const loader = () => (build ??= runnerImport<Build>(fileURLToPath(new URL('./shippedData.ts', import.meta.url)), { logLevel: 'error' }));

  return {
    name: 'pivot-east:shipped-scenarios',
    enforce: 'pre',
    configResolved(config) {
      dir = resolve(config.root, 'scenarios');
    },
    resolveId(id) {
      if (id === MANIFEST) return `\0${MANIFEST}`;
      return id.startsWith(DATA) ? id : null;
    },
    async load(id) {
      if (id !== `\0${MANIFEST}` && !id.startsWith(DATA)) return null;
      const { module, dependencies } = await loader();
      for (const file of dependencies) this.addWatchFile(file);
      if (id.startsWith(DATA)) {
        const file = id.slice(DATA.length).replace(/\?.*$/, ''); // the dev server may add ?import
        const path = resolve(dir, file);
        this.addWatchFile(path);
        const data = module.shippedData(readFileSync(path, 'utf8'), `scenarios/${file}`);
        // JSON.parse of a string parses faster than the same object written as JavaScript.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
      }
      const scenarios = readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((file) => {
          const path = resolve(dir, file);
          this.addWatchFile(path);
          return { file, meta: module.shippedMeta(readFileSync(path, 'utf8'), file) };
        });
      // The tutorial first, then the others in file-name order: sorted here, because the
      // browser's first localeCompare sets up its collator, about 20 ms before the first screen.
      const rank = (s: { meta: { id: string } }) => (s.meta.id === 'tutorial' ? 0 : 1);
      scenarios.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
      const entries = scenarios.map(({ file, meta }) => `{ ...${JSON.stringify(meta)}, load: () => import(${JSON.stringify(DATA + file)}).then((m) => m.default) }`);
      return `export const SHIPPED = [\n${entries.join(',\n')}\n];`;
    },
    configureServer(server) {
      // A scenario added or removed while `npm run dev` runs changes the list.
      const changed = (path: string) => {
        if (!resolve(path).startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(`\0${MANIFEST}`);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
