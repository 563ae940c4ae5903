import type { AppContext, Navigator } from './context';
import { showCatalogue } from './screens/catalogue';
import { showDebrief } from './screens/debrief';
import { showEncounter } from './screens/encounter';
import { applyTextSize } from './screens/settings-panel';
import { showTitle } from './screens/title';

/**
 * Moves between the four screens. Each screen may leave something running (a key listener, a
 * timer); what it returns is called before the next one is shown.
 */
export function startApp(ctx: AppContext): Navigator {
  let leaveScreen: (() => void) | void;
  const go = (show: () => (() => void) | void, name: string) => {
    leaveScreen?.();
    leaveScreen = show();
    ctx.root.dataset.screen = name;
    window.scrollTo(0, 0);
  };
  const nav: Navigator = {
    title: () => go(() => showTitle(ctx, nav), 'title'),
    catalogue: () => {
      ctx.audio.unlock();
      go(() => showCatalogue(ctx, nav), 'catalogue');
    },
    encounter: (scenario, options) => {
      ctx.audio.unlock();
      ctx.audio.ambience(scenario.setting);
      go(() => showEncounter(ctx, nav, scenario, options), 'encounter');
    },
    debrief: (props) => {
      ctx.audio.ambience(null);
      go(() => showDebrief(ctx, nav, props), 'debrief');
    },
  };
  applyTextSize(ctx.settings.textSize);
  nav.title();
  return nav;
}
