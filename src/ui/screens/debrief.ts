import { buildDebrief, type Debrief, type DebriefDecision } from '../../core/debrief';
import { DIMENSIONS } from '../../core/vocabulary';
import type { AppContext, DebriefProps, Navigator } from '../context';
import { h, mount } from '../dom';
import { deltaChips } from './deltas';
import { shortName } from './names';

export function showDebrief(ctx: AppContext, nav: Navigator, props: DebriefProps): void {
  const s = ctx.strings;
  const { meta } = props;
  let debrief: Debrief;
  try {
    debrief = buildDebrief({ open: props.open, compiled: props.compiled, seed: props.seed, meta, log: props.log });
  } catch (error) {
    const back = h('button', { class: 'primary', text: s.errors.backToCatalogue, on: { click: () => nav.catalogue() } });
    mount(ctx.root, h('main', { class: 'screen' }, h('div', { class: 'error-panel', attrs: { role: 'alert' } }, h('h1', { text: s.errors.storyFailed }), h('pre', { text: String(error) }), back)));
    back.focus();
    return;
  }
  ctx.audio.play('debrief');

  const scoreCards = DIMENSIONS.map((d) => {
    const score = debrief.scores[d];
    const bar = h('span', { class: 'score-bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'score-fill' }));
    (bar.firstElementChild as HTMLElement).style.width = `${score}%`;
    return h(
      'li',
      { class: `score-card band-${debrief.verdicts[d]}`, attrs: { 'data-dimension': d } },
      h('h3', { text: s.dimensions[d] }),
      h('p', { class: 'score' }, h('span', { class: 'score-value', text: String(score) }), h('span', { class: 'out-of', text: ` ${s.debrief.outOf}` })),
      bar,
      h('p', { class: 'verdict', text: s.verdicts[d][debrief.verdicts[d]] }),
    );
  });

  /** Who said it, then the words: the reminder reads as the moment it was. */
  const quote = ({ speaker, text }: NonNullable<DebriefDecision['context']>) =>
    speaker === null ? `“${text}”` : `${speaker === 'you' ? s.encounter.you : shortName(meta, speaker)}: “${text}”`;

  const decisions = debrief.decisions.map((decision, i) =>
    h(
      'li',
      { class: 'decision', attrs: { 'data-decision': decision.decisionId } },
      h('h3', { text: s.debrief.decision(i + 1) }),
      decision.context ? h('p', { class: 'context', text: quote(decision.context) }) : null,
      h(
        'div',
        { class: 'chosen' },
        h('p', {}, h('strong', { text: `${s.debrief.youChose}: ` }), decision.chosen.text),
        deltaChips(ctx, decision.chosen.deltas),
        h('p', { class: 'coach', text: decision.chosen.coach }),
      ),
      decision.better
        ? h(
            'div',
            { class: 'better' },
            h('p', {}, h('strong', { text: `${s.debrief.better}: ` }), decision.better.text),
            h('p', { class: 'would', text: `${s.debrief.wouldEarn}:` }),
            deltaChips(ctx, decision.better.deltas),
            h('p', { class: 'coach', text: decision.better.coach }),
          )
        : h('p', { class: 'best-choice', text: s.debrief.bestChoice }),
      h(
        'details',
        { class: 'all-options' },
        h('summary', { text: s.debrief.allOptions }),
        h(
          'ul',
          { class: 'options' },
          ...decision.options.map((option) =>
            h(
              'li',
              { class: option.id === decision.chosen.id ? 'option chosen-option' : 'option', attrs: { 'data-option-id': option.id } },
              h('p', {}, option.id === decision.chosen.id ? h('strong', { text: `${s.debrief.yourChoice}: ` }) : null, option.text),
              deltaChips(ctx, option.deltas),
              h('p', { class: 'coach', text: option.coach }),
            ),
          ),
        ),
      ),
      h('button', {
        class: 'link',
        text: s.debrief.replayFrom(i + 1),
        on: { click: () => props.attempt && nav.rewind(props.attempt, i) },
      }),
    ),
  );

  const heading = h('h1', { id: 'debrief-heading', text: `${s.debrief.heading}: ${meta.title}`, attrs: { tabindex: '-1' } });
  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen debrief-screen', attrs: { 'aria-labelledby': 'debrief-heading' } },
      h(
        'header',
        { class: 'screen-header' },
        heading,
        h(
          'div',
          { class: 'actions' },
          h('button', { class: 'primary', text: s.debrief.replay, on: { click: () => nav.encounter(meta) } }),
          h('button', { class: 'secondary', text: s.debrief.catalogue, on: { click: () => nav.catalogue() } }),
        ),
      ),
      debrief.ending ? h('p', { class: 'ending' }, h('strong', { text: `${s.debrief.ending}: ` }), debrief.ending.title) : null,
      h('section', { attrs: { 'aria-labelledby': 'scores-heading' } }, h('h2', { id: 'scores-heading', text: s.debrief.scoresHeading }), h('ul', { class: 'scores' }, ...scoreCards)),
      debrief.reveal ? h('section', { class: 'reveal', attrs: { 'aria-labelledby': 'reveal-heading' } }, h('h2', { id: 'reveal-heading', text: s.debrief.reveal }), h('p', { text: debrief.reveal })) : null,
      h('section', { attrs: { 'aria-labelledby': 'decisions-heading' } }, h('h2', { id: 'decisions-heading', text: s.debrief.decisionsHeading }), h('ol', { class: 'decisions' }, ...decisions)),
    ),
  );
  heading.focus();
}
