/**
 * The app icons for the web app manifest: `npm run make:icons` (writes public/icons/).
 *
 * Draws the title's brand mark (◐: an amber ring, its left half filled) on the theme's dark
 * blue, and encodes each size as PNG with a tiny encoder on node:zlib: no image library, no
 * downloads, and no randomness, so running it twice gives identical files (a test checks the
 * committed icons are what this draws).
 *
 *   icon-192.png, icon-512.png    purpose "any": the mark on a rounded square
 *   maskable-512.png              purpose "maskable": full-bleed square, the mark inside the
 *                                 central 80 % circle that every launcher mask keeps
 *   apple-touch-icon.png          180 × 180, full-bleed (iOS rounds the corners itself)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x1f, 0x2a, 0x36];
const AMBER: Rgb = [0xe8, 0xa3, 0x3d];

export interface IconSpec {
  file: string;
  size: number;
  /** Mark radius as a fraction of the icon's size. */
  mark: number;
  /** Corner radius of the background as a fraction of the size (0: full-bleed square). */
  corner: number;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, mark: 0.3, corner: 0.18 },
  { file: 'icon-512.png', size: 512, mark: 0.3, corner: 0.18 },
  { file: 'maskable-512.png', size: 512, mark: 0.24, corner: 0 },
  { file: 'apple-touch-icon.png', size: 180, mark: 0.3, corner: 0 },
];

/** Coverage of one point (in units of the icon's size, 0…1): 0 outside, 1 background, 2 mark. */
function sample(x: number, y: number, spec: IconSpec): 0 | 1 | 2 {
  const r = spec.corner;
  if (r > 0) {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  }
  const dx = x - 0.5;
  const dy = y - 0.5;
  const distance = Math.sqrt(dx * dx + dy * dy);
  const ring = spec.mark * 0.16;
  if (distance <= spec.mark && (distance >= spec.mark - ring || dx <= 0)) return 2;
  return 1;
}

/** RGBA pixels, each averaged over a 4 × 4 grid of samples so edges are smooth. */
export function drawIcon(spec: IconSpec): Buffer {
  const { size } = spec;
  const grid = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let amber = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const hit = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size, spec);
          if (hit > 0) covered++;
          if (hit === 2) amber++;
        }
      }
      const o = (py * size + px) * 4;
      const mix = covered === 0 ? 0 : amber / covered;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(BACKGROUND[c]! * (1 - mix) + AMBER[c]! * mix);
      pixels[o + 3] = Math.round((covered / (grid * grid)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG; every row uses filter 0 (none). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export function makeIcons(): { file: string; png: Buffer }[] {
  return ICONS.map((spec) => ({ file: spec.file, png: encodePng(spec.size, drawIcon(spec)) }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'public', 'icons'));
  mkdirSync(outDir, { recursive: true });
  for (const { file, png } of makeIcons()) {
    writeFileSync(path.join(outDir, file), png);
    console.log(`${path.relative(process.cwd(), path.join(outDir, file))}  ${png.length} bytes`);
  }
}
