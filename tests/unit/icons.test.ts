import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS, makeIcons } from '../../tools/make-icons';

const iconsDir = path.resolve(import.meta.dirname, '..', '..', 'public', 'icons');

/** Width, height and the RGBA of one pixel, read back from a PNG this encoder wrote (filter 0 rows). */
function readPng(png: Buffer) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const pixel = (x: number, y: number) => [...rows.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)];
  return { signature: png.subarray(0, 8).toString('hex'), width, height, pixel };
}

describe('the app icons', () => {
  it('are committed exactly as tools/make-icons.ts draws them (run `npm run make:icons` after changing it)', () => {
    for (const { file, png } of makeIcons()) expect(readFileSync(path.join(iconsDir, file)).equals(png), file).toBe(true);
  });

  it('are PNGs of their stated size with the amber mark on the dark background', () => {
    for (const spec of ICONS) {
      const png = readPng(readFileSync(path.join(iconsDir, spec.file)));
      expect(png.signature).toBe('89504e470d0a1a0a');
      expect([png.width, png.height]).toEqual([spec.size, spec.size]);
      const mid = Math.floor(spec.size / 2);
      expect(png.pixel(Math.floor(spec.size * 0.4), mid), `${spec.file}: left half of the mark`).toEqual([0xe8, 0xa3, 0x3d, 255]);
      expect(png.pixel(Math.floor(spec.size * 0.6), mid), `${spec.file}: inside the ring's open half`).toEqual([0x1f, 0x2a, 0x36, 255]);
      expect(png.pixel(0, 0)[3], `${spec.file}: corner`).toBe(spec.corner > 0 ? 0 : 255);
    }
  });
});
