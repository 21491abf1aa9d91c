import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { preloadDynamicImports } from './scripts/preloadDynamicImports.ts';
import { securityHeaders } from './scripts/securityPolicy.ts';
import { serviceWorker } from './scripts/serviceWorker.ts';
import { webAppManifest } from './scripts/webAppManifest.ts';
import { shippedScenarios } from './scripts/shippedScenarios.ts';
import { shippedDocs } from './scripts/shippedDocs.ts';

// Pages to build: the game and the board's demo. Add new pages here.
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const pages: Record<string, string> = { index: page('./index.html'), 'board-demo': page('./board-demo.html') };

export default defineConfig({
  base: './',
  plugins: [
    shippedScenarios(),
    // The teachers' reference pages, linked from the editor: docs/NAME.txt in the build.
    shippedDocs(),
    // The game's code and the board's (Phaser) are imported lazily, but a share link or a saved
    // game needs both at once: the HTML lets the browser fetch and compile them from the start
    // (with an 80 ms round trip, a playable board about 90 ms sooner; the start screen fetched
    // them 300 ms in anyway).
    preloadDynamicImports(['src/ui/gameApp.ts', 'src/ui/board/index.ts']),
    // No inline script, no eval, nothing from elsewhere: scripts/securityPolicy.ts.
    contentSecurityPolicy(),
    // Installable, and playable offline once opened: docs/hosting.md.
    webAppManifest(),
    serviceWorker(),
  ],
  // `vite preview` serves the build as a host should (docs/hosting.md).
  preview: { headers: securityHeaders() },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: pages },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    environment: 'node',
    // Property and bot tests play hundreds of games: on a busy 2-core machine some took 6-9 s
    // against Vitest's default 5 s limit. A limit, not a timing: timings live in `npm run bench`.
    testTimeout: 30_000,
  },
});
