import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Pages to build. index.html (the game) comes with another change: it is built once it
// exists; until then only the board demo is. Add new pages here.
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const pages: Record<string, string> = { 'board-demo': page('./board-demo.html') };
if (existsSync(page('./index.html'))) pages.index = page('./index.html');

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: pages },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    environment: 'node',
  },
});
