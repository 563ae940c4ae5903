/**
 * The words Counterpart and its scenarios share. Everything else — tag parsing, the stage,
 * the debrief, the build's contract check — derives its types and its checks from these lists,
 * so a new expression or setting is added here once.
 */

export const DIMENSIONS = ['listening', 'promise_keeping', 'ownership'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Ink variables that hold what the trainee can see of the customer, 0–10. */
export const CUSTOMER_STATE = ['trust', 'patience'] as const;
export type CustomerStat = (typeof CUSTOMER_STATE)[number];
export const CUSTOMER_STATE_RANGE = { min: 0, max: 10 } as const;

export const EXPRESSIONS = ['neutral', 'pleased', 'doubtful', 'annoyed', 'angry', 'surprised'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export const SETTINGS = ['shop-floor', 'truck-showroom', 'supermarket-exit', 'hypermarket-checkout'] as const;
export type Setting = (typeof SETTINGS)[number];

/** Characters the stage can draw. A scenario casts them under names of its own. */
export const CHARACTERS = [
  'mentor',
  'shopper',
  'farmer',
  'cashier',
  'inspector',
  'manager',
  'clerk',
  'queue',
] as const;
export type Character = (typeof CHARACTERS)[number];

/** The trainee's own lines use this speaker; it needs no cast entry. */
export const TRAINEE = 'you' as const;

/** Sound cues a scenario may name with `# sfx:`. */
export const STORY_SOUNDS = ['door-chime', 'till-beep', 'gate-alarm', 'crowd-murmur', 'phone-ring'] as const;
export type StorySound = (typeof STORY_SOUNDS)[number];

/** Sounds the interface itself plays. */
export const UI_SOUNDS = ['choose', 'confirm', 'debrief'] as const;
export type UiSound = (typeof UI_SOUNDS)[number];
export type Sound = StorySound | UiSound;

/**
 * The lessons coaching notes point to, each traced to the source material
 * (`shared/SOURCE-STORIES.md`). A choice names one with `# lesson:`.
 */
export const LESSONS = [
  'let-them-finish',
  'never-argue',
  'ask-before-assuming',
  'three-expectations',
  'own-it-until-handed-over',
  'honour-what-you-printed',
  'no-word-games',
  'never-judge-by-appearance',
  'every-visitor-is-a-guest',
  'apologise-first',
  'find-the-cause-together',
  'act-fast',
  'decide-then-fix-the-root',
] as const;
export type Lesson = (typeof LESSONS)[number];

/** Stable ids look like `decision.option`, each part lower-case words joined by hyphens. */
export const ID_PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
