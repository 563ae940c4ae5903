import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkScenarios } from './tools/vite-plugin-ink';

/**
 * Where the game is deployed, e.g. COUNTERPART_BASE=/training/counterpart/ for a sub-folder.
 * Absolute, not './': a relative base made `/assign/towel` load its scripts from
 * `/assign/assets/…`, which the server answered with the page itself, and the page stayed blank.
 */
const base = process.env.COUNTERPART_BASE ?? '/';
if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`COUNTERPART_BASE must start and end with "/" (got "${base}")`);

/**
 * Static hosts (GitHub Pages, an S3 bucket, nginx's error_page) answer an unknown path with
 * 404.html: as a copy of the game's page it shows the game's own "not found" screen.
 */
function notFoundPage(): Plugin {
  return {
    name: 'counterpart-404-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') this.error('index.html is missing from the build, so there is no page to copy to 404.html');
      this.emitFile({ type: 'asset', fileName: '404.html', source: page.source });
    },
  };
}

/**
 * Installable and playable offline: a web app manifest, and a service worker (Workbox, built by
 * vite-plugin-pwa) that precaches everything the game can ask for, so every encounter plays
 * offline once the game has loaded, after a restart too.
 */
const offline = VitePWA({
  // A new version waits until the trainee agrees (src/pwa/register.ts): swapping the code in the
  // middle of an encounter, or on a projector in front of a class, is not ours to decide.
  registerType: 'prompt',
  // Registered by src/pwa/register.ts, after the title is up, so it adds nothing to what the title needs.
  injectRegister: false,
  // The icons are in the glob below already.
  includeManifestIcons: false,
  manifest: {
    name: 'Counterpart',
    short_name: 'Counterpart',
    description: 'Play realistic customer encounters; every choice scored on listening, promise-keeping and ownership.',
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: '#1f2a36',
    background_color: '#1f2a36',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The app shell, every story chunk, the art (SVG), the sounds (mp3) and the icons; the plugin
    // adds the manifest itself.
    globPatterns: ['**/*.{html,js,css,svg,mp3,png}'],
    // The artists' stage preview is not part of the game; 404.html is a copy of index.html.
    globIgnores: ['**/node_modules/**', 'stage-preview.html', 'assets/preview-*.js', '404.html'],
    // The stage chunk (Phaser) is about 1.4 MB, over Workbox's 2 MiB default with room to grow.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Any address opens the game offline too, which then says whether it knows the path.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/stage-preview(\.html)?$/],
    // The first visit is controlled at once, so it is ready for offline play without a reload;
    // an update still waits for the trainee (no skipWaiting).
    clientsClaim: true,
  },
});

export default defineConfig({
  base,
  // 'spa': the dev server and `vite preview` answer every path that is not a file with
  // index.html, and the game then shows a path it does not know as "not found".
  appType: 'spa',
  plugins: [inkScenarios({ dir: 'scenarios' }), notFoundPage(), offline],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Never inline assets: sounds would all land in the title's script, and Phaser's loader
    // reads any data: URL as base64, which Vite's inlined SVGs are not.
    assetsInlineLimit: 0,
    // The game, and the artists' stage preview (src/stage-preview.ts), which the game never loads.
    rollupOptions: { input: { main: 'index.html', preview: 'stage-preview.html' } },
  },
});
