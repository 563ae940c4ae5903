import { BeatInterruptedError, Encounter, type Beat, type ChoiceRecord, type EncounterLine, type Speaker } from '../../core/encounter';
import { StoryRuntimeError, type OpenStory } from '../../core/ports';
import type { ScenarioMeta } from '../../core/scenario';
import { CUSTOMER_STATE, CUSTOMER_STATE_RANGE, type Character, type Expression } from '../../core/vocabulary';
import type { StageView } from '../../stage/stage';
import { optionIdsOf, resumeAttempt, type Attempt } from '../../core/progress';
import type { AppContext, EncounterStart, Navigator } from '../context';
import { h, mount, visuallyHidden } from '../dom';
import { showNotices } from '../notices';
import { deltaChips } from './deltas';
import { shortName } from './names';

/** How long a line stays the newest before the next appears, unless the trainee skips ahead. */
const lineDelay = (text: string) => Math.min(1800, 350 + text.length * 14);
const CHARS_PER_TICK = 2;
const TICK_MS = 22;
/** Enter on a choice this soon after the choices appeared is taken as the tail of a skip, not a pick. */
const FRESH_CHOICES_MS = 350;

export function showEncounter(
  ctx: AppContext,
  nav: Navigator,
  meta: ScenarioMeta,
  start: EncounterStart = {},
): () => void {
  const s = ctx.strings;
  // A touch screen has no number keys or Space bar to speak of: it is not told to press them, and
  // a button to tap needs no hint (the room is the customer's line's, at a decision on a phone).
  const touch = window.matchMedia('(hover: none) and (pointer: coarse)').matches;
  const customerName = shortName(meta, meta.customer);
  const stageHost = h('div', { class: 'stage', attrs: { role: 'img', 'aria-label': s.encounter.stageLabel(s.settingNames[meta.setting], customerName) } });
  const meters = h('dl', { class: 'meters', attrs: { 'aria-label': s.encounter.customerState } });
  // The one live region: coaching is read out from here too, after the line it follows, so the
  // two never talk over each other. Focusable, so the keyboard can scroll back through it.
  const transcript = h('ol', { class: 'transcript', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': s.encounter.conversation, tabindex: '0' } });
  const coaching = h('aside', { class: 'coaching', attrs: { 'aria-label': s.encounter.coachingHeading } });
  const choices = h('div', { class: 'choices', attrs: { role: 'group', 'aria-label': s.encounter.choicesLabel } });
  const dialogue = h('section', { class: 'dialogue', attrs: { 'aria-label': s.encounter.dialogue } }, transcript, choices);
  coaching.hidden = true;

  mount(
    ctx.root,
    h(
      'main',
      { class: 'screen encounter-screen', attrs: { 'aria-labelledby': 'encounter-heading' } },
      h(
        'header',
        { class: 'encounter-header' },
        h('div', {}, h('h1', { id: 'encounter-heading', text: meta.title }), h('p', { class: 'role', text: s.encounter.youAre(meta.role) })),
        h('button', { class: 'secondary', text: s.encounter.leave, on: { click: () => nav.catalogue() } }),
      ),
      h('div', { class: 'play-area' }, h('div', { class: 'stage-column' }, stageHost, meters, coaching), dialogue),
    ),
  );
  transcript.append(h('li', { class: 'narration loading', text: s.encounter.loading }));

  let disposed = false;
  let choicesShownAt = 0;
  let encounter: Encounter | null = null;
  let compiled = '';
  let openStory: OpenStory | null = null;
  let seed = start.attempt?.seed ?? ctx.newSeed();
  /** The saved record of this attempt, updated after every choice. */
  let attempt: Attempt | null = null;
  let stage: StageView | null = null;
  let onStage: { speaker: Speaker | null; expression: Expression | null } = { speaker: null, expression: null };
  let pending: EncounterLine[] = [];
  let afterLines: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fail = (message: string, detail: unknown, retry?: () => void) => {
    clearTimeout(timer);
    finishTyping();
    pending = [];
    afterLines = null;
    // A story that failed part-way through a beat still shows what it said, above the message.
    const said = detail instanceof BeatInterruptedError ? detail.lines : [];
    for (const line of said) present(line, true);
    const back = h('button', { class: 'primary', text: s.errors.backToCatalogue, on: { click: () => nav.catalogue() } });
    mount(
      dialogue,
      said.length > 0 ? transcript : null,
      h(
        'div',
        { class: 'error-panel', attrs: { role: 'alert' } },
        h('h2', { text: message }),
        h('p', { text: s.errors.storyFailedHelp }),
        h('div', { class: 'actions' }, back, retry ? h('button', { class: 'secondary', text: s.errors.retry, on: { click: retry } }) : null),
        h('details', {}, h('summary', { text: s.errors.details }), h('pre', { text: detail instanceof StoryRuntimeError && detail.inkPath ? s.errors.storyErrorAt(detail.message, detail.inkPath) : detail instanceof Error ? detail.message : String(detail) })),
      ),
    );
    back.focus();
  };

  const updateMeters = () => {
    if (!encounter) return;
    const values = encounter.customer;
    stage?.setMood(values);
    mount(
      meters,
      ...CUSTOMER_STATE.flatMap((stat) => {
        const label = s.customerStats[stat];
        const bar = h('span', { class: 'meter', attrs: { role: 'meter', 'aria-valuemin': String(CUSTOMER_STATE_RANGE.min), 'aria-valuemax': String(CUSTOMER_STATE_RANGE.max), 'aria-valuenow': String(values[stat]), 'aria-label': s.encounter.stat(label, values[stat], CUSTOMER_STATE_RANGE.max) } }, h('span', { class: 'meter-fill' }));
        (bar.firstElementChild as HTMLElement).style.width = `${(100 * values[stat]) / CUSTOMER_STATE_RANGE.max}%`;
        return [h('dt', { text: label }), h('dd', {}, bar)];
      }),
    );
  };

  const scrollToLatest = () => {
    transcript.scrollTop = transcript.scrollHeight;
  };

  const lineElement = (line: EncounterLine): HTMLLIElement => {
    if (!line.speaker) {
      // Narration; when it tells what a character does, their change of face is said too.
      const mood = line.actor && line.expressionChanged && line.expression ? s.encounter.looks(shortName(meta, line.actor), s.expressions[line.expression]) : null;
      return h('li', { class: 'line narration' }, h('span', { class: 'text', text: line.text }), mood ? h('span', { class: 'mood', text: mood }) : null);
    }
    const you = line.speaker === 'you';
    const name = line.speaker === 'you' ? s.encounter.you : shortName(meta, line.speaker);
    return h(
      'li',
      { class: `line ${you ? 'you' : 'them'}`, attrs: { 'data-speaker': line.speaker } },
      h('span', { class: 'speaker' }, name, visuallyHidden(': ')),
      h('span', { class: 'text', text: line.text }),
      line.expressionChanged && line.expression ? h('span', { class: 'mood', text: s.encounter.looks(name, s.expressions[line.expression]) }) : null,
    );
  };

  /** The line being typed out, if any; its full text is already with screen readers. */
  let typing: { element: HTMLElement; text: string; shown: number } | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const typewriter = ctx.settings.typewriter && !ctx.reducedMotion;

  const typeNext = () => {
    if (!typing) return;
    typing.shown = Math.min(typing.text.length, typing.shown + CHARS_PER_TICK);
    typing.element.textContent = typing.text.slice(0, typing.shown);
    if (typing.shown >= typing.text.length) finishTyping();
    else typingTimer = setTimeout(typeNext, TICK_MS);
  };

  /** Shows the whole line, as plain text again once no longer typing. */
  const finishTyping = () => {
    clearTimeout(typingTimer);
    typing?.element.parentElement?.replaceChildren(typing.text);
    typing = null;
  };

  /** Shows one line; returns how long its typing takes. */
  const present = (line: EncounterLine, quiet: boolean): number => {
    let typingTime = 0;
    // A busy page runs the typing late; the line before must not stay cut off on screen.
    finishTyping();
    if (line.text !== '') {
      const element = lineElement(line);
      transcript.append(element);
      if (typewriter && !quiet) {
        const text = element.querySelector<HTMLElement>('.text')!;
        const visible = h('span', { attrs: { 'aria-hidden': 'true' } });
        text.replaceChildren(h('span', { class: 'visually-hidden', text: line.text }), visible);
        typing = { element: visible, text: line.text, shown: 0 };
        typeNext();
        typingTime = Math.ceil(line.text.length / CHARS_PER_TICK) * TICK_MS;
      }
      scrollToLatest();
    }
    const onStageNow = line.speaker ?? line.actor;
    if (onStageNow) {
      onStage = { speaker: onStageNow, expression: line.expression };
      stage?.speak(onStageNow, line.expression);
    }
    if (quiet) return typingTime;
    for (const cue of line.sfx) ctx.audio.play(cue);
    if (line.speaker && line.text !== '') ctx.audio.voice(line.speaker);
    return typingTime;
  };

  const revealing = () => afterLines !== null;

  const endBeat = () => {
    // The choices never appear beside a line still being typed, however late its typing runs.
    finishTyping();
    const then = afterLines;
    afterLines = null;
    then?.();
  };

  const revealNext = () => {
    const line = pending.shift();
    const typingTime = line ? present(line, false) : 0;
    timer = setTimeout(pending.length > 0 ? revealNext : endBeat, pending.length > 0 ? typingTime + lineDelay(line!.text) : typingTime);
  };

  /** Completes the typing and shows the rest of the beat at once (Space, Enter or a tap). */
  const skipAhead = () => {
    if (!revealing()) return;
    clearTimeout(timer);
    finishTyping();
    while (pending.length > 0) present(pending.shift()!, pending.length > 0);
    finishTyping();
    endBeat();
  };

  const showDecisionOrEnd = () => {
    if (!encounter) return;
    updateMeters();
    const decision = encounter.beat.decision;
    if (!decision) {
      const toDebrief = h('button', {
        class: 'primary big',
        text: s.encounter.continueToDebrief,
        on: {
          click: () => {
            ctx.audio.play('confirm');
            nav.debrief({ meta, compiled, seed, log: encounter!.log, open: openStory!, attempt });
          },
        },
      });
      mount(choices, toDebrief);
      scrollToLatest();
      toDebrief.focus();
      return;
    }
    const buttons = decision.options.map((option, i) =>
      h(
        'button',
        { class: 'choice', attrs: { 'data-option-id': option.id, 'aria-keyshortcuts': String(i + 1) }, on: { click: () => choose(option.id) } },
        h('span', { class: 'key', attrs: { 'aria-hidden': 'true' }, text: String(i + 1) }),
        h('span', { class: 'choice-text', text: option.text }),
      ),
    );
    mount(choices, touch ? null : h('p', { class: 'hint', text: s.encounter.choiceHint }), ...buttons);
    scrollToLatest();
    choicesShownAt = performance.now();
    buttons[0]?.focus();
  };

  const playBeat = (beat: Beat, coachingNote?: string) => {
    pending = [...beat.lines];
    afterLines = showDecisionOrEnd;
    // The choices just went away: focus waits on the conversation, where the next lines appear.
    transcript.focus({ preventScroll: true });
    revealNext();
    // Said after the first line of the reply (the trainee's own words), before the customer's answer.
    if (coachingNote) transcript.append(h('li', { class: 'coaching-note visually-hidden', text: coachingNote }));
    if (revealing()) {
      mount(choices, h('button', { class: 'secondary skip', text: touch ? s.encounter.showAllTouch : s.encounter.showAll, attrs: { 'aria-keyshortcuts': 'Space' }, on: { click: skipAhead } }));
    }
  };

  /** Shows the coaching beside the stage; returns what the live region says for it. */
  const showCoaching = (record: ChoiceRecord): string | undefined => {
    if (!ctx.settings.coachingDuringPlay) return undefined;
    const chips = deltaChips(ctx, record.deltas);
    mount(coaching, h('h2', { text: s.encounter.coachingHeading }), h('p', { text: record.coach }), chips);
    coaching.hidden = false;
    return `${s.encounter.coachingHeading}: ${record.coach} ${[...chips.querySelectorAll('li')].map((li) => li.textContent).join(', ') || chips.textContent}`;
  };

  const choose = (optionId: string) => {
    if (!encounter || revealing()) return;
    ctx.audio.play('choose');
    mount(choices);
    let beat: Beat;
    try {
      beat = encounter.choose(optionId);
    } catch (error) {
      fail(s.errors.storyFailed, error);
      return;
    }
    if (attempt) {
      attempt = ctx.practice.record(attempt, encounter);
      showNotices(ctx);
    }
    playBeat(beat, showCoaching(encounter.log.at(-1)!));
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // A held or doubled Enter that skipped ahead must not also pick the choice focus lands on.
    const freshChoice = event.target instanceof HTMLElement && event.target.classList.contains('choice') && performance.now() - choicesShownAt < FRESH_CHOICES_MS;
    if ((event.key === 'Enter' || event.key === ' ') && (event.repeat || freshChoice)) {
      event.preventDefault();
      return;
    }
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target instanceof HTMLElement && event.target.classList.contains('choice')) {
      // Up and Down step through the choices, round from the last to the first.
      const buttons = [...choices.querySelectorAll<HTMLButtonElement>('button.choice')];
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(buttons.indexOf(event.target as HTMLButtonElement) + step + buttons.length) % buttons.length]?.focus();
      event.preventDefault();
    } else if (/^[1-9]$/.test(event.key)) {
      const button = choices.querySelectorAll<HTMLButtonElement>('button.choice')[Number(event.key) - 1];
      if (button && !button.disabled) {
        event.preventDefault();
        button.click();
      }
    } else if ((event.key === ' ' || event.key === 'Enter') && revealing()) {
      event.preventDefault();
      skipAhead();
    }
  };
  document.addEventListener('keydown', onKey);
  transcript.addEventListener('click', skipAhead);

  /** A saved attempt that cannot go on: say so, keep it in history, offer a fresh start. */
  const cannotResume = (message: string) => {
    const restart = h('button', { class: 'primary', text: s.resume.restart, on: { click: () => nav.encounter(meta) } });
    mount(
      dialogue,
      h('div', { class: 'error-panel', attrs: { role: 'alert' } }, h('h2', { text: s.resume.cannot }), h('p', { text: message }), h('div', { class: 'actions' }, restart, h('button', { class: 'secondary', text: s.errors.backToCatalogue, on: { click: () => nav.catalogue() } }))),
    );
    restart.focus();
  };

  /**
   * The stage and the background sound come after the first line: the words are what the
   * trainee needs first, and the pictures and sound stream in a moment later.
   */
  let stageSet = false;
  const setTheStage = () => {
    if (stageSet || disposed) return;
    stageSet = true;
    ctx.audio.ambience(meta.setting);
    ctx
      .loadStage(stageHost)
      .then(async (view) => {
        if (disposed) return;
        stage = view;
        const cast = Object.keys(meta.cast).filter((c) => c !== meta.customer) as Character[];
        await view.setScene({ setting: meta.setting, customer: meta.customer, cast });
        if (disposed) return;
        if (encounter) view.setMood(encounter.customer);
        view.speak(onStage.speaker, onStage.expression);
      })
      .catch(() => stageHost.classList.add('stage-unavailable'));
  };

  let retrying = false;
  const retry = () => {
    if (retrying) return;
    retrying = true;
    mount(dialogue, transcript, choices);
    mount(transcript, h('li', { class: 'narration loading', text: s.encounter.loading }));
    void begin().finally(() => {
      retrying = false;
    });
  };

  const begin = async () => {
    try {
      [compiled, openStory] = await Promise.all([ctx.loadStory(meta.id), ctx.loadNarrative()]);
    } catch (error) {
      if (!disposed) fail(s.errors.loadFailed, error, retry);
      return;
    }
    if (disposed) return;
    if (start.attempt) {
      // Another tab may have played on since this screen was asked for: continue from the latest save.
      const latest = ctx.practice.attempts().find((a) => a.id === start.attempt!.id) ?? start.attempt;
      const resumed = resumeAttempt({ attempt: latest, open: openStory, story: { meta, compiled }, now: ctx.practice.now() });
      if (!resumed.ok) {
        ctx.practice.save(resumed.attempt);
        cannotResume(resumed.message);
        return;
      }
      if (resumed.changed) ctx.practice.save(resumed.attempt);
      attempt = resumed.attempt;
      seed = attempt.seed;
    } else {
      attempt = ctx.practice.begin(meta, seed);
    }
    mount(transcript);
    try {
      encounter = Encounter.start({ open: openStory, compiled, seed });
      // Resuming or rewinding: show the earlier conversation as it was, without fanfare.
      for (const optionId of optionIdsOf(attempt)) {
        for (const line of encounter.beat.lines) present(line, true);
        encounter.choose(optionId);
      }
    } catch (error) {
      fail(s.errors.storyFailed, error);
      return;
    }
    updateMeters();
    playBeat(encounter.beat);
    setTimeout(setTheStage, 0);
  };



  void begin();

  return () => {
    disposed = true;
    clearTimeout(timer);
    clearTimeout(typingTimer);
    ctx.audio.ambience(null);
    document.removeEventListener('keydown', onKey);
  };
}
