/**
 * What the browser requests, in gzip bytes, attributed by file name. The preview server's own
 * compression is not relied on: each response is the built file in dist/, gzipped here with zlib
 * (default level 6, as the preview server does); audio (mp3) counts its raw size, since it is
 * already compressed and servers send it as is.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CATEGORIES = ['phaser', 'inkjs', 'howler', 'ours', 'story', 'art', 'audio'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_LABELS: Record<Category, string> = {
  phaser: 'Phaser',
  inkjs: 'inkjs',
  howler: 'howler',
  ours: 'our code',
  story: 'story',
  art: 'art',
  audio: 'audio',
};

export interface RequestedFile {
  url: string;
  /** Path below dist/ ('' when the URL is not a built file). */
  file: string;
  category: Category;
  js: boolean;
  /** When the request started, in ms since navigation start. */
  startedAt: number;
  bytes: number;
  rawBytes: number;
}

export type Split = Record<Category, number> & { total: number; js: number };

const COMPRESSED = /\.(mp3|ogg|m4a|wav|png|jpe?g|webp|woff2?)$/i;
const HASH_LENGTH = 8;

export class ByteCounter {
  private readonly sizes = new Map<string, { bytes: number; raw: number }>();

  constructor(
    private readonly distDir: string,
    private readonly storyIds: ReadonlySet<string>,
  ) {}

  /** Path of the built file a URL serves ('' when none). */
  fileOf(url: string, baseUrl: string): string {
    const u = new URL(url);
    const base = new URL(baseUrl);
    if (u.origin !== base.origin) return '';
    let rel = decodeURIComponent(u.pathname.slice(base.pathname.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const full = path.join(this.distDir, rel);
    return full.startsWith(this.distDir) && existsSync(full) ? rel : '';
  }

  size(file: string, fallback = 0): { bytes: number; raw: number } {
    if (!file) return { bytes: fallback, raw: fallback };
    let known = this.sizes.get(file);
    if (!known) {
      const raw = readFileSync(path.join(this.distDir, file));
      known = { raw: raw.length, bytes: COMPRESSED.test(file) ? raw.length : gzipSync(raw).length };
      this.sizes.set(file, known);
    }
    return known;
  }

  category(file: string): Category {
    const name = path.posix.basename(file);
    if (/\.svg$/i.test(name)) return 'art';
    if (/\.(mp3|ogg|m4a|wav)$/i.test(name)) return 'audio';
    const ext = path.posix.extname(name);
    const stem = name.slice(0, -ext.length);
    // Vite names chunks `<name>-<8-character hash>.js`; the hash may itself contain "-".
    const chunk = stem.length > HASH_LENGTH + 1 && stem[stem.length - HASH_LENGTH - 1] === '-' ? stem.slice(0, -(HASH_LENGTH + 1)) : stem;
    if (ext === '.js' && this.storyIds.has(chunk)) return 'story';
    // The stage chunk carries Phaser (should the bundler split Phaser into a chunk of its own, it is named after it).
    if (chunk === 'stage' || /phaser/i.test(chunk)) return 'phaser';
    if (chunk === 'ink-story' || /^inkjs?\b/i.test(chunk)) return 'inkjs';
    if (chunk === 'howler-audio' || /howler/i.test(chunk)) return 'howler';
    return 'ours';
  }

  describe(url: string, baseUrl: string, startedAt: number, fallbackBytes = 0): RequestedFile {
    const file = this.fileOf(url, baseUrl);
    const { bytes, raw } = this.size(file, fallbackBytes);
    const pathname = new URL(url).pathname;
    return { url, file, category: this.category(file || pathname), js: /\.m?js$/i.test(file || pathname), startedAt, bytes, rawBytes: raw };
  }
}

export function split(files: readonly RequestedFile[]): Split {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Split;
  out.total = 0;
  out.js = 0;
  for (const f of files) {
    out[f.category] += f.bytes;
    out.total += f.bytes;
    if (f.js) out.js += f.bytes;
  }
  return out;
}

export function formatSplit(s: Split): string {
  return CATEGORIES.filter((c) => s[c] > 0)
    .map((c) => `${CATEGORY_LABELS[c]} ${(s[c] / 1000).toFixed(1)}`)
    .join(' · ');
}
