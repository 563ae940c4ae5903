import type { AppContext, Navigator } from '../context';
import { h, mount } from '../dom';
import { settingsPanel } from './settings-panel';

export function showTitle(ctx: AppContext, nav: Navigator): void {
  const s = ctx.strings;
  const start = h('button', { class: 'primary big', text: s.title.start, on: { click: () => nav.catalogue() } });
  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen title-screen', attrs: { 'aria-labelledby': 'title-heading' } },
      h(
        'div',
        { class: 'title-card' },
        h('p', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }, '◐'),
        h('h1', { id: 'title-heading', text: s.appName }),
        h('p', { class: 'tagline', text: s.tagline }),
        h('p', { class: 'how', text: s.title.howItWorks }),
        start,
        h('p', { class: 'audience', text: s.title.audience }),
        ctx.practice.profile
          ? h('p', { class: 'audience' }, `${s.profiles.practisingAs(ctx.practice.profile.name)} · `, h('button', { class: 'link', text: s.profiles.switch, on: { click: () => nav.profiles() } }))
          : null,
      ),
      settingsPanel(ctx),
    ),
  );
  start.focus();
}
