// The browser tests: the built game in real Chromium (Debian's, driven by playwright-core).
// Run: npx vitest run --config vitest.browser.config.ts
// The global setup builds the game with the project's Vite config into a temporary directory and
// serves it on a free localhost port; each test file opens its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/game/globalSetup.ts'],
    // Chromium renders WebGL in software here (--disable-gpu): one file at a time, generous limits.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
