/**
 * What the page's address asks for. The game is one screen flow at one address (the base it is
 * deployed under); any other path is a link that went wrong, and the trainee is told so and
 * given the way in, rather than a blank page.
 */

/** Query parameters the game reads. Any other (a mailer's tracking tag, a typo) is ignored on purpose. */
const QUERY_PARAMETERS = {
  /** Lets the benchmark read what the stage holds, to check that nothing leaks. */
  diagnostics: 'diagnostics',
} as const;

export type Address =
  | { page: 'game'; home: string; diagnostics: boolean }
  | { page: 'unknown'; home: string; path: string; diagnostics: boolean };

/**
 * Reads a location's path and query against the base the build is served from (Vite's
 * BASE_URL, always ending in "/"). The base itself and its index.html are the game.
 */
export function readAddress(location: { pathname: string; search: string }, base: string): Address {
  const home = base.endsWith('/') ? base : `${base}/`;
  const diagnostics = new URLSearchParams(location.search).has(QUERY_PARAMETERS.diagnostics);
  const path = location.pathname;
  const known = path === home || path === `${home}index.html` || `${path}/` === home;
  return known ? { page: 'game', home, diagnostics } : { page: 'unknown', home, path, diagnostics };
}
