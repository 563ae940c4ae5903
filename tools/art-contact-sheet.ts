/**
 * Contact sheets for the art: `npx tsx tools/art-contact-sheet.ts [--no-png]`.
 *
 * Regenerates the art (tools/make-art.ts) and writes HTML pages into the git-ignored
 * `test-results/art/`:
 *   scene-<setting>.html  each backdrop at 1600 × 900 with two characters standing in front of it
 *   scenes.html           all backdrops, each with a different pair of the cast
 *   faces.html            every character × every face (expressions and blink), full figure
 *   heads.html            the same, cropped to the head at phone size, to judge readability
 *   heads-large.html      the same heads large, to judge the drawing
 *   cast.html             the whole cast at full size
 *   phone.html            a 390 px wide phone view of one scene
 * and, where Debian's chromium is installed, a PNG of each page beside it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHARACTERS, SETTINGS, type Character, type Setting } from '../src/core/vocabulary';
import { FACES, generateArt, headCentres } from './make-art';

const root = path.resolve(import.meta.dirname, '..');
const artDir = path.join(root, 'assets', 'art');
const outDir = path.join(root, 'test-results', 'art');

const rel = (file: string) => path.relative(outDir, file).split(path.sep).join('/');
const bodyUrl = (c: Character) => rel(path.join(artDir, 'characters', c, 'body.svg'));
const faceUrl = (c: Character, f: string) => rel(path.join(artDir, 'characters', c, `${f}.svg`));
const settingUrl = (s: Setting) => rel(path.join(artDir, 'settings', `${s}.svg`));

const page = (title: string, width: number, body: string, extraCss = '') => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title><style>
  * { box-sizing: border-box; }
  body { margin: 0; width: ${width}px; background: #2b2d31; color: #eee; font: 14px/1.3 system-ui, sans-serif; }
  .fig { position: absolute; }
  .fig img { position: absolute; left: 0; top: 0; width: 100%; height: 100%; }
  ${extraCss}
</style></head><body>${body}</body></html>
`;

/** A character (body + face) as absolutely placed images, width w, bottom-left at (x, bottom). */
function figure(c: Character, face: string, x: number, bottom: number, w: number): string {
  const hgt = w * 1.5;
  return `<div class="fig" style="left:${x}px;top:${bottom - hgt}px;width:${w}px;height:${hgt}px"><img src="${bodyUrl(c)}"><img src="${faceUrl(c, face)}"></div>`;
}

/** Who stands in each setting on the sheets, and with which faces. */
const CASTING: Record<Setting, [Character, string, Character, string]> = {
  'shop-floor': ['mentor', 'pleased', 'shopper', 'annoyed'],
  'truck-showroom': ['clerk', 'doubtful', 'farmer', 'angry'],
  'supermarket-exit': ['inspector', 'neutral', 'shopper', 'surprised'],
  'hypermarket-checkout': ['cashier', 'surprised', 'queue', 'angry'],
};

function scene(s: Setting, scale: number): string {
  const [a, fa, b, fb] = CASTING[s] ?? ['mentor', 'neutral', 'shopper', 'neutral'];
  const W = 1600 * scale;
  const H = 900 * scale;
  const cw = 400 * scale * 1.05;
  return `<div style="position:relative;width:${W}px;height:${H}px;overflow:hidden;background:url('${settingUrl(s)}') 0 0/100% 100%">
    ${figure(a, fa, 560 * scale, H + 40 * scale, cw)}${figure(b, fb, 880 * scale, H + 40 * scale, cw)}
  </div>`;
}

export function writeContactSheets(): { html: string; width: number; height: number }[] {
  fs.mkdirSync(outDir, { recursive: true });
  const pages: { html: string; width: number; height: number }[] = [];
  const write = (name: string, html: string, width: number, height: number) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, html);
    pages.push({ html: file, width, height });
  };

  for (const s of SETTINGS) write(`scene-${s}.html`, page(s, 1600, scene(s, 1)), 1600, 900);

  write('scenes.html', page('scenes', 1600, `<div style="display:grid;grid-template-columns:800px 800px">${SETTINGS.map((s) => scene(s, 0.5)).join('')}</div>`), 1600, 450 * Math.ceil(SETTINGS.length / 2));

  const cell = 150;
  const faceRows = CHARACTERS.map(
    (c) => `<div class="row"><div class="label">${c}</div>${FACES.map((f) => `<div class="cell">${figure(c, f, 0, cell * 1.5, cell)}</div>`).join('')}</div>`,
  ).join('');
  const header = `<div class="row head"><div class="label"></div>${FACES.map((f) => `<div class="cellh">${f}</div>`).join('')}</div>`;
  const facesCss = `.row { display: flex; } .label { width: 90px; padding: 8px; } .cell { position: relative; width: ${cell}px; height: ${cell * 1.5}px; background: #efe6d8; border: 1px solid #cbbfae; }
    .cellh { width: ${cell}px; text-align: center; padding: 4px; }`;
  write('faces.html', page('faces', 90 + cell * FACES.length + 20, header + faceRows, facesCss), 90 + cell * FACES.length + 20, 30 + CHARACTERS.length * cell * 1.5);

  // head crops: at the size a 390 px phone shows a character about 150 px wide, and large for detail
  const heads = headCentres();
  const headSheet = (name: string, figW: number, crop: number) => {
    const k = figW / 400;
    const rows = CHARACTERS.map((c) => {
      const hc = heads[c];
      const cells = FACES.map((f) => {
        const left = crop / 2 - hc.x * k;
        const top = crop / 2 - hc.y * k - 4 * k;
        return `<div class="hcell">${figure(c, f, left, top + figW * 1.5, figW)}</div>`;
      }).join('');
      return `<div class="row"><div class="label">${c}</div>${cells}</div>`;
    }).join('');
    const head = `<div class="row"><div class="label"></div>${FACES.map((f) => `<div class="hh">${f}</div>`).join('')}</div>`;
    const css = `.row { display: flex; } .label { width: 90px; padding: 8px; } .hh { width: ${crop + 4}px; text-align: center; font-size: ${crop > 100 ? 14 : 10}px; }
      .hcell { position: relative; width: ${crop}px; height: ${crop}px; overflow: hidden; background: #efe6d8; margin: 2px; }`;
    const width = 90 + (crop + 4) * FACES.length + 20;
    write(name, page(name, width, head + rows, css), width, 24 + CHARACTERS.length * (crop + 4));
  };
  headSheet('heads.html', 150, 64);
  headSheet('heads-large.html', 700, 190);

  // the whole cast at full size (neutral), four to a row, for judging the bodies
  const castCells = CHARACTERS.map((c, i) => figure(c, 'neutral', (i % 4) * 400, Math.floor(i / 4) * 600 + 600, 400)).join('');
  const castRows = Math.ceil(CHARACTERS.length / 4);
  write('cast.html', page('cast', 1600, `<div style="position:relative;height:${castRows * 600}px;background:#efe6d8">${castCells}</div>`), 1600, castRows * 600);

  // phone: the backdrop cropped to a portrait view, the character large in front
  const phone = `<div style="position:relative;width:390px;height:844px;overflow:hidden;background:#111">
    <div style="position:absolute;left:-260px;top:0;width:${1600 * 0.62}px;height:${900 * 0.62}px;background:url('${settingUrl('supermarket-exit')}') 0 0/100% 100%"></div>
    ${figure('shopper', 'angry', 20, 560, 220)}${figure('inspector', 'doubtful', 170, 600, 230)}
    <div style="position:absolute;left:0;top:560px;width:390px;height:284px;background:#fbf7f0;color:#333;padding:16px">“I paid for all of this. Why is it beeping?”</div>
  </div>`;
  write('phone.html', page('phone', 390, phone), 390, 844);
  return pages;
}

function chromium(): string | null {
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(c)) return c;
  return null;
}

function main() {
  const written = generateArt(artDir);
  const pages = writeContactSheets();
  console.log(`Art: ${written.length} files. Contact sheets in ${path.relative(root, outDir)}/`);
  if (process.argv.includes('--no-png')) return;
  const bin = chromium();
  if (!bin) {
    console.log('No chromium found (apt-get install -y chromium); wrote HTML only.');
    return;
  }
  for (const p of pages) {
    const png = p.html.replace(/\.html$/, '.png');
    execFileSync(bin, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--allow-file-access-from-files', `--screenshot=${png}`, `--window-size=${p.width},${Math.ceil(p.height)}`, `file://${p.html}`], { stdio: 'ignore' });
    console.log(path.relative(root, png));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
