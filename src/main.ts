/**
 * The one place everything is wired: real engines for the browser, chosen here and passed in.
 * Phaser, inkjs and howler load on demand, after the title is on screen.
 */
import { scenarios, storyLoaders } from 'virtual:counterpart/catalogue';
import { LazyAudio } from './audio/lazy-audio';
import { readAddress } from './core/address';
import type { AudioPort } from './core/ports';
import { readSettings, writeSettings, type Settings } from './core/settings';
import { en } from './i18n/en';
import { ProgressStore } from './core/progress';
import { BrowserStorage, STORAGE_KEYS, storageArea } from './storage/browser-storage';
import { Practice } from './ui/practice';
import { startApp } from './ui/app';
import { showUpdatePrompt } from './ui/update-prompt';
import type { AppContext } from './ui/context';
import type { StageView } from './stage/stage';
import './ui/styles.css';

const audioFiles = import.meta.glob('../assets/audio/*.mp3', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const audioUrls = Object.fromEntries(Object.entries(audioFiles).map(([file, url]) => [file.replace(/^.*\/(.+)\.mp3$/, '$1'), url]));

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const storage = new BrowserStorage();
const practice = new Practice({
  store: new ProgressStore(storage, { now: () => Date.now(), newId: () => crypto.randomUUID() }),
  tab: new BrowserStorage(storageArea('sessionStorage')),
  tabKey: STORAGE_KEYS.tabProfile,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  storageState: () => storage.state,
});
let settings: Settings = readSettings(storage.read(STORAGE_KEYS.settings));

const loadStageModule = () => import('./stage/stage');
const loadNarrativeModule = () => import('./narrative/ink-story');
let stage: Promise<StageView> | null = null;

const audio: AudioPort = new LazyAudio(() => import('./audio/howler-audio').then((m) => new m.HowlerAudio(audioUrls)));
audio.setVolume(settings.volume);
audio.setMuted(settings.muted);

const root = document.getElementById('app')!;
const address = readAddress(location, import.meta.env.BASE_URL);
const ctx: AppContext = {
  root,
  address,
  strings: en,
  scenarios,
  loadStory: (id) => {
    const load = storyLoaders[id];
    return load ? load() : Promise.reject(new Error(`no story for scenario "${id}"`));
  },
  loadNarrative: () => loadNarrativeModule().then((m) => m.openInkStory),
  loadStage: (host) => {
    stage ??= loadStageModule().then((m) => m.createStage(host, { reducedMotion }));
    return stage.then((view) => {
      view.attach(host);
      return view;
    });
  },
  audio,
  get settings() {
    return settings;
  },
  updateSettings: (change) => {
    settings = { ...settings, ...change };
    storage.write(STORAGE_KEYS.settings, writeSettings(settings));
  },
  get storageAvailable() {
    return storage.state === 'kept';
  },
  practice,
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]! % 2 ** 31,
  reducedMotion,
};

// Browsers let sound start only from a gesture: the first one loads and unlocks the sound engine.
const unlockAudio = () => {
  audio.unlock();
  for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, unlockAudio, true);
};
for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, unlockAudio, true);

startApp(ctx);

// `?diagnostics` lets the benchmark read what the stage holds, to check that nothing leaks.
if (address.diagnostics) {
  Object.assign(window, { counterpartDiagnostics: { stage: () => stage?.then((view) => view.stats()) ?? Promise.resolve(null) } });
}

// Fetch the heavy engines while the trainee reads the title and the catalogue; then register the
// service worker, which precaches everything else for offline play: after the engines, so that its
// downloads never compete with what the title and the first encounter need.
const registerOffline = () => import('./pwa/register').then((m) => m.registerOffline({ updateReady: (update) => showUpdatePrompt(en, update) }));
const warmUp = () =>
  void Promise.all([loadStageModule(), loadNarrativeModule()])
    .catch(() => undefined)
    .then(registerOffline);
if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 1500 });
else setTimeout(warmUp, 300);
