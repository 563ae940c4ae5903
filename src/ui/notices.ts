import type { AppContext } from './context';
import { h } from './dom';
import { downloadProfile } from './export';

/**
 * Save problems and damaged data set aside are said once, plainly, on whatever screen is up.
 * Progress that is not being saved comes with a way to keep it: export it now.
 */
export function showNotices(ctx: AppContext): void {
  const notices = ctx.practice.takeNotices();
  if (notices.length === 0) return;
  const s = ctx.strings.storage;
  const paragraphs = notices.map((notice) => {
    if (notice.kind === 'storage-refused') return h('p', { text: s.refused });
    if (notice.kind === 'message') return h('p', { text: notice.message });
    return h(
      'p',
      { class: 'not-saved' },
      notice.message,
      ' ',
      ctx.practice.profile ? h('button', { class: 'secondary', text: s.exportNow, on: { click: () => downloadProfile(ctx.practice) } }) : null,
    );
  });
  ctx.root.prepend(h('div', { class: 'notice', attrs: { role: 'alert' } }, ...paragraphs));
}
