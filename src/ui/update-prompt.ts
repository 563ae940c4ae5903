import type { Strings } from '../i18n/en';
import { h } from './dom';

/**
 * Says a new version is ready and lets the trainee choose when it takes over: mid-encounter, or
 * on a projector in front of a class, a reload is theirs to decide. It sits outside the screens
 * (`#app`), so it stays up while the trainee moves between them.
 */
export function showUpdatePrompt(strings: Strings, update: () => Promise<void>): void {
  if (document.querySelector('.update-prompt')) return;
  const s = strings.update;
  const now = h('button', { class: 'primary', text: s.now });
  const later = h('button', { class: 'secondary', text: s.later });
  const prompt = h('aside', { class: 'update-prompt', attrs: { role: 'status', 'aria-label': s.ready } }, h('p', { text: s.ready }), h('p', { class: 'keeps', text: s.keeps }), h('div', { class: 'actions' }, now, later));
  now.addEventListener('click', () => {
    now.disabled = true;
    later.disabled = true;
    void update();
  });
  later.addEventListener('click', () => prompt.remove());
  document.body.append(prompt);
}
