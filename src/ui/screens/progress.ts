import { historyOf, PROGRESS_LIMITS, readProfileFile, type Attempt, type FlaggedAttempt, type ImportPreview, type StoryVersion, type VersionHistory } from '../../core/progress';
import { DIMENSIONS } from '../../core/vocabulary';
import { storyVersion, type AppContext, type Navigator } from '../context';
import { h, mount } from '../dom';
import { downloadProfile } from '../export';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>) => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
};

/**
 * Three lines, one per dimension, over the trainee's finished attempts, with practice runs
 * (rewinds) as hollow points in time order that the lines do not join: they show improvement
 * without counting as a full attempt. A few dozen points at most: plain SVG draws it, with the
 * same numbers in a table for screen readers.
 */
function scoreChart(ctx: AppContext, version: VersionHistory, label: string): Element {
  const width = 480;
  const height = 160;
  const pad = 24;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'score-chart', role: 'img', 'aria-label': label });
  for (const y of [0, 50, 100]) {
    const py = height - pad - ((height - 2 * pad) * y) / 100;
    chart.append(svg('line', { x1: pad, x2: width - 8, y1: py, y2: py, class: 'grid' }));
    const text = svg('text', { x: 2, y: py + 4, class: 'axis' });
    text.textContent = String(y);
    chart.append(text);
  }
  const points = [...version.series.map((a) => ({ a, practice: false })), ...version.practice.map((a) => ({ a, practice: true }))].sort((p, q) => p.a.finishedAt - q.a.finishedAt);
  const x = (i: number) => (points.length === 1 ? (width + pad) / 2 : pad + ((width - pad - 16) * i) / (points.length - 1));
  const y = (score: number) => height - pad - ((height - 2 * pad) * score) / 100;
  for (const d of DIMENSIONS) {
    const line = points.flatMap((p, i) => (p.practice ? [] : [`${x(i)},${y(p.a.scores[d])}`])).join(' ');
    chart.append(svg('polyline', { points: line, class: `series ${d}` }));
    points.forEach((p, i) => chart.append(svg('circle', { cx: x(i), cy: y(p.a.scores[d]), r: p.practice ? 5 : 4, class: `series ${d}${p.practice ? ' practice' : ''}`, 'data-attempt': p.a.attemptId })));
  }
  const legend = h(
    'ul',
    { class: 'legend', attrs: { 'aria-hidden': 'true' } },
    ...DIMENSIONS.map((d) => h('li', { class: d, text: ctx.strings.dimensions[d] })),
    version.practice.length > 0 ? h('li', { class: 'practice', text: ctx.strings.progress.practiceLegend }) : null,
  );
  return h('figure', { class: 'chart' }, chart, legend);
}

export function showProgress(ctx: AppContext, nav: Navigator): void {
  const s = ctx.strings.progress;
  const { practice } = ctx;
  const attempts = practice.attempts();
  const hashes = new Map(ctx.scenarios.map((m) => [m.id, m.storyHash]));
  const histories = historyOf(attempts, hashes);
  const status = h('p', { class: 'status-line', attrs: { role: 'status' } });

  const sections = ctx.scenarios.flatMap((meta) => {
    const history = histories.find((x) => x.scenarioId === meta.id);
    const mine = attempts.filter((a) => a.scenarioId === meta.id).sort((a, b) => b.startedAt - a.startedAt);
    if (!history && mine.length === 0) return [];
    const versions = (history?.versions ?? []).map((version) => {
      const row = (label: string, pick: (d: (typeof DIMENSIONS)[number]) => number | undefined, practiceRun = false) =>
        h('tr', practiceRun ? { class: 'practice' } : {}, h('th', { attrs: { scope: 'row' }, text: label }), ...DIMENSIONS.map((d) => h('td', { text: pick(d)?.toString() ?? '—' })));
      const day = (time: number) => new Date(time).toLocaleString(ctx.strings.lang, { dateStyle: 'medium', timeStyle: 'short' });
      return h(
        'div',
        { class: 'version' },
        h('h3', { text: s.version(version.version, version.current) }),
        version.series.length + version.practice.length > 0 ? scoreChart(ctx, version, s.chartLabel(meta.title)) : null,
        h(
          'table',
          { class: 'scores-table' },
          h('thead', {}, h('tr', {}, h('td'), ...DIMENSIONS.map((d) => h('th', { attrs: { scope: 'col' }, text: ctx.strings.dimensions[d] })))),
          h(
            'tbody',
            {},
            row(s.first, (d) => version.first?.scores[d]),
            row(s.best, (d) => version.best?.[d].score),
            row(s.latest, (d) => version.latest?.scores[d]),
          ),
          // Practice apart, in a body of its own: it never enters first, best or latest.
          version.practice.length > 0
            ? h('tbody', { class: 'practice-runs' }, ...version.practice.map((run) => row(s.practiceRow(run.fromStep + 1, day(run.finishedAt)), (d) => run.scores[d], true)))
            : null,
        ),
      );
    });
    return [
      h(
        'section',
        { class: 'progress-card', attrs: { 'aria-labelledby': `progress-${meta.id}` } },
        h('h2', { id: `progress-${meta.id}`, text: meta.title }),
        ...versions,
        h('h3', { text: s.attemptsHeading }),
        h('ul', { class: 'attempts' }, ...mine.map((attempt) => attemptRow(ctx, nav, attempt))),
      ),
    ];
  });

  const exportButton = h('button', { class: 'secondary', text: s.exportButton, on: { click: () => downloadProfile(practice) } });
  const fileInput = h('input', { class: 'visually-hidden', attrs: { type: 'file', accept: '.json,application/json', 'aria-label': s.importButton } });
  const importPanel = h('div', { class: 'import-panel', attrs: { 'aria-live': 'polite' } });
  fileInput.addEventListener('change', () =>
    void importFile(ctx, nav, fileInput, importPanel).catch((error: unknown) => showInPanel(importPanel, h('p', { class: 'warning', attrs: { role: 'alert' }, text: s.importRejected(error instanceof Error ? error.message : String(error)) }))),
  );
  const importButton = h('button', { class: 'secondary', text: s.importButton, on: { click: () => fileInput.click() } });

  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen progress-screen', attrs: { 'aria-labelledby': 'progress-heading' } },
      h(
        'header',
        { class: 'screen-header' },
        h('h1', { id: 'progress-heading', text: `${s.heading} — ${practice.profile?.name ?? ''}` }),
        h('button', { class: 'link', text: s.back, on: { click: () => nav.catalogue() } }),
      ),
      h('p', { class: 'intro', text: s.intro }),
      status,
      // Up here, with what an import says right under its button: never below the fold.
      h('div', { class: 'actions transfer' }, exportButton, importButton, fileInput),
      h('p', { class: 'intro transfer-note', text: s.fileIsOwnRecord }),
      importPanel,
      sections.length > 0 ? h('div', { class: 'progress-list' }, ...sections) : h('p', { class: 'intro', text: s.nothingYet }),
    ),
  );
  (ctx.root.querySelector<HTMLElement>('main button.link') ?? exportButton).focus();
}

function attemptRow(ctx: AppContext, nav: Navigator, attempt: Attempt): HTMLElement {
  const s = ctx.strings.progress;
  const meta = ctx.scenarios.find((m) => m.id === attempt.scenarioId);
  const date = new Date(attempt.startedAt).toLocaleString(ctx.strings.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const notes = [
    attempt.origin.kind === 'rewind-of' ? s.practice : null,
    attempt.flags.scoresMismatch || attempt.flags.unverified ? s.flagged : null,
    attempt.flags.storyChanged || (meta && meta.storyHash !== attempt.storyHash) ? s.changed : null,
  ].filter((n): n is string => n !== null);
  return h(
    'li',
    { class: `attempt status-${attempt.status}`, attrs: { 'data-attempt': attempt.id } },
    h('span', { class: 'when', text: s.when(date, Math.max(1, Math.round(attempt.activeMs / 60_000))) }),
    h('span', { class: 'state', text: s.status[attempt.status] }),
    notes.length > 0 ? h('span', { class: 'notes', text: notes.join(' · ') }) : null,
    meta && attempt.choices.length > 0 ? h('button', { class: 'link', text: s.review, on: { click: () => nav.review(attempt) } }) : null,
    meta && attempt.status === 'in-progress' ? h('button', { class: 'link', text: s.resume, on: { click: () => nav.encounter(meta, { attempt }) } }) : null,
  );
}

/** Shows what an import says in its panel and brings it into view: it answers the button just pressed. */
function showInPanel(panel: HTMLElement, ...content: HTMLElement[]): void {
  mount(panel, ...content);
  panel.scrollIntoView({ block: 'nearest' });
}

async function importFile(ctx: AppContext, nav: Navigator, input: HTMLInputElement, panel: HTMLElement): Promise<void> {
  const s = ctx.strings.progress;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const reject = (reason: string) => showInPanel(panel, h('p', { class: 'warning', attrs: { role: 'alert' }, text: s.importRejected(reason) }));
  if (file.size > PROGRESS_LIMITS.fileBytes) {
    reject(`it is larger than ${Math.round(PROGRESS_LIMITS.fileBytes / 1_000_000)} MB.`);
    return;
  }
  const read = readProfileFile(await file.text());
  if (!read.ok) {
    reject(read.message);
    return;
  }
  const me = ctx.practice.profile;
  if (!me) return;
  const open = await ctx.loadNarrative();
  const stories = new Map<string, StoryVersion>();
  for (const id of read.scenarioIds) {
    const meta = ctx.scenarios.find((m) => m.id === id);
    if (meta) stories.set(id, await storyVersion(ctx, meta));
  }
  // Where it may go: into the signed-in profile, or into the file's own (new, or already here).
  // A trainee's own file has one place to go; anyone else's asks, with nothing chosen for them.
  const destinations: { label: string; preview: ImportPreview }[] = [];
  const own = ctx.practice.store.previewImport(read.file, { open, stories });
  if (own.target.profile.id !== me.id) destinations.push({ label: s.importIntoMine(me.name), preview: ctx.practice.store.previewImport(read.file, { open, stories, into: me.id }) });
  destinations.push({ label: own.target.kind === 'new-profile' ? s.importAsNew(own.target.profile.name) : s.importIntoExisting(own.target.profile.name), preview: own });

  let chosen: ImportPreview | null = destinations.length === 1 ? destinations[0]!.preview : null;
  const details = h('div', { class: 'import-details' });
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' } });
  const describe = (preview: ImportPreview) => {
    const flagged = new Map<string, ImportPreview['flagged']>();
    for (const f of preview.flagged) flagged.set(f.reason, [...(flagged.get(f.reason) ?? []), f]);
    mount(
      details,
      h('p', { text: s.importWillAdd(preview.add.length, preview.update.length, preview.skip.length) }),
      preview.duplicates.length > 0 ? h('p', { class: 'warning', text: s.importDuplicates(preview.duplicates.length) }) : null,
      ...[...flagged].map(([reason, list]) => h('p', { class: 'warning', text: s.importFlagged(reason as FlaggedAttempt['reason'], list.length, [...new Set(list.map((f) => f.scenarioId))]) })),
    );
  };
  if (chosen) describe(chosen);
  const choices =
    destinations.length > 1
      ? h(
          'fieldset',
          { class: 'import-where' },
          h('legend', { text: s.importWhere }),
          ...destinations.map((destination, i) => {
            const radio = h('input', { id: `import-where-${i}`, attrs: { type: 'radio', name: 'import-where' } });
            radio.addEventListener('change', () => {
              chosen = destination.preview;
              error.textContent = '';
              describe(destination.preview);
            });
            return h('div', { class: 'row' }, radio, h('label', { attrs: { for: `import-where-${i}` }, text: destination.label }));
          }),
        )
      : h('p', { text: s.importInto(destinations[0]!.preview.target.profile.name) });
  const confirm = h('button', {
    class: 'primary',
    text: s.importConfirm,
    on: {
      click: () => {
        if (!chosen) {
          error.textContent = s.importChooseWhere;
          (panel.querySelector<HTMLInputElement>('input[type=radio]') ?? confirm).focus();
          return;
        }
        const result = ctx.practice.store.applyImport(chosen);
        if (!result.ok) return reject(result.message);
        const { undo } = result;
        const into = chosen.target.profile.name;
        const count = chosen.add.length + chosen.update.length;
        nav.progress();
        const after = ctx.root.querySelector<HTMLElement>('.import-panel');
        if (!after) return;
        const undoButton = h('button', {
          class: 'secondary',
          text: s.importUndo,
          on: {
            click: () => {
              const undone = ctx.practice.store.undoImport(undo);
              nav.progress();
              const panelNow = ctx.root.querySelector<HTMLElement>('.import-panel');
              if (panelNow) showInPanel(panelNow, h('p', { attrs: { role: 'status' }, text: undone.ok ? s.importUndone : undone.message }));
            },
          },
        });
        showInPanel(after, h('p', { attrs: { role: 'status' } }, s.imported(count, into, undo.profileId !== me.id), ' ', undoButton));
        undoButton.focus();
      },
    },
  });
  showInPanel(
    panel,
    h(
      'section',
      { class: 'import-preview', attrs: { 'aria-labelledby': 'import-heading' } },
      h('h2', { id: 'import-heading', text: s.importHeading }),
      h('p', { class: 'import-whose', text: s.importWhose(read.file.profile.name, new Date(read.file.exportedAt).toLocaleDateString(ctx.strings.lang, { dateStyle: 'medium' })) }),
      choices,
      details,
      error,
      h('div', { class: 'actions' }, confirm, h('button', { class: 'secondary', text: s.importCancel, on: { click: () => mount(panel) } })),
    ),
  );
  (panel.querySelector<HTMLInputElement>('input[type=radio]') ?? confirm).focus();
}
