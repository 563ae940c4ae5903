/**
 * Writes an ink story of a chosen size that keeps the scenario contract (scenarios/README.md),
 * shaped like the shipped encounters: one knot per decision, sticky choices in [brackets] with
 * id, coach and lesson tags, scores changed only under choices, trust and patience clamped by a
 * `settle()` function and branched on, wording varied with `{~…|…}`, three declared endings.
 *
 * Size 1× is DECISIONS_PER_UNIT decisions; 4× and 16× repeat the same beat shape with new ids.
 */
import { LESSONS } from '../../src/core/vocabulary';

/** 1× is about the tutorial's size. */
export const DECISIONS_PER_UNIT = 3;

const EXPRESSIONS = ['doubtful', 'neutral', 'annoyed', 'surprised', 'pleased'] as const;

/** Three options per decision; each moves the scores differently, so none "score alike". */
const OPTION_SHAPES = [
  { slug: 'hear-her-out', text: 'Let her finish, then ask what she needs', deltas: { listening: 2, ownership: 1 }, customer: { trust: 1 }, reply: 'pleased' },
  { slug: 'fix-it-fast', text: 'Skip the questions and fix it straight away', deltas: { listening: -1, promise_keeping: 1 }, customer: { patience: -2 }, reply: 'neutral' },
  { slug: 'pass-it-on', text: 'Say it is not your department and call the manager', deltas: { ownership: -2, promise_keeping: -1 }, customer: { trust: -2, patience: -1 }, reply: 'annoyed' },
] as const;

export function generateStory(scale: number): { source: string; decisions: number } {
  const decisions = DECISIONS_PER_UNIT * scale;
  const out: string[] = [
    `# title: Generated story ${scale}x`,
    `# summary: A story of ${decisions} decisions, generated to time the analyzer.`,
    '# role: Sales assistant',
    '# setting: shop-floor',
    '# minutes: 5',
    '# customer: shopper',
    '# cast: shopper = Ann, a shopper',
    '# cast: manager = Mr. Bo, the manager',
    '# ending: loyal = Ann comes back next week',
    '# ending: polite-exit = Ann thanks you and leaves',
    '# ending: walks-out = Ann walks out',
    '',
    'VAR listening = 0',
    'VAR promise_keeping = 0',
    'VAR ownership = 0',
    'VAR trust = 5',
    'VAR patience = 6',
    '',
    '{~Ten o\'clock|A quiet morning}. The doors slide open. # sfx: door-chime',
    'Excuse me, can you help me? # speaker: shopper # expression: doubtful',
    '-> d1',
    '',
    '=== function settle() ===',
    '~ trust = MAX(0, MIN(10, trust))',
    '~ patience = MAX(0, MIN(10, patience))',
    '',
  ];
  for (let d = 1; d <= decisions; d++) {
    const next = d < decisions ? `d${d + 1}` : 'finish';
    const lesson = (k: number) => LESSONS[(d * 3 + k) % LESSONS.length];
    out.push(`=== d${d} ===`, '~ settle()', '{', '- patience <= 0:', '    -> walks_out', '}');
    out.push(`{~She looks at the shelf again|She turns the box over|She checks her list} (${d}).`);
    out.push(`About item ${d}: I was told something different last time. # speaker: shopper # expression: ${EXPRESSIONS[d % EXPRESSIONS.length]}`);
    OPTION_SHAPES.forEach((shape, k) => {
      out.push(`+ [${shape.text} (${d}) #id: d${d}.${shape.slug} #coach: What choice ${k + 1} teaches at decision ${d}. #lesson: ${lesson(k)}]`);
      for (const [name, delta] of Object.entries({ ...shape.deltas, ...shape.customer })) out.push(`    ~ ${name} ${delta < 0 ? '-=' : '+='} ${Math.abs(delta)}`);
      out.push(`    ${k === 2 ? 'Let me get the manager.' : 'Right, let me see.'} # speaker: you`);
      if (k === 2) out.push('    Not now, I am busy. # speaker: manager # expression: annoyed');
      // No {~…} inside an option: a shuffle there counts its visits per path, and the analyzer
      // (which keys states on ink's visit counts) would then see every path as a distinct state.
      out.push(`    ${['I see.', 'Fine.', 'All right.'][k]} # speaker: shopper # expression: ${shape.reply}`);
      out.push(`    -> ${next}`);
    });
    out.push('');
  }
  out.push(
    '=== finish ===',
    '~ settle()',
    '{',
    '- patience <= 0:',
    '    -> walks_out',
    '- trust >= 7:',
    '    Thank you. I will be back next week. # speaker: shopper # expression: pleased',
    '    # outcome: loyal',
    '    -> END',
    '- else:',
    '    Thanks. Goodbye. # speaker: shopper # expression: neutral',
    '    # outcome: polite-exit',
    '    -> END',
    '}',
    '',
    '=== walks_out ===',
    'I have waited long enough. # speaker: shopper # expression: angry',
    '# outcome: walks-out',
    '-> END',
    '',
  );
  return { source: out.join('\n'), decisions };
}
