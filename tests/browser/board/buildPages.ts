// Builds pages with the project's own Vite config (same plugins, target and base) into `outDir`.
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

/** `root`: the project to build, this one by default (`npm run bench:ab -- REV --page-load` builds an older revision's tree too). */
export async function buildPages(outDir: string, input?: Record<string, string>, root = new URL('../../..', import.meta.url).pathname): Promise<void> {
  const config: InlineConfig = {
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(input ? { rolldownOptions: { input } } : {}) },
  };
  await build(config);
}
