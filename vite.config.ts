import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  base,
  // 'spa': the dev server and `vite preview` answer every path that is not a file with
  // index.html, and the game then shows a path it does not know as "not found".
  appType: 'spa',
  plugins: [inkScenarios({ dir: 'scenarios' }), notFoundPage()],
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
