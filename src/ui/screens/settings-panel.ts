import { TEXT_SIZES, type TextSize } from '../../core/settings';
import type { AppContext } from '../context';
import { h } from '../dom';

/** Applies the text-size setting to the whole page. */
export function applyTextSize(size: TextSize): void {
  document.documentElement.dataset.textSize = size;
}

/** Sound, text and coaching settings, as real labelled controls. */
export function settingsPanel(ctx: AppContext): HTMLElement {
  const s = ctx.strings.settings;
  const toggle = (label: string, checked: boolean, onChange: (on: boolean) => void) => {
    const input = h('input', { attrs: { type: 'checkbox' } });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return h('label', { class: 'toggle' }, input, h('span', { text: label }));
  };
  const volume = h('input', { attrs: { type: 'range', min: '0', max: '100', step: '5', 'aria-label': s.volume } });
  volume.value = String(Math.round(ctx.settings.volume * 100));
  volume.addEventListener('change', () => {
    const value = Number(volume.value) / 100;
    ctx.updateSettings({ volume: value });
    ctx.audio.setVolume(value);
  });
  const textSize = h('select', { attrs: { 'aria-label': s.textSize } }, ...TEXT_SIZES.map((size) => h('option', { text: s.textSizes[size], attrs: { value: size } })));
  textSize.value = ctx.settings.textSize;
  textSize.addEventListener('change', () => {
    const size = textSize.value as TextSize;
    ctx.updateSettings({ textSize: size });
    applyTextSize(size);
  });
  return h(
    'section',
    { class: 'settings', attrs: { 'aria-label': s.heading } },
    toggle(s.sound, !ctx.settings.muted, (on) => {
      ctx.updateSettings({ muted: !on });
      ctx.audio.setMuted(!on);
    }),
    h('label', { class: 'toggle' }, h('span', { text: s.volume }), volume),
    h('label', { class: 'toggle' }, h('span', { text: s.textSize }), textSize),
    toggle(s.typewriter, ctx.settings.typewriter, (on) => ctx.updateSettings({ typewriter: on })),
    toggle(s.coaching, ctx.settings.coachingDuringPlay, (on) => ctx.updateSettings({ coachingDuringPlay: on })),
    ctx.storageAvailable ? null : h('p', { class: 'warning', attrs: { role: 'status' }, text: s.storageUnavailable }),
  );
}
