import type { VerdictBand } from '../core/scoring';
import type { TextSize } from '../core/settings';
import type { CustomerStat, Dimension, Expression, Setting } from '../core/vocabulary';

/**
 * Every string the interface shows, in one place. A second language is a second object of the
 * same shape (`Strings`), so the type checker lists whatever it is missing.
 */
export const en = {
  lang: 'en',
  appName: 'Counterpart',
  tagline: 'Practise the customer moments that make or break a shop — and see what the best staff would have done.',
  title: {
    start: 'Choose an encounter',
    audience: 'For new hires, trainers on a projector, and anyone practising at home.',
    howItWorks: 'Play a real customer encounter. Every choice is scored on listening, promise-keeping and ownership, and the debrief explains each one.',
  },
  settings: {
    heading: 'Settings',
    sound: 'Sound',
    volume: 'Volume',
    textSize: 'Text size',
    textSizes: { normal: 'Normal', large: 'Large', larger: 'Larger' } satisfies Record<TextSize, string>,
    typewriter: 'Type lines out',
    coaching: 'Show coaching after each choice',
    storageUnavailable: 'This browser is not saving settings (private mode or storage full). You can still play.',
  },
  catalogue: {
    heading: 'Encounters',
    intro: 'Pick an encounter to play. Each takes a few minutes.',
    role: 'You play',
    setting: 'Setting',
    minutes: (n: number) => `about ${n} min`,
    play: (title: string) => `Play “${title}”`,
    playShort: 'Play',
    back: 'Back to start',
  },
  encounter: {
    loading: 'Opening the encounter…',
    youAre: (role: string) => `You are: ${role}`,
    leave: 'Leave encounter',
    conversation: 'Conversation',
    dialogue: 'Dialogue',
    choicesLabel: 'What do you do?',
    choiceHint: 'Click a choice or press its number key.',
    showAll: 'Show the rest now (Space)',
    you: 'You',
    narration: 'Narration',
    looks: (name: string, expression: string) => `${name} looks ${expression}.`,
    coachingHeading: 'Coaching',
    continueToDebrief: 'See your debrief',
    customerState: 'How the customer feels',
    stat: (stat: string, value: number, max: number) => `${stat}: ${value} out of ${max}`,
    stageLabel: (setting: string, name: string) => `${setting}. ${name} is here.`,
  },
  errors: {
    storyFailed: 'This encounter ran into a problem in its script and cannot go on.',
    storyFailedHelp: 'Nothing else is affected. Go back to the catalogue and pick another encounter, or try again later.',
    loadFailed: 'The encounter could not be loaded. Check your connection and try again.',
    details: 'Details for the trainer',
    backToCatalogue: 'Back to the catalogue',
    retry: 'Try again',
    replayMismatch: 'This replay no longer fits the encounter, which has changed since.',
  },
  debrief: {
    heading: 'Debrief',
    ending: 'How it ended',
    scoresHeading: 'Your scores',
    outOf: 'out of 100',
    reveal: 'What really happened',
    decisionsHeading: 'Your decisions',
    decision: (n: number) => `Decision ${n}`,
    youChose: 'You chose',
    better: 'A better choice',
    wouldEarn: 'would have earned',
    bestChoice: 'This was the best choice here.',
    noChange: 'no change',
    replay: 'Play again',
    replayFrom: (n: number) => `Replay from decision ${n}`,
    catalogue: 'Back to the catalogue',
  },
  dimensions: {
    listening: 'Listening',
    promise_keeping: 'Promise-keeping',
    ownership: 'Ownership',
  } satisfies Record<Dimension, string>,
  verdicts: {
    listening: {
      excellent: 'You let the customer finish and asked before assuming.',
      good: 'You listened well, with a moment or two of jumping ahead.',
      mixed: 'You heard part of the story; ask more, assume less.',
      poor: 'The customer was not heard. Let them finish, then ask.',
    },
    promise_keeping: {
      excellent: 'Every promise made was kept, even when it cost something.',
      good: 'You kept your word, with a promise or two left loose.',
      mixed: 'Some promises slipped. Promise only what you will do.',
      poor: 'The customer could not rely on what was said.',
    },
    ownership: {
      excellent: 'You owned the problem until it was solved.',
      good: 'You mostly owned it; hand-overs could be tighter.',
      mixed: 'The problem changed hands without anyone holding it.',
      poor: 'The problem was passed on, not owned.',
    },
  } satisfies Record<Dimension, Record<VerdictBand, string>>,
  expressions: {
    neutral: 'calm',
    pleased: 'pleased',
    doubtful: 'doubtful',
    annoyed: 'annoyed',
    angry: 'angry',
    surprised: 'surprised',
  } satisfies Record<Expression, string>,
  customerStats: {
    trust: 'Trust',
    patience: 'Patience',
  } satisfies Record<CustomerStat, string>,
  settingNames: {
    'shop-floor': 'A home-goods shop floor',
    'truck-showroom': 'A truck dealership showroom',
    'supermarket-exit': 'A supermarket exit',
    'hypermarket-checkout': 'Hypermarket checkout lanes',
  } satisfies Record<Setting, string>,
};

export type Strings = typeof en;
