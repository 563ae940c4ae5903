import { defineConfig } from 'vitest/config';

/**
 * Unit-test files that sweep the shipped content or regenerate assets rather than check logic:
 * every scenario played through, every sound rebuilt, large generated stories, real Vite builds
 * and dev servers. They take minutes, so they run in their own project (`npm run test:content`)
 * and `npm run test:unit` stays a quick check of the core and the tools' logic. `npm test` runs
 * both. A new test file belongs here when it compiles the shipped scenarios, runs a generator or
 * starts Vite.
 */
const content = [
  'tests/unit/assets.test.ts',
  'tests/unit/audio.test.ts',
  'tests/unit/dev-server.test.ts',
  'tests/unit/hostile-ink.test.ts',
  'tests/unit/icons.test.ts',
  'tests/unit/progress-scenarios.test.ts',
  'tests/unit/seed-encounters.test.ts',
  'tests/unit/serving.test.ts',
  'tests/unit/vite-plugin.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: content,
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'content',
          include: content,
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: two cores, and screenshots must not starve each other.
          fileParallelism: false,
        },
      },
    ],
  },
});
