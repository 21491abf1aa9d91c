// Builds pages with the project's own Vite config (same plugins, target and base) into `outDir`.
import { build, type InlineConfig } from 'vite';

export async function buildPages(outDir: string, input?: Record<string, string>): Promise<void> {
  const config: InlineConfig = {
    configFile: new URL('../../../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(input ? { rolldownOptions: { input } } : {}) },
  };
  await build(config);
}
