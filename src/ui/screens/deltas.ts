import type { DimensionValues } from '../../core/encounter';
import { DIMENSIONS } from '../../core/vocabulary';
import type { AppContext } from '../context';
import { h } from '../dom';

/** "+2 Listening · −1 Ownership" as small labelled chips; colour is never the only signal. */
export function deltaChips(ctx: AppContext, deltas: DimensionValues): HTMLElement {
  const moved = DIMENSIONS.filter((d) => deltas[d] !== 0);
  if (moved.length === 0) return h('p', { class: 'deltas', text: ctx.strings.debrief.noChange });
  return h(
    'ul',
    { class: 'deltas' },
    ...moved.map((d) =>
      h('li', { class: `delta ${deltas[d] > 0 ? 'up' : 'down'}`, text: `${deltas[d] > 0 ? '+' : '−'}${Math.abs(deltas[d])} ${ctx.strings.dimensions[d]}` }),
    ),
  );
}
