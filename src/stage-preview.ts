/**
 * The artists' stage preview (`stage-preview.html`): the game's real Phaser stage, drawn exactly
 * as an encounter draws it, for the setting, character and expression named in the URL:
 *
 *   stage-preview.html?setting=shop-floor&character=shopper&expression=annoyed
 *   stage-preview.html?setting=shop-floor&character=shopper&expression=doubtful&speaker=mentor
 *
 * `character` stands where the customer stands; `speaker` brings on a second character who is
 * speaking, so `character` is shown listening. Without parameters the page lists a link to every
 * setting and every character × expression. Save an SVG under assets/art and reload.
 *
 * Like src/main.ts this is an entry point that wires the stage itself; the game never loads it.
 * Once a scene is drawn, `<body data-ready>` holds its canonical query, for the browser tests.
 */
import { scenarios } from 'virtual:counterpart/catalogue';
import type { ScenarioMeta } from './core/scenario';
import { CHARACTERS, EXPRESSIONS, SETTINGS, type Character, type Expression, type Setting } from './core/vocabulary';
import type { StageView } from './stage/stage';
import { h, mount } from './ui/dom';
import './ui/styles.css';

interface Shot {
  setting: Setting;
  character: Character;
  expression: Expression;
  /** A second character, speaking; null when `character` speaks. */
  speaker: Character | null;
}

const PARAMS = ['setting', 'character', 'expression', 'speaker'] as const;
/**
 * Without reduced motion the stage fades in and figures hop when their mood changes: wait this
 * long, and this many frames (Phaser's clock runs slow when frames are slow), before saying ready.
 */
const SETTLE = { ms: 450, frames: 30 };

const root = document.getElementById('preview')!;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const indexHref = location.pathname;

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);
const usedIn = (test: (meta: ScenarioMeta) => boolean) => scenarios.filter(test);
/** Who a setting's scenes are usually about: the customer of the first scenario set there. */
const customerOf = (setting: Setting): Character => usedIn((m) => m.setting === setting)[0]?.customer ?? CHARACTERS[0];
/** Where a character is usually seen: the setting of the first scenario that casts them. */
const settingOf = (character: Character): Setting => usedIn((m) => m.cast[character] !== undefined)[0]?.setting ?? SETTINGS[0];

function queryOf(shot: Shot): string {
  const params = new URLSearchParams({ setting: shot.setting, character: shot.character, expression: shot.expression });
  if (shot.speaker) params.set('speaker', shot.speaker);
  return params.toString();
}

const hrefOf = (shot: Shot) => `${indexHref}?${queryOf(shot)}`;

type Parsed = { kind: 'index' } | { kind: 'shot'; shot: Shot } | { kind: 'errors'; errors: string[] };

function parse(search: string): Parsed {
  const params = new URLSearchParams(search);
  if (!PARAMS.some((name) => params.has(name))) return { kind: 'index' };
  const errors: string[] = [];
  const read = <T extends string>(name: (typeof PARAMS)[number], list: readonly T[]): T | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (isOneOf(list, value)) return value;
    errors.push(`Unknown ${name} “${value}”. Known: ${list.join(', ')}.`);
    return null;
  };
  let setting = read('setting', SETTINGS);
  let character = read('character', CHARACTERS);
  const expression = read('expression', EXPRESSIONS) ?? 'neutral';
  const speaker = read('speaker', CHARACTERS);
  if (errors.length > 0) return { kind: 'errors', errors };
  character ??= setting ? customerOf(setting) : CHARACTERS[0];
  setting ??= settingOf(character);
  return { kind: 'shot', shot: { setting, character, expression, speaker: speaker === character ? null : speaker } };
}

// --- The index -------------------------------------------------------------------------------

function showIndex(): void {
  document.title = 'Stage preview · Counterpart';
  const used = (label: string, metas: ScenarioMeta[]) =>
    h('p', { class: 'used', text: metas.length > 0 ? `${label}: ${metas.map((m) => m.title).join(', ')}` : `${label}: no scenario yet` });
  mount(
    root,
    h(
      'main',
      { class: 'preview-index', attrs: { 'aria-labelledby': 'preview-heading' } },
      h('h1', { id: 'preview-heading', text: 'Counterpart stage preview' }),
      h(
        'p',
        { class: 'intro' },
        'Each link opens the game’s own stage, drawing the art exactly as an encounter does. Save an SVG under ',
        h('code', { text: 'assets/art/' }),
        ' and reload to see the change. Add ',
        h('code', { text: '&speaker=<character>' }),
        ' to a link to bring on a second character who speaks.',
      ),
      h('h2', { text: 'Settings' }),
      h(
        'ul',
        { class: 'preview-cards' },
        ...SETTINGS.map((setting) => {
          const customer = customerOf(setting);
          return h(
            'li',
            {},
            h('h3', { text: setting }),
            h('a', { attrs: { href: hrefOf({ setting, character: customer, expression: 'neutral', speaker: null }) } }, `${setting} with ${customer}`),
            used('Used in', usedIn((m) => m.setting === setting)),
          );
        }),
      ),
      h('h2', { text: 'Characters and expressions' }),
      h(
        'ul',
        { class: 'preview-cards' },
        ...CHARACTERS.map((character) => {
          const setting = settingOf(character);
          return h(
            'li',
            {},
            h('h3', { text: character }),
            h(
              'ul',
              { class: 'preview-links', attrs: { 'aria-label': `${character}’s expressions` } },
              ...EXPRESSIONS.map((expression) =>
                h('li', {}, h('a', { attrs: { href: hrefOf({ setting, character, expression, speaker: null }) } }, h('span', { class: 'visually-hidden', text: `${character} ` }), expression)),
              ),
            ),
            used('Cast in', usedIn((m) => m.cast[character] !== undefined)),
          );
        }),
      ),
      h('p', {}, h('a', { attrs: { href: './' }, text: 'Open the game' })),
    ),
  );
}

function showErrors(errors: string[]): void {
  document.title = 'Stage preview: unknown art · Counterpart';
  mount(
    root,
    h(
      'main',
      { attrs: { 'aria-labelledby': 'preview-heading' } },
      h('h1', { id: 'preview-heading', text: 'Counterpart stage preview' }),
      h(
        'div',
        { class: 'preview-error', attrs: { role: 'alert' } },
        h('h2', { text: 'Nothing to draw' }),
        ...errors.map((error) => h('p', { text: error })),
        h('p', {}, h('a', { attrs: { href: indexHref }, text: 'See every setting and character' })),
      ),
    ),
  );
}

// --- The stage -------------------------------------------------------------------------------

interface StageScreen {
  main: HTMLElement;
  files: HTMLElement;
  host: HTMLElement;
  status: HTMLElement;
  selects: Record<(typeof PARAMS)[number], HTMLSelectElement>;
}

let screen: StageScreen | null = null;
let stage: Promise<StageView> | null = null;
let drawnScene = '';
let drawing: Promise<void> = Promise.resolve();
let latest = 0;

function buildStageScreen(): StageScreen {
  const select = (name: (typeof PARAMS)[number], options: readonly string[], none?: string) =>
    h('select', { attrs: { name } }, ...(none ? [h('option', { text: none, attrs: { value: '' } })] : []), ...options.map((value) => h('option', { text: value, attrs: { value } })));
  const selects = {
    setting: select('setting', SETTINGS),
    character: select('character', CHARACTERS),
    expression: select('expression', EXPRESSIONS),
    speaker: select('speaker', CHARACTERS, 'nobody else'),
  };
  const labelled = (text: string, control: HTMLSelectElement) => h('label', {}, h('span', { text }), control);
  const form = h(
    'form',
    { class: 'preview-controls', attrs: { 'aria-label': 'What to draw' }, on: { submit: (event) => event.preventDefault() } },
    labelled('Setting', selects.setting),
    labelled('Character', selects.character),
    labelled('Expression', selects.expression),
    labelled('Second speaker', selects.speaker),
  );
  form.addEventListener('change', () => {
    const character = selects.character.value as Character;
    const speaker = (selects.speaker.value || null) as Character | null;
    const shot: Shot = { setting: selects.setting.value as Setting, character, expression: selects.expression.value as Expression, speaker: speaker === character ? null : speaker };
    history.pushState(null, '', hrefOf(shot));
    route();
  });
  const files = h('p', { class: 'preview-files' });
  const host = h('div', { class: 'stage', attrs: { role: 'img' } });
  const status = h('p', { class: 'preview-status', attrs: { role: 'status' } });
  const main = h(
    'main',
    { attrs: { 'aria-labelledby': 'preview-heading' } },
    h('header', { class: 'preview-header' }, h('h1', { id: 'preview-heading', text: 'Stage preview' }), h('a', { attrs: { href: indexHref }, text: 'All settings and characters' })),
    form,
    h('div', { class: 'preview-stage' }, host),
    status,
    files,
  );
  return { main, files, host, status, selects };
}

function describeShot(shot: Shot): string {
  const who = `${shot.character} looking ${shot.expression}`;
  return shot.speaker ? `${who}, listening to ${shot.speaker}, in ${shot.setting}` : `${who}, speaking, in ${shot.setting}`;
}

function showShot(shot: Shot): void {
  if (!screen) {
    screen = buildStageScreen();
    mount(root, screen.main);
  }
  delete document.body.dataset.ready;
  const { selects, files, host, status } = screen;
  selects.setting.value = shot.setting;
  selects.character.value = shot.character;
  selects.expression.value = shot.expression;
  selects.speaker.value = shot.speaker ?? '';
  for (const option of selects.speaker.options) option.disabled = option.value === shot.character;
  const art = [`settings/${shot.setting}.svg`, `characters/${shot.character}/body.svg`, `characters/${shot.character}/${shot.expression}.svg`];
  if (shot.speaker) art.push(`characters/${shot.speaker}/body.svg`, `characters/${shot.speaker}/neutral.svg`);
  files.textContent = `Art (in assets/art/): ${art.join(', ')}`;
  host.setAttribute('aria-label', `The stage: ${describeShot(shot)}`);
  document.title = `${shot.character} · ${shot.expression} · ${shot.setting} · Stage preview`;
  status.textContent = 'Drawing…';
  const id = ++latest;
  drawing = drawing.then(() => draw(shot, id, screen!)).catch((error: unknown) => {
    status.textContent = `The stage could not draw this: ${error instanceof Error ? error.message : String(error)}`;
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function draw(shot: Shot, id: number, on: StageScreen): Promise<void> {
  // A newer request replaces this one before it starts: only the latest is drawn.
  if (id !== latest || on !== screen) return;
  stage ??= import('./stage/stage').then((m) => m.createStage(on.host, { reducedMotion }));
  const view = await stage;
  const scene = `${shot.setting}|${shot.character}|${shot.speaker ?? ''}`;
  if (scene !== drawnScene) {
    drawnScene = '';
    await view.setScene({ setting: shot.setting, customer: shot.character, cast: shot.speaker ? [shot.speaker] : [] });
    drawnScene = scene;
  }
  view.speak(shot.character, shot.expression);
  if (shot.speaker) view.speak(shot.speaker, null);
  const start = performance.now();
  const settle = reducedMotion ? { ms: 0, frames: 2 } : SETTLE;
  for (let frames = 0; frames < settle.frames || performance.now() - start < settle.ms; frames++) await nextFrame();
  if (id !== latest || on !== screen) return;
  document.body.dataset.ready = queryOf(shot);
  on.status.textContent = `Drawn: ${describeShot(shot)}.`;
}

function leaveStage(): void {
  const old = stage;
  stage = null;
  screen = null;
  drawnScene = '';
  latest++;
  delete document.body.dataset.ready;
  void old?.then((view) => view.destroy()).catch(() => undefined);
}

function route(): void {
  const parsed = parse(location.search);
  if (parsed.kind === 'shot') {
    showShot(parsed.shot);
    return;
  }
  leaveStage();
  if (parsed.kind === 'index') showIndex();
  else showErrors(parsed.errors);
}

window.addEventListener('popstate', route);
route();
