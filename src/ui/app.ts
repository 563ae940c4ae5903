import { rewindAttempt } from '../core/progress';
import { storyVersion, type AppContext, type Navigator } from './context';
import { h } from './dom';
import { showNotices } from './notices';
import { showCatalogue } from './screens/catalogue';
import { showDebrief } from './screens/debrief';
import { showEncounter } from './screens/encounter';
import { showNotFound } from './screens/not-found';
import { showProfiles } from './screens/profiles';
import { showProgress } from './screens/progress';
import { showReview } from './screens/review';
import { applyTextSize } from './screens/settings-panel';
import { showTitle } from './screens/title';

/**
 * Moves between the screens. Each screen may leave something running (a key listener, a
 * timer); what it returns is called before the next one is shown.
 */
export function startApp(ctx: AppContext): Navigator {
  let leaveScreen: (() => void) | void;
  const go = (show: () => (() => void) | void | Promise<void>, name: string) => {
    leaveScreen?.();
    leaveScreen = undefined;
    ctx.root.dataset.screen = name;
    window.scrollTo(0, 0);
    navigations++;
    const left = show();
    if (typeof left === 'function') leaveScreen = left;
    showNotices(ctx);
  };
  /** Counts screen changes, so a slow rewind does not pull a trainee back after they moved on. */
  let navigations = 0;
  let rewinding = false;
  const needsProfile = (then: () => void) => (ctx.practice.profile ? then() : nav.profiles());

  const nav: Navigator = {
    title: () => go(() => showTitle(ctx, nav), 'title'),
    profiles: () => go(() => showProfiles(ctx, nav), 'profiles'),
    catalogue: () => {
      needsProfile(() => go(() => showCatalogue(ctx, nav), 'catalogue'));
    },
    progress: () => needsProfile(() => go(() => showProgress(ctx, nav), 'progress')),
    review: (attempt) => go(() => showReview(ctx, nav, attempt), 'review'),
    encounter: (scenario, start) => {
      needsProfile(() => go(() => showEncounter(ctx, nav, scenario, start), 'encounter'));
    },
    rewind: (attempt, step) => {
      const meta = ctx.scenarios.find((m) => m.id === attempt.scenarioId);
      if (!meta || rewinding) return;
      rewinding = true;
      const asked = navigations;
      const cannot = (message: string) => {
        go(() => showCatalogue(ctx, nav), 'catalogue');
        ctx.root.prepend(h('div', { class: 'notice', attrs: { role: 'alert' } }, h('p', { text: message })));
      };
      void Promise.all([ctx.loadNarrative(), storyVersion(ctx, meta)])
        .then(([open, story]) => {
          if (navigations !== asked) return;
          const result = rewindAttempt({ source: attempt, step, id: ctx.practice.newId(), now: ctx.practice.now(), open, story });
          if (!result.ok) return cannot(result.message);
          ctx.practice.start(result.attempt);
          nav.encounter(meta, { attempt: result.attempt });
        })
        .catch((error: unknown) => navigations === asked && cannot(error instanceof Error ? error.message : String(error)))
        .finally(() => {
          rewinding = false;
        });
    },
    debrief: (props) => {
      ctx.audio.ambience(null);
      go(() => showDebrief(ctx, nav, props), 'debrief');
    },
  };
  applyTextSize(ctx.settings.textSize);

  // A wrong link gets a screen that says so and leads in, instead of a game under a wrong address.
  const address = ctx.address;
  if (address.page === 'unknown') {
    go(() => showNotFound(ctx, address.path), 'not-found');
    return nav;
  }
  // A reload in the middle of an encounter comes straight back to it.
  const resumable = ctx.practice.profile ? ctx.practice.resumable() : null;
  const meta = resumable ? ctx.scenarios.find((m) => m.id === resumable.scenarioId) : undefined;
  if (resumable && meta) nav.encounter(meta, { attempt: resumable });
  else nav.title();
  return nav;
}
