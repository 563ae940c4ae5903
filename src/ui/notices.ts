import type { AppContext } from './context';
import { h } from './dom';

/** Save problems and damaged data set aside are said once, plainly, on whatever screen is up. */
export function showNotices(ctx: AppContext): void {
  const notices = ctx.practice.takeNotices();
  if (notices.length === 0) return;
  ctx.root.prepend(h('div', { class: 'notice', attrs: { role: 'alert' } }, ...notices.map((text) => h('p', { text }))));
}
