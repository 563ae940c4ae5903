import { rewindAttempt } from '../core/progress';
import { storyVersion, type AppContext, type Navigator } from './context';
import { h } from './dom';
import { showCatalogue } from './screens/catalogue';
import { showDebrief } from './screens/debrief';
import { showEncounter } from './screens/encounter';
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
    const left = show();
    if (typeof left === 'function') leaveScreen = left;
    showNotices();
  };
  /** Save problems and damaged data set aside are said once, plainly, on whatever screen is up. */
  const showNotices = () => {
    const notices = ctx.practice.takeNotices();
    if (notices.length === 0) return;
    ctx.root.prepend(h('div', { class: 'notice', attrs: { role: 'alert' } }, ...notices.map((text) => h('p', { text }))));
  };
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
      if (!meta) return;
      void Promise.all([ctx.loadNarrative(), storyVersion(ctx, meta)]).then(([open, story]) => {
        const result = rewindAttempt({ source: attempt, step, id: ctx.practice.newId(), now: ctx.practice.now(), open, story });
        if (!result.ok) {
          go(() => showCatalogue(ctx, nav), 'catalogue');
          ctx.root.prepend(h('div', { class: 'notice', attrs: { role: 'alert' } }, h('p', { text: result.message })));
          return;
        }
        ctx.practice.save(result.attempt);
        nav.encounter(meta, { attempt: result.attempt });
      });
    },
    debrief: (props) => {
      ctx.audio.ambience(null);
      go(() => showDebrief(ctx, nav, props), 'debrief');
    },
  };
  applyTextSize(ctx.settings.textSize);

  // A reload in the middle of an encounter comes straight back to it.
  const resumable = ctx.practice.profile ? ctx.practice.resumable() : null;
  const meta = resumable ? ctx.scenarios.find((m) => m.id === resumable.scenarioId) : undefined;
  if (resumable && meta) nav.encounter(meta, { attempt: resumable });
  else nav.title();
  return nav;
}
