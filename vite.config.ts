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
  },
});
