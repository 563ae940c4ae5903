/** The benchmark's budgets, fixed (tools/bench/index.ts); the e2e suite checks the byte budgets with the service worker on. */
export const BUDGETS = {
  titleJsBytes: 60_000,
  firstLineBytes: 480_000,
  firstLineDesktopMs: 300,
  firstLinePhoneMs: 1500,
  titlePhoneMs: 3000,
  narrativeRatio: 1.15,
  heapRatio: 1.1,
  /** Compiled code must grow at most half as much in the second half of the encounters as in the first. */
  codeLevelling: 0.5,
  analyzerMs: 5000,
};
