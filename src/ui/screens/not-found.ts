import type { AppContext } from '../context';
import { h, mount } from '../dom';

/**
 * For an address the game does not have. The way in is a real link to the game's own address,
 * so the address bar is right again and a bookmark made from it works.
 */
export function showNotFound(ctx: AppContext, path: string): void {
  const s = ctx.strings.notFound;
  const home = h('a', { class: 'primary big', attrs: { href: ctx.address.home }, text: s.home });
  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen title-screen not-found', attrs: { 'aria-labelledby': 'not-found-heading' } },
      h('div', { class: 'title-card' }, h('p', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }, '◐'), h('h1', { id: 'not-found-heading', text: s.heading }), h('p', { class: 'how', text: s.explain(path) }), home),
    ),
  );
  home.focus();
}
