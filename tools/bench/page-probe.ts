/**
 * Runs inside the page before any of the app's scripts (Playwright `addInitScript`), in the main
 * world, and records on `window.__bench`:
 * - when the title's start button is first visible and enabled (ms since navigation start);
 * - when a scenario button is clicked (the click event's timestamp);
 * - when the first line of the encounter is in the aria-live transcript, and when it last changed
 *   (for screen readers, and on screen);
 * - optionally, how long each of Phaser's game-loop steps ran: Phaser drives its loop with
 *   requestAnimationFrame, and its step callback is recognised by its source
 *   (`…callback(time); if (….isRunning) …requestAnimationFrame(step)`).
 *
 * It must stay self-contained: Playwright sends its source text to the page.
 */
export interface ProbeConfig {
  startLabel: string;
  hookFrames: boolean;
}

export interface ProbeState {
  titleInteractiveAt: number | null;
  clickAt: number | null;
  /**
   * The first line of the encounter: when its text first reached the aria-live transcript, when
   * that accessible text last changed (text under aria-hidden, such as a typewriter's visible
   * copy, is not what a screen reader gets), and when anything in it last changed on screen.
   */
  firstLine: { appearedAt: number; lastChangeAt: number; lastVisualChangeAt: number; text: string } | null;
  linesSeen: number;
  frames: {
    recording: boolean;
    /** Duration of each recorded Phaser step (ms of main-thread time, performance.now()). */
    durations: number[];
    /** The app's screen (`#app[data-screen]`) during each recorded step. */
    screens: string[];
    /** requestAnimationFrame ids of the recorded steps, to find them in a trace. */
    ids: number[];
    /** Other requestAnimationFrame callbacks seen (not Phaser's). */
    others: number;
  };
}

export function installProbe(config: ProbeConfig): void {
  const w = window as unknown as { __bench?: ProbeState };
  if (w.__bench) return;
  const bench: ProbeState = {
    titleInteractiveAt: null,
    clickAt: null,
    firstLine: null,
    linesSeen: 0,
    frames: { recording: false, durations: [], screens: [], ids: [], others: 0 },
  };
  w.__bench = bench;
  try {
    performance.setResourceTimingBufferSize(10_000);
  } catch {
    // Older engines: the default buffer (250 entries) is enough for this app.
  }

  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const checkTitle = () => {
    if (bench.titleInteractiveAt !== null) return;
    for (const button of Array.from(document.querySelectorAll('button'))) {
      if (button.textContent?.trim() === config.startLabel && !button.disabled && visible(button)) {
        bench.titleInteractiveAt = performance.now();
        clearInterval(poll);
        return;
      }
    }
  };
  // Mutations catch the button being added; the poll catches it turning visible when CSS arrives.
  const poll = setInterval(checkTitle, 10);

  const accessibleText = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    let text = '';
    for (const child of Array.from(node.childNodes)) text += accessibleText(child);
    return text;
  };
  const checkLines = (mutations: MutationRecord[]) => {
    if (bench.clickAt === null) return;
    const lines = document.querySelectorAll('ol.transcript[aria-live] li.line');
    bench.linesSeen = lines.length;
    const first = lines[0];
    if (!first) return;
    const text = accessibleText(first.querySelector('.text') ?? first);
    const now = performance.now();
    if (!bench.firstLine) {
      if (text.trim() !== '') bench.firstLine = { appearedAt: now, lastChangeAt: now, lastVisualChangeAt: now, text };
      return;
    }
    if (lines.length === 1 && mutations.some((m) => first.contains(m.target) || m.target === first)) {
      bench.firstLine.lastVisualChangeAt = now;
      if (text !== bench.firstLine.text) {
        bench.firstLine.lastChangeAt = now;
        bench.firstLine.text = text;
      }
    }
  };
  new MutationObserver((mutations) => {
    checkTitle();
    checkLines(mutations);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button[data-scenario]') : null;
      if (target && bench.clickAt === null) bench.clickAt = event.timeStamp;
    },
    true,
  );

  if (!config.hookFrames) return;
  const nativeRaf = window.requestAnimationFrame.bind(window);
  const isPhaserStep = new WeakMap<FrameRequestCallback, boolean>();
  window.requestAnimationFrame = (callback: FrameRequestCallback): number => {
    let phaser = isPhaserStep.get(callback);
    if (phaser === undefined) {
      const source = Function.prototype.toString.call(callback);
      phaser = /\.isRunning\b/.test(source) && /\.callback\(/.test(source);
      isPhaserStep.set(callback, phaser);
    }
    if (!phaser) {
      if (bench.frames.recording) bench.frames.others++;
      return nativeRaf(callback);
    }
    const id = nativeRaf((time) => {
      if (!bench.frames.recording) {
        callback(time);
        return;
      }
      const started = performance.now();
      try {
        callback(time);
      } finally {
        bench.frames.durations.push(performance.now() - started);
        bench.frames.screens.push(document.getElementById('app')?.dataset.screen ?? '');
        bench.frames.ids.push(id);
      }
    });
    return id;
  };
}
