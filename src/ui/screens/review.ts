import { transcriptOf, type Attempt } from '../../core/progress';
import { storyVersion, type AppContext, type Navigator } from '../context';
import { h, mount, visuallyHidden } from '../dom';
import { deltaChips } from './deltas';
import { shortName } from './names';

/** A past attempt as a transcript: every line, each choice with its coaching, and a rewind at each decision. */
export async function showReview(ctx: AppContext, nav: Navigator, attempt: Attempt): Promise<void> {
  const s = ctx.strings;
  const meta = ctx.scenarios.find((m) => m.id === attempt.scenarioId)!;
  const back = h('button', { class: 'link', text: s.review.back, on: { click: () => nav.progress() } });
  const heading = h('h1', { id: 'review-heading', text: s.review.heading(meta.title), attrs: { tabindex: '-1' } });
  const body = h('div', { class: 'review-body' });
  mount(ctx.root, h('main', { class: 'screen review-screen', attrs: { 'aria-labelledby': 'review-heading' } }, h('header', { class: 'screen-header' }, heading, back), body));
  heading.focus();

  const cannot = (message: string) => mount(body, h('div', { class: 'error-panel', attrs: { role: 'alert' } }, h('h2', { text: s.review.cannot }), h('p', { text: message })));
  let result: ReturnType<typeof transcriptOf>;
  try {
    result = transcriptOf({ attempt, open: await ctx.loadNarrative(), story: await storyVersion(ctx, meta) });
  } catch (error) {
    cannot(error instanceof Error ? error.message : String(error));
    return;
  }
  if (!result.ok) {
    cannot(result.message);
    return;
  }
  const steps = result.steps.map((step, i) =>
    h(
      'li',
      { class: 'review-step' },
      h(
        'ol',
        { class: 'transcript static' },
        ...step.lines
          .filter((line) => line.text !== '')
          .map((line) =>
            h(
              'li',
              { class: `line ${line.speaker === 'you' ? 'you' : line.speaker ? 'them' : 'narration'}` },
              line.speaker ? h('span', { class: 'speaker' }, line.speaker === 'you' ? s.encounter.you : shortName(meta, line.speaker), visuallyHidden(': ')) : null,
              h('span', { class: 'text', text: line.text }),
            ),
          ),
      ),
      step.choice
        ? h(
            'div',
            { class: 'decision' },
            h('h2', { text: s.debrief.decision(i + 1) }),
            h('p', {}, h('strong', { text: `${s.review.youChose}: ` }), step.choice.text),
            deltaChips(ctx, step.choice.deltas),
            h('p', { class: 'coach', text: step.choice.coach }),
            h('button', { class: 'link', text: s.review.rewind, on: { click: () => nav.rewind(attempt, i) } }),
          )
        : null,
    ),
  );
  const ending = meta.endings.find((e) => e.id === result.outcome);
  mount(body, h('ol', { class: 'review-steps' }, ...steps), ending ? h('p', { class: 'ending' }, h('strong', { text: `${s.review.outcome}: ` }), ending.title) : null);
}
