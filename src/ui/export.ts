import { h } from './dom';
import type { Practice } from './practice';

/** Downloads the signed-in profile as a file; false when no profile is signed in. */
export function downloadProfile(practice: Practice): boolean {
  const profile = practice.profile;
  const text = profile ? practice.store.exportProfile(profile.id) : null;
  if (!profile || !text) return false;
  const link = h('a', { attrs: { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: `counterpart-${profile.name}.json` } });
  link.click();
  // Some browsers start the download after the click returns; the URL must outlive it.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return true;
}
