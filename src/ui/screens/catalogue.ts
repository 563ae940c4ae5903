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
  const profile = ctx.practice.profile;
  const resumable = ctx.practice.resumable();
  const resumeMeta = resumable ? ctx.scenarios.find((m) => m.id === resumable.scenarioId) : undefined;
  const who = h(
    'div',
    { class: 'who' },
    h('span', { text: profile ? s.profiles.practisingAs(profile.name) : '' }),
    h('button', { class: 'link', text: s.profiles.switch, on: { click: () => nav.profiles() } }),
    h('button', { class: 'secondary', text: s.progress.open, on: { click: () => nav.progress() } }),
  );
  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen catalogue-screen', attrs: { 'aria-labelledby': 'catalogue-heading' } },
      h('header', { class: 'screen-header' }, h('h1', { id: 'catalogue-heading', text: s.catalogue.heading }), who),
      h('p', { class: 'intro', text: s.catalogue.intro }),
      resumable && resumeMeta
        ? h('button', { class: 'primary resume', text: s.catalogue.continue(resumeMeta.title, resumable.choices.length + 1), on: { click: () => nav.encounter(resumeMeta, { attempt: resumable }) } })
        : null,
      h('ul', { class: 'scenario-list' }, ...cards),
      settingsPanel(ctx),
      back,
    ),
  );
  cards[0]?.querySelector('button')?.focus();
}
