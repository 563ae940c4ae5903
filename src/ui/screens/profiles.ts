import { resumableAttempt } from '../../core/progress';
import type { AppContext, Navigator } from '../context';
import { h, mount } from '../dom';

/** "Who is practising?": pick, create or delete a profile on a shared device. */
export function showProfiles(ctx: AppContext, nav: Navigator): void {
  const s = ctx.strings.profiles;
  const { practice } = ctx;
  const last = practice.lastProfileId();
  const profiles = [...practice.profiles()].sort((a, b) => Number(b.id === last) - Number(a.id === last) || a.name.localeCompare(b.name));
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const name = h('input', { id: 'profile-name', attrs: { type: 'text', autocomplete: 'nickname', maxlength: '40', required: '' } });
  const form = h(
    'form',
    { class: 'new-profile' },
    h('h2', { text: s.newHeading }),
    h('label', { attrs: { for: 'profile-name' }, text: s.nameLabel }),
    h('div', { class: 'row' }, name, h('button', { class: 'primary', text: s.create, attrs: { type: 'submit' } })),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const created = practice.create(name.value);
    if (!created.ok) {
      error.textContent = created.message;
      name.focus();
      return;
    }
    nav.catalogue();
  });

  const rows = profiles.map((profile) => {
    const resumable = resumableAttempt(practice.attempts(profile.id));
    const scenario = resumable ? ctx.scenarios.find((m) => m.id === resumable.scenarioId) : undefined;
    return h(
      'li',
      { class: 'profile' },
      h('button', {
        class: 'primary',
        text: s.pick(profile.name),
        on: {
          click: () => {
            practice.select(profile.id);
            nav.catalogue();
          },
        },
      }),
      scenario
        ? h('button', {
            class: 'secondary',
            text: s.continue(scenario.title),
            on: {
              click: () => {
                practice.select(profile.id);
                nav.encounter(scenario, { attempt: resumable! });
              },
            },
          })
        : null,
      h('button', {
        class: 'link danger',
        text: s.remove(profile.name),
        on: {
          click: () => {
            if (!window.confirm(s.confirmRemove(profile.name))) return;
            practice.remove(profile.id);
            showProfiles(ctx, nav);
          },
        },
      }),
    );
  });

  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen profiles-screen', attrs: { 'aria-labelledby': 'profiles-heading' } },
      h('header', { class: 'screen-header' }, h('h1', { id: 'profiles-heading', text: s.heading })),
      h('p', { class: 'intro', text: s.intro }),
      profiles.length > 0 ? h('ul', { class: 'profile-list' }, ...rows) : h('p', { class: 'intro', text: s.none }),
      form,
    ),
  );
  (rows[0]?.querySelector('button') ?? name).focus();
}
