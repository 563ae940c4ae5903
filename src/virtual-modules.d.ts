/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:counterpart/catalogue' {
  import type { ScenarioMeta } from './core/scenario';
  /** Every scenario's metadata, compiled and checked at build time, in catalogue order. */
  export const scenarios: ScenarioMeta[];
  /** Loads one compiled story on demand (its own chunk). */
  export const storyLoaders: Record<string, () => Promise<string>>;
}
