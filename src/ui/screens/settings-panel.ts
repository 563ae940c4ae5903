import type { AppContext } from '../context';
import { h } from '../dom';

/** Sound and coaching switches, as real checkboxes with labels. */
export function settingsPanel(ctx: AppContext): HTMLElement {
  const s = ctx.strings.settings;
  const toggle = (label: string, checked: boolean, onChange: (on: boolean) => void) => {
    const input = h('input', { attrs: { type: 'checkbox' } });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return h('label', { class: 'toggle' }, input, h('span', { text: label }));
  };
  return h(
    'section',
    { class: 'settings', attrs: { 'aria-label': s.heading } },
    toggle(s.sound, !ctx.settings.muted, (on) => {
      ctx.updateSettings({ muted: !on });
      ctx.audio.setMuted(!on);
    }),
    toggle(s.coaching, ctx.settings.coachingDuringPlay, (on) => ctx.updateSettings({ coachingDuringPlay: on })),
    ctx.storageAvailable ? null : h('p', { class: 'warning', attrs: { role: 'status' }, text: s.storageUnavailable }),
  );
}
