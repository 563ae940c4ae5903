import type { AppContext, Navigator } from '../context';
import { h, mount } from '../dom';
import { settingsPanel } from './settings-panel';

export function showCatalogue(ctx: AppContext, nav: Navigator): void {
  const s = ctx.strings;
  const cards = ctx.scenarios.map((scenario) =>
    h(
      'li',
      { class: `scenario-card setting-${scenario.setting}` },
      h(
        'article',
        { attrs: { 'aria-labelledby': `scenario-${scenario.id}` } },
        h('h2', { id: `scenario-${scenario.id}`, text: scenario.title }),
        h('p', { class: 'summary', text: scenario.summary }),
        h(
          'dl',
          { class: 'facts' },
          h('dt', { text: s.catalogue.role }),
          h('dd', { text: scenario.role }),
          h('dt', { class: 'visually-hidden', text: s.catalogue.setting }),
          h('dd', { text: `${s.settingNames[scenario.setting]} · ${s.catalogue.minutes(scenario.minutes)}` }),
        ),
        h('button', {
          class: 'primary',
          text: s.catalogue.playShort,
          attrs: { 'aria-label': s.catalogue.play(scenario.title), 'data-scenario': scenario.id },
          on: { click: () => nav.encounter(scenario) },
        }),
      ),
    ),
  );
  const back = h('button', { class: 'link', text: s.catalogue.back, on: { click: () => nav.title() } });
  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen catalogue-screen', attrs: { 'aria-labelledby': 'catalogue-heading' } },
      h('header', { class: 'screen-header' }, h('h1', { id: 'catalogue-heading', text: s.catalogue.heading }), back),
      h('p', { class: 'intro', text: s.catalogue.intro }),
      h('ul', { class: 'scenario-list' }, ...cards),
      settingsPanel(ctx),
    ),
  );
  cards[0]?.querySelector('button')?.focus();
}
