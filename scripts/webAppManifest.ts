// Vite plugin: the web app manifest that makes the game installable (its own window, its icon on
// a desktop or a tablet's home screen), with the icons of assets/icons/ (scripts/makeIcons.ts),
// linked from the game's page with the theme colour. Build only, like the service worker.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const MANIFEST_FILE = 'manifest.webmanifest';
/** --bg in src/ui/styles.css: the window's colour while the game starts, and the title bar's. */
const THEME = '#08121c';
const ICONS = [
  { file: 'icon-192.png', sizes: '192x192', type: 'image/png' },
  { file: 'icon-512.png', sizes: '512x512', type: 'image/png' },
  { file: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
];

export function webAppManifest(page = 'index.html'): Plugin {
  const refs = new Map<string, string>();
  return {
    name: 'pivot-east:web-app-manifest',
    apply: 'build',
    buildStart() {
      for (const icon of ICONS) {
        const source = readFileSync(new URL(`../assets/icons/${icon.file}`, import.meta.url));
        refs.set(icon.file, this.emitFile({ type: 'asset', name: icon.file, source }));
      }
    },
    generateBundle() {
      const manifest = {
        name: 'Pivot East',
        short_name: 'Pivot East',
        description: 'A strategy game about Russia’s pivot to Asia, 2012–2019.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: THEME,
        theme_color: THEME,
        // The drawing keeps within the middle 80 %: a platform may also mask the large one.
        icons: [
          ...ICONS.map((icon) => ({ src: this.getFileName(refs.get(icon.file)!), sizes: icon.sizes, type: icon.type, purpose: 'any' })),
          { src: this.getFileName(refs.get('icon-512.png')!), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      };
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
    transformIndexHtml(_html, { path }) {
      if (path !== `/${page}`) return;
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: `./${MANIFEST_FILE}` }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
      ];
    },
  };
}
