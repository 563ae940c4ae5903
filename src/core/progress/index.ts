/**
 * A trainee's progress: profiles, attempts saved at every decision, exact resume, history,
 * rewind, and export/import. Pure: storage, the clock, ids and the story engine are passed in.
 */
export { abandonAttempt, mergeAttempts, newAttempt, optionIdsOf, recordEncounter, resumableAttempt, scoresOf, IDLE_CAP_MS, type StoryIdentity } from './attempt';
export { historyOf, type BestScore, type PracticeRun, type ScenarioHistory, type ScoredAttempt, type VersionHistory } from './history';
export { migrate, type MigrateResult } from './migrate';
export {
  PROFILE_FILE_FORMAT,
  PROGRESS_LIMITS,
  PROGRESS_VERSION,
  type Attempt,
  type AttemptFlags,
  type AttemptOrigin,
  type AttemptSetup,
  type AttemptStatus,
  type ProfileFile,
  type ProfileIndex,
  type ProfileRecord,
  type ProfileSummary,
  type SavedChoice,
} from './model';
export { resumeAttempt, rewindAttempt, transcriptOf, type ReplayFailure, type ResumeResult, type StoryVersion, type TranscriptResult, type TranscriptStep } from './resume';
export { PROGRESS_KEYS, ProgressStore, profileKey, type CreateProfileResult, type ImportUndo, type ProgressClock, type ProgressNotice, type SaveResult } from './store';
export { exportProfile, readProfileFile, previewImport, type DuplicateAttempt, type FileProblem, type FlaggedAttempt, type ImportPreview, type ReadFileResult } from './transfer';
