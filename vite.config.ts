import { defineConfig } from 'vite';
import { inkScenarios } from './tools/vite-plugin-ink';

export default defineConfig({
  base: './',
  plugins: [inkScenarios({ dir: 'scenarios' })],
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
