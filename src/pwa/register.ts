/**
 * The one importer of the service worker's registration (vite-plugin-pwa's `virtual:pwa-register`,
 * built on workbox-window). main.ts loads this module after the title and the engines are in, so
 * the worker and its precache never compete with what the title needs.
 */
import { registerSW } from 'virtual:pwa-register';

export interface OfflineEvents {
  /** A new version is installed and waiting; `update` activates it and reloads the page. */
  updateReady(update: () => Promise<void>): void;
}

export function registerOffline(events: OfflineEvents): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.updateReady(() => update()),
    // No worker (a browser or policy that refuses them): the game plays online exactly as before,
    // and there is nothing the trainee could do about it, so nothing is shown.
    onRegisterError: () => undefined,
  });
}
