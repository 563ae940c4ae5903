/**
 * The art generator: `npx tsx tools/make-art.ts [outDir]` (default `assets/art`).
 *
 * Writes every backdrop and every character of the vocabulary as small, hand-readable SVG:
 *   assets/art/settings/<setting>.svg               viewBox 0 0 1600 900
 *   assets/art/characters/<character>/body.svg      viewBox 0 0 400 600
 *   assets/art/characters/<character>/<face>.svg    same viewBox; only eyes, brows, mouth and marks
 * where <face> is each of EXPRESSIONS plus `blink`. A face file overlays its body exactly.
 *
 * Everything is drawn from plain numbers (no randomness), so running it twice gives identical
 * files. Groups carry ids (`left-eye`, `mouth`, `shelf-left`, …) so an artist can refine a file in
 * Inkscape; "left" and "right" always mean the viewer's left and right.
 *
 * A setting, character or expression added to `src/core/vocabulary.ts` without art here makes this
 * script (and anything that calls `generateArt`) throw, naming what is missing.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { CHARACTERS, EXPRESSIONS, SETTINGS, type Character, type Expression, type Setting } from '../src/core/vocabulary';

// ───────────────────────────── tiny SVG writer ─────────────────────────────

type AttrValue = string | number | undefined;
type Attrs = Record<string, AttrValue>;
interface El {
  tag: string;
  attrs: Attrs;
  kids: (El | string)[];
}
type Child = El | string | null | undefined | false | Child[];

/** Numbers are written with at most two decimals and never as `-0`, so output is stable. */
export function fmt(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** Path data with formatted numbers: d`M ${x} ${y}`. */
function d(strings: TemplateStringsArray, ...vals: number[]): string {
  let out = '';
  strings.forEach((s, i) => {
    out += s + (i < vals.length ? fmt(vals[i]!) : '');
  });
  return out;
}

function flat(kids: Child[], out: (El | string)[] = []): (El | string)[] {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) flat(k, out);
    else out.push(k);
  }
  return out;
}

function h(tag: string, attrs: Attrs = {}, ...kids: Child[]): El {
  return { tag, attrs, kids: flat(kids) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(e: El, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(e.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? fmt(v) : (v as string))}"`)
    .join('');
  if (e.kids.length === 0) return `${pad}<${e.tag}${attrs}/>`;
  if (e.kids.every((k) => typeof k === 'string')) return `${pad}<${e.tag}${attrs}>${esc(e.kids.join(''))}</${e.tag}>`;
  const inner = e.kids.map((k) => (typeof k === 'string' ? `${pad}  ${esc(k)}` : render(k, depth + 1))).join('\n');
  return `${pad}<${e.tag}${attrs}>\n${inner}\n${pad}</${e.tag}>`;
}

function svgDoc(w: number, hgt: number, title: string, desc: string, ...kids: Child[]): string {
  const root = h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', 'xmlns:xlink': 'http://www.w3.org/1999/xlink', viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt },
    h('title', {}, title),
    h('desc', {}, desc),
    kids,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root)}\n`;
}

// shape shorthands
const g = (id: string | undefined, attrs: Attrs, ...kids: Child[]) => h('g', { id, ...attrs }, ...kids);
const rect = (x: number, y: number, w: number, hh: number, fill?: string, extra: Attrs = {}) =>
  h('rect', { x, y, width: w, height: hh, fill, ...extra });
const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) => h('circle', { cx, cy, r, fill, ...extra });
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill?: string, extra: Attrs = {}) =>
  h('ellipse', { cx, cy, rx, ry, fill, ...extra });
/** A filled path; without a fill it inherits one (used by shapes that <use> recolours). */
const path = (dd: string, fill?: string, extra: Attrs = {}) => h('path', { d: dd, fill, ...extra });
/** The i-th colour of a list, wrapping round. */
const pick = (list: readonly string[], i: number): string => list[i % list.length]!;
/** A stroked line with round ends: limbs, straps, brows. */
const stroke = (dd: string, color: string, width: number, extra: Attrs = {}) =>
  h('path', { d: dd, fill: 'none', stroke: color, 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', ...extra });
const use = (ref: string, x: number, y: number, extra: Attrs = {}) => h('use', { 'xlink:href': `#${ref}`, x, y, ...extra });
const text = (x: number, y: number, s: string, size: number, fill: string, extra: Attrs = {}) =>
  h(
    'text',
    {
      x,
      y,
      'font-family': "'Trebuchet MS', 'Segoe UI', Verdana, sans-serif",
      'font-size': size,
      'font-weight': 'bold',
      'text-anchor': 'middle',
      fill,
      ...extra,
    },
    s,
  );

// colour helpers
function hex(c: string): [number, number, number] {
  const v = parseInt(c.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
/** Mix two #rrggbb colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const A = hex(a);
  const B = hex(b);
  return `#${A.map((x, i) => Math.round(x + (B[i]! - x) * t).toString(16).padStart(2, '0')).join('')}`;
}
const darker = (c: string, t = 0.18) => mix(c, '#2a1a14', t);
const lighter = (c: string, t = 0.25) => mix(c, '#ffffff', t);

// ───────────────────────────── characters ─────────────────────────────

export const CHARACTER_VIEWBOX = { width: 400, height: 600 } as const;

interface Look {
  skin: string;
  hair: string;
  brow: string;
  eye: string;
  mouth: string;
  blush: string;
}

interface HeadAnchor {
  /** centre of the face in the 400 × 600 viewBox (between the eyes, a little below them) */
  x: number;
  y: number;
  /** scale of the face relative to the standard head (face ≈ 112 × 136 at scale 1) */
  s: number;
}

interface CharacterArt {
  title: string;
  look: Look;
  head: HeadAnchor;
  body: () => Child[];
}

type Face = Expression | 'blink';
export const FACES: readonly Face[] = [...EXPRESSIONS, 'blink'];

const MOUTH_IN = '#7c2b2e';
const TONGUE = '#e27f74';
const HIGHLIGHT = '#ffffff';

/** Standard head, drawn around the face centre (0, 0): face 112 wide, 136 tall, ears, nose. */
function headShape(look: Look, extra: Child[] = []): Child[] {
  const shade = darker(look.skin, 0.16);
  return [
    ellipse(-55, 4, 11, 16, look.skin, { id: 'left-ear' }),
    ellipse(55, 4, 11, 16, look.skin, { id: 'right-ear' }),
    ellipse(-56, 6, 5, 8, shade),
    ellipse(56, 6, 5, 8, shade),
    path('M -56 -8 C -56 -50 -32 -70 0 -70 C 32 -70 56 -50 56 -8 C 56 28 40 58 0 66 C -40 58 -56 28 -56 -8 Z', look.skin, { id: 'face-skin' }),
    stroke('M -2 6 C -7 16 -5 21 4 20', shade, 4.5, { id: 'nose' }),
    extra,
  ];
}

/** Neck from the chin down into the collar, with the chin's shadow. */
function neck(a: HeadAnchor, skin: string, length = 70): Child {
  const w = 19 * a.s;
  return g(
    'neck',
    {},
    rect(a.x - w, a.y + 36 * a.s, w * 2, length * a.s, skin),
    path(d`M ${a.x - w} ${a.y + 50 * a.s} Q ${a.x} ${a.y + 72 * a.s} ${a.x + w} ${a.y + 50 * a.s} L ${a.x + w} ${a.y + 36 * a.s} L ${a.x - w} ${a.y + 36 * a.s} Z`, darker(skin, 0.22)),
  );
}

const place = (a: HeadAnchor) => `translate(${fmt(a.x)} ${fmt(a.y)}) scale(${fmt(a.s)})`;

/** Torso silhouette: shoulders of half-width w at y top, narrowing to half-width waist at y bottom. */
function torsoPath(cx: number, top: number, bottom: number, w: number, waist = w - 8): string {
  return d`M ${cx - 30} ${top} C ${cx - 64} ${top} ${cx - w} ${top + 12} ${cx - w} ${top + 52} L ${cx - waist} ${bottom} L ${cx + waist} ${bottom} L ${cx + w} ${top + 52} C ${cx + w} ${top + 12} ${cx + 64} ${top} ${cx + 30} ${top} Z`;
}

/** Trousers from the waist to the bottom edge, with a gap between the legs. */
function trousers(cx: number, top: number, w: number, fill: string, id = 'legs'): Child {
  return g(
    id,
    {},
    path(d`M ${cx - w} ${top} L ${cx + w} ${top} L ${cx + w - 6} 600 L ${cx + 6} 600 L ${cx} ${top + 70} L ${cx - 6} 600 L ${cx - w + 6} 600 Z`, fill),
    stroke(d`M ${cx} ${top + 20} L ${cx} ${top + 70}`, darker(fill, 0.25), 3),
  );
}

interface ArmSpec {
  shoulder: [number, number];
  elbow: [number, number];
  hand: [number, number];
  sleeve: string;
  /** 'short' shows the forearm's skin; 'long' covers it; 'none' is a bare arm */
  sleeveLength: 'short' | 'long' | 'none';
  skin: string;
  width?: number;
}

function arm(id: string, a: ArmSpec): Child {
  const w = a.width ?? 38;
  const [sx, sy] = a.shoulder;
  const [ex, ey] = a.elbow;
  const [hx, hy] = a.hand;
  const full = d`M ${sx} ${sy} L ${ex} ${ey} L ${hx} ${hy}`;
  const midx = sx + (ex - sx) * 0.62;
  const midy = sy + (ey - sy) * 0.62;
  const kids: Child[] = [];
  if (a.sleeveLength === 'long') {
    kids.push(stroke(full, a.sleeve, w));
    kids.push(stroke(d`M ${ex} ${ey} L ${hx + (ex - hx) * 0.12} ${hy + (ey - hy) * 0.12}`, darker(a.sleeve, 0.12), w * 0.5, { opacity: 0.5 }));
    // cuff
    const cx = hx + (ex - hx) * 0.22;
    const cy = hy + (ey - hy) * 0.22;
    kids.push(stroke(d`M ${cx} ${cy} L ${hx + (ex - hx) * 0.3} ${hy + (ey - hy) * 0.3}`, darker(a.sleeve, 0.2), w * 0.96, { 'stroke-linecap': 'butt' }));
  } else {
    kids.push(stroke(full, a.skin, w * 0.86));
    if (a.sleeveLength === 'short') kids.push(stroke(d`M ${sx} ${sy} L ${midx} ${midy}`, a.sleeve, w + 6));
  }
  kids.push(ellipse(hx, hy, w * 0.46, w * 0.5, a.skin, { id: `${id}-hand` }));
  return g(id, {}, kids);
}

// ── faces ──

interface EyeCtx {
  look: Look;
  side: -1 | 1; // -1 viewer's left, +1 viewer's right
}

type EyeShape = 'open' | 'wide' | 'happy' | 'closed' | 'narrow' | 'angry' | 'squint';

function eye(shape: EyeShape, { look, side }: EyeCtx): Child[] {
  const m = -side; // x multiplier: shapes are written for the left eye, inner corner towards +x
  const c = look.eye;
  const shine = (x: number, y: number, r: number) => circle(x, y, r, HIGHLIGHT);
  switch (shape) {
    case 'open':
      return [ellipse(0, 0, 7.5, 9.5, c), shine(2.5, -3.5, 2.8)];
    case 'wide':
      return [ellipse(0, 0, 11.5, 12.5, '#ffffff', { stroke: c, 'stroke-width': 3 }), circle(0, 1, 6.5, c), shine(2.5, -2, 2.4)];
    case 'happy':
      return [stroke('M -10 4 Q 0 -9 10 4', c, 5.5)];
    case 'closed':
      return [stroke('M -10 0 Q 0 8 10 0', c, 5), stroke(d`M ${-10 * m} 0 L ${-13 * m} -2`, c, 3)];
    case 'narrow':
      return [path('M -8 -1 L 8 -1 A 8 6.5 0 0 1 -8 -1 Z', c), stroke('M -12 -2 L 11 -2', c, 5), shine(2.5, 1.5, 2)];
    case 'squint':
      return [path('M -8 -3 L 8 -3 A 8 8 0 0 1 -8 -3 Z', c), stroke(d`M ${-12 * m} ${-4} L ${11 * m} ${-3}`, c, 4.5), shine(2.5, 0, 2.3)];
    case 'angry':
      return [
        path(d`M ${-8 * m} -4 L ${8 * m} 1 A 8 8.5 0 1 ${m > 0 ? 1 : 0} ${-8 * m} -4 Z`, c),
        stroke(d`M ${-12 * m} -6.5 L ${12 * m} 1.5`, c, 5.5),
        shine(2, 3.5, 2),
      ];
  }
}

/** Brows are written for the viewer's left (x < 0): outer point, control point, inner point. */
type Brow = [number, number, number, number, number, number];

interface FaceSpec {
  brows: [Brow, Brow | 'mirror'];
  browWidth?: number;
  eyes: [EyeShape, EyeShape];
  mouth: (look: Look) => Child[];
  marks?: (look: Look) => Child[];
}

const NEUTRAL_BROW: Brow = [-36, -23, -24, -33, -11, -26];

const mouthLine = (dd: string) => (look: Look) => [stroke(dd, look.mouth, 5.5)];

const blushCheeks = (color: string, opacity: number, rx = 12, ry = 7) =>
  [ellipse(-37, 21, rx, ry, color, { opacity }), ellipse(37, 21, rx, ry, color, { opacity })];

/** How each face is drawn. Keyed by every expression in the vocabulary, plus `blink`. */
const FACE_SPECS: Record<Face, FaceSpec> = {
  neutral: {
    brows: [NEUTRAL_BROW, 'mirror'],
    eyes: ['open', 'open'],
    mouth: mouthLine('M -13 35 Q 0 41 13 35'),
  },
  pleased: {
    brows: [[-36, -28, -24, -40, -11, -31], 'mirror'],
    eyes: ['happy', 'happy'],
    mouth: (look) => [
      path('M -21 29 Q 0 33 21 29 Q 19 55 0 56 Q -19 55 -21 29 Z', MOUTH_IN),
      path('M -18.5 30.5 Q 0 34.5 18.5 30.5 L 17.5 36 Q 0 39.5 -17.5 36 Z', '#ffffff'),
      path('M -10 51 Q 0 43 10 51 Q 5 55.5 0 55.6 Q -5 55.5 -10 51 Z', TONGUE),
      stroke('M -21 29 Q 0 33 21 29', look.mouth, 3),
    ],
    marks: (look) => blushCheeks(look.blush, 0.55),
  },
  doubtful: {
    brows: [
      [-37, -33, -25, -52, -11, -39],
      [37, -21, 24, -23, 11, -19],
    ],
    eyes: ['open', 'squint'],
    mouth: (look) => [stroke('M -15 39 Q -2 39 14 32', look.mouth, 5.5), stroke('M 14 32 L 17 30', look.mouth, 3.5)],
  },
  annoyed: {
    brows: [[-36, -25, -23, -26, -10, -19], 'mirror'],
    browWidth: 8.5,
    eyes: ['narrow', 'narrow'],
    mouth: mouthLine('M -14 40 Q 0 33 14 40'),
    marks: () => [
      g('sweat', { transform: 'translate(50 -30)' },
        path('M 0 -12 Q 8 -1 6 4 A 6.3 6.3 0 0 1 -6 4 Q -8 -1 0 -12 Z', '#9dd7f2', { stroke: '#4d9fcb', 'stroke-width': 2 }),
        ellipse(-2, 3, 1.8, 2.6, '#ffffff'),
      ),
    ],
  },
  angry: {
    brows: [[-37, -34, -24, -30, -9, -15], 'mirror'],
    browWidth: 10,
    eyes: ['angry', 'angry'],
    mouth: (look) => [
      path('M -20 47 C -18 31 18 31 20 47 Q 0 41 -20 47 Z', MOUTH_IN),
      path('M -15.5 39 C -11 32.5 11 32.5 15.5 39 Q 0 36 -15.5 39 Z', '#ffffff'),
      stroke('M -20 47 C -18 31 18 31 20 47', look.mouth, 3),
    ],
    marks: () => [
      ...blushCheeks('#e5412f', 0.5, 15, 9),
      g('vein', { transform: 'translate(36 -52)', fill: 'none', stroke: '#d63a2b', 'stroke-width': 3.5, 'stroke-linecap': 'round' },
        h('path', { d: 'M -3 -9 Q -3 -3 -9 -3' }),
        h('path', { d: 'M 3 -9 Q 3 -3 9 -3' }),
        h('path', { d: 'M -3 9 Q -3 3 -9 3' }),
        h('path', { d: 'M 3 9 Q 3 3 9 3' }),
      ),
    ],
  },
  surprised: {
    brows: [[-36, -37, -24, -52, -11, -43], 'mirror'],
    eyes: ['wide', 'wide'],
    mouth: (look) => [ellipse(0, 41, 10, 12.5, MOUTH_IN, { stroke: look.mouth, 'stroke-width': 3 }), ellipse(0, 48, 6, 4, TONGUE)],
  },
  blink: {
    brows: [NEUTRAL_BROW, 'mirror'],
    eyes: ['closed', 'closed'],
    mouth: mouthLine('M -13 35 Q 0 41 13 35'),
  },
};

function browPath([ox, oy, cx, cy, ix, iy]: Brow): string {
  return d`M ${ox} ${oy} Q ${cx} ${cy} ${ix} ${iy}`;
}

/** The face features for one expression, around (0, 0); placed by the caller. */
function faceFeatures(look: Look, face: Face): Child[] {
  const spec = FACE_SPECS[face];
  if (!spec) throw new Error(`No face drawing for "${face}": add it to FACE_SPECS in tools/make-art.ts`);
  const [lb, rbSpec] = spec.brows;
  const rb: Brow = rbSpec === 'mirror' ? [-lb[0], lb[1], -lb[2], lb[3], -lb[4], lb[5]] : rbSpec;
  const bw = spec.browWidth ?? 8;
  return [
    g('left-brow', {}, stroke(browPath(lb), look.brow, bw)),
    g('right-brow', {}, stroke(browPath(rb), look.brow, bw)),
    g('left-eye', { transform: 'translate(-22 4)' }, eye(spec.eyes[0], { look, side: -1 })),
    g('right-eye', { transform: 'translate(22 4)' }, eye(spec.eyes[1], { look, side: 1 })),
    g('mouth', {}, spec.mouth(look)),
    spec.marks ? g('marks', {}, spec.marks(look)) : null,
  ];
}

/** A whole head (skin, features, hair) for background people drawn inside a body file. */
function fixedHead(id: string, a: HeadAnchor, look: Look, face: Face, hair: Child[], hairBack: Child[] = []): Child {
  return g(id, { transform: place(a) }, g(`${id}-hair-back`, {}, hairBack), headShape(look), g(`${id}-face`, {}, faceFeatures(look, face)), g(`${id}-hair`, {}, hair));
}

// ── the cast ──

const look = (skin: string, hair: string, extra: Partial<Look> = {}): Look => ({
  skin,
  hair,
  brow: darker(hair, 0.35),
  eye: '#2b1d1a',
  mouth: mix(darker(skin, 0.55), '#7a2626', 0.35),
  blush: mix(skin, '#ff6f7a', 0.55),
  ...extra,
});

const MENTOR = look('#b57a52', '#3a2822');
const SHOPPER = look('#f3cdb1', '#a3502c');
const FARMER = look('#b9743f', '#b9b4aa', { brow: '#5e5750' });
const CASHIER = look('#edbd96', '#2b211f');
const INSPECTOR = look('#7b4a2f', '#1f1715', { brow: '#1a1210', eye: '#160e0c', mouth: '#3e1c16' });
const MANAGER = look('#f0c3a4', '#5a524d');
const CLERK = look('#c98a5a', '#201816');
const QUEUE_FRONT = look('#e2a77c', '#6a4530');

const STORE_TEAL = '#2f8c80';
const STORE_ORANGE = '#ec8a3c';

function nameBadge(x: number, y: number, bar: string, id = 'name-badge'): Child {
  return g(id, {}, rect(x, y, 40, 18, '#ffffff', { rx: 3 }), rect(x, y, 8, 18, bar, { rx: 2 }), rect(x + 12, y + 6, 22, 3, '#9aa0a6'), rect(x + 12, y + 11, 16, 3, '#c3c7cb'));
}

const CAST: Record<Character, CharacterArt> = {
  mentor: {
    title: 'Grace, shift lead (store polo, lanyard, clipboard)',
    look: MENTOR,
    head: { x: 200, y: 150, s: 1 },
    body: () => {
      const a = CAST.mentor.head;
      const polo = STORE_TEAL;
      return [
        g('hair-back', {}, circle(214, 78, 28, MENTOR.hair), circle(206, 72, 10, '#5a463d')),
        trousers(200, 450, 88, '#34405a'),
        neck(a, MENTOR.skin),
        g('torso', {},
          path(torsoPath(200, 246, 470, 96), polo),
          path('M 152 246 L 200 284 L 248 246 L 232 244 L 200 266 L 168 244 Z', darker(polo, 0.1)),
          path('M 168 244 L 200 268 L 186 290 L 158 252 Z', lighter(polo, 0.12), { id: 'collar-left' }),
          path('M 232 244 L 200 268 L 214 290 L 242 252 Z', lighter(polo, 0.12), { id: 'collar-right' }),
          rect(194, 268, 12, 56, darker(polo, 0.12), { rx: 3 }),
          circle(200, 286, 3, '#e8efe9'), circle(200, 306, 3, '#e8efe9'),
          g('logo', { transform: 'translate(250 306)' }, circle(0, 0, 12, STORE_ORANGE), path('M -6 3 L -6 -2 L 0 -7 L 6 -2 L 6 3 Z', '#ffffff')),
          rect(112, 448, 176, 14, '#2a3348', { id: 'belt' }),
        ),
        g('lanyard', {},
          stroke('M 178 250 L 196 372', STORE_ORANGE, 7),
          stroke('M 222 250 L 204 372', STORE_ORANGE, 7),
          rect(176, 366, 48, 62, '#ffffff', { rx: 6 }),
          rect(176, 366, 48, 14, STORE_ORANGE, { rx: 6 }),
          rect(184, 386, 16, 18, '#c9d6d4'),
          rect(204, 388, 14, 3, '#9aa0a6'), rect(204, 395, 11, 3, '#c3c7cb'), rect(184, 410, 32, 3, '#c3c7cb'),
        ),
        arm('left-arm', { shoulder: [122, 296], elbow: [102, 398], hand: [150, 452], sleeve: darker(polo, 0.08), sleeveLength: 'short', skin: MENTOR.skin }),
        g('clipboard', { transform: 'rotate(-6 200 450)' },
          rect(146, 402, 110, 130, '#b98553', { rx: 8 }),
          rect(156, 414, 90, 112, '#fbf8f1', { rx: 3 }),
          rect(180, 396, 42, 16, '#8c939b', { rx: 4 }),
          rect(166, 430, 66, 5, '#cfd4d8'), rect(166, 444, 56, 5, '#cfd4d8'), rect(166, 458, 62, 5, '#cfd4d8'),
          stroke('M 168 480 L 176 488 L 190 472', STORE_TEAL, 4),
        ),
        g('left-hand-front', {}, ellipse(154, 452, 17, 19, MENTOR.skin)),
        arm('right-arm', { shoulder: [278, 296], elbow: [300, 398], hand: [250, 452], sleeve: darker(polo, 0.08), sleeveLength: 'short', skin: MENTOR.skin }),
        g('head', { transform: place(a) },
          headShape(MENTOR, [
            circle(-55, 20, 3.5, '#f0c04a', { id: 'earring-left' }), circle(55, 20, 3.5, '#f0c04a', { id: 'earring-right' }),
            stroke('M -31 27 Q -35 38 -29 47 M 31 27 Q 35 38 29 47', darker(MENTOR.skin, 0.12), 2.5, { id: 'smile-lines' }),
          ]),
          g('hair', {},
            path('M -60 -4 C -66 -54 -34 -80 2 -80 C 38 -80 66 -54 60 -4 C 58 -24 54 -36 46 -46 C 30 -62 -30 -64 -46 -46 C -54 -36 -58 -24 -60 -4 Z', MENTOR.hair),
            path('M -30 -60 C -10 -68 20 -66 34 -58 C 20 -76 -14 -76 -30 -60 Z', '#57433a'),
            stroke('M 26 -72 C 40 -66 52 -52 56 -30', '#8d8580', 4, { id: 'grey-streak' }),
          ),
        ),
      ];
    },
  },

  shopper: {
    title: 'Shopper (raincoat over cardigan, handbag, receipt)',
    look: SHOPPER,
    head: { x: 200, y: 152, s: 1 },
    body: () => {
      const a = CAST.shopper.head;
      const coat = '#dda23c';
      const coatShade = darker(coat, 0.14);
      return [
        g('hair-back', {}, path('M 136 140 C 128 90 160 74 200 74 C 242 74 272 90 264 140 L 272 238 Q 250 252 236 236 L 164 236 Q 150 252 128 238 Z', SHOPPER.hair)),
        neck(a, SHOPPER.skin),
        g('torso', {},
          path(torsoPath(200, 248, 600, 100, 104), coat, { id: 'coat' }),
          path('M 168 248 L 200 300 L 232 248 L 222 600 L 178 600 Z', '#f3e6d2', { id: 'top' }),
          path('M 160 248 L 200 300 L 184 600 L 150 600 Z', '#c9726f', { id: 'cardigan-left' }),
          path('M 240 248 L 200 300 L 216 600 L 250 600 Z', '#c9726f', { id: 'cardigan-right' }),
          circle(190, 350, 3.5, '#f3e6d2'), circle(188, 400, 3.5, '#f3e6d2'), circle(186, 450, 3.5, '#f3e6d2'),
          path('M 158 244 L 134 262 L 172 352 L 158 600 L 140 600 L 150 360 Z', coatShade, { id: 'lapel-left' }),
          path('M 242 244 L 266 262 L 228 352 L 242 600 L 260 600 L 250 360 Z', coatShade, { id: 'lapel-right' }),
          path('M 150 244 C 140 250 128 262 124 276 L 158 330 L 166 250 Z', lighter(coat, 0.12), { id: 'collar-left' }),
          path('M 250 244 C 260 250 272 262 276 276 L 242 330 L 234 250 Z', lighter(coat, 0.12), { id: 'collar-right' }),
          rect(104, 452, 40, 8, coatShade, { rx: 4 }), rect(256, 452, 40, 8, coatShade, { rx: 4 }),
        ),
        g('handbag-strap', {}, stroke('M 254 256 C 270 300 294 370 300 442', '#6e3f27', 7)),
        arm('left-arm', { shoulder: [122, 300], elbow: [104, 404], hand: [150, 452], sleeve: coatShade, sleeveLength: 'long', skin: SHOPPER.skin, width: 40 }),
        g('receipt', { transform: 'rotate(-10 160 430)' },
          path('M 146 382 L 186 382 L 186 446 L 180 442 L 174 446 L 168 442 L 162 446 L 156 442 L 150 446 L 146 442 Z', '#ffffff'),
          rect(152, 392, 28, 3, '#b7bcc1'), rect(152, 400, 22, 3, '#b7bcc1'), rect(152, 408, 26, 3, '#b7bcc1'), rect(152, 420, 28, 4, '#8d949a'),
        ),
        g('left-hand-front', {}, ellipse(154, 440, 17, 18, SHOPPER.skin)),
        g('handbag', {},
          path('M 270 440 L 346 440 Q 354 440 354 450 L 358 520 Q 358 530 348 530 L 266 530 Q 256 530 258 520 L 262 450 Q 262 440 270 440 Z', '#8c4f31'),
          path('M 260 442 L 356 442 L 354 478 Q 308 490 262 478 Z', '#a5633f'),
          rect(300, 472, 16, 12, '#e8c25a', { rx: 3 }),
          stroke('M 284 440 Q 308 404 332 440', '#6e3f27', 6),
        ),
        arm('right-arm', { shoulder: [278, 300], elbow: [304, 400], hand: [298, 448], sleeve: coatShade, sleeveLength: 'long', skin: SHOPPER.skin, width: 40 }),
        g('head', { transform: place(a) },
          headShape(SHOPPER, [circle(-55, 22, 4, '#e9eef0'), circle(55, 22, 4, '#e9eef0')]),
          g('hair', {},
            path('M -62 10 C -70 -50 -34 -82 4 -80 C 44 -78 70 -48 62 10 C 58 -16 54 -34 46 -48 C 30 -58 0 -66 -28 -62 C -40 -56 -48 -46 -54 -32 C -58 -20 -60 -4 -62 10 Z', SHOPPER.hair),
            path('M -28 -62 C 0 -66 30 -58 46 -48 C 30 -70 0 -74 -28 -62 Z', lighter(SHOPPER.hair, 0.15)),
          ),
        ),
      ];
    },
  },

  farmer: {
    title: 'Older farmer (sweat-stained undershirt, towel round the neck, straw hat in hand)',
    look: FARMER,
    head: { x: 200, y: 156, s: 1 },
    body: () => {
      const a = CAST.farmer.head;
      const skin = FARMER.skin;
      const vest = '#f5f2ea';
      return [
        trousers(200, 452, 92, '#6d6a4c'),
        neck(a, skin, 80),
        g('torso', {},
          path(torsoPath(200, 250, 470, 100, 94), skin, { id: 'shoulders' }),
          path('M 134 262 C 150 262 160 300 200 312 C 240 300 250 262 266 262 L 284 470 L 116 470 Z', vest, { id: 'undershirt' }),
          path('M 134 262 L 146 262 L 130 330 L 120 330 Z', vest),
          path('M 266 262 L 254 262 L 270 330 L 280 330 Z', vest),
          g('sweat-stains', { fill: '#e6dcb4', opacity: 0.9 },
            path('M 170 330 C 180 318 220 318 230 330 C 236 360 222 392 200 398 C 178 392 164 360 170 330 Z'),
            path('M 118 330 C 128 344 130 372 122 392 L 116 392 Z'),
            path('M 282 330 C 272 344 270 372 278 392 L 284 392 Z'),
          ),
          path('M 116 440 L 284 440 L 284 470 L 116 470 Z', darker(vest, 0.05)),
          rect(108, 452, 184, 14, '#4a3a2a', { id: 'belt' }), rect(190, 450, 20, 18, '#c9a94a', { rx: 2 }),
        ),
        g('towel', {},
          path('M 160 246 C 176 276 224 276 240 246 L 252 252 C 236 292 164 292 148 252 Z', '#dbeaf0'),
          path('M 150 252 C 150 290 160 330 166 372 L 196 372 C 190 330 178 294 170 268 Z', '#dbeaf0'),
          path('M 250 252 C 254 286 248 320 244 350 L 218 348 C 224 318 228 290 230 268 Z', '#dbeaf0'),
          rect(166, 356, 30, 8, '#7fb0c6'), rect(218, 334, 26, 8, '#7fb0c6'),
          stroke('M 168 372 L 168 382 M 176 372 L 176 384 M 184 372 L 184 382 M 192 372 L 192 383', '#dbeaf0', 3),
        ),
        arm('left-arm', { shoulder: [118, 296], elbow: [98, 398], hand: [146, 448], sleeve: skin, sleeveLength: 'none', skin, width: 42 }),
        arm('right-arm', { shoulder: [282, 296], elbow: [302, 398], hand: [254, 448], sleeve: skin, sleeveLength: 'none', skin, width: 42 }),
        g('straw-hat', {},
          ellipse(200, 474, 96, 36, '#e6c477'),
          ellipse(200, 478, 80, 26, '#d9b25f'),
          path('M 148 474 C 146 416 254 416 252 474 Q 200 486 148 474 Z', '#ecce86'),
          path('M 149 456 Q 200 468 251 456 L 252 470 Q 200 482 148 470 Z', '#3f7d5c', { id: 'hat-band' }),
          stroke('M 160 440 Q 200 430 240 440 M 154 500 Q 200 512 246 500 M 126 486 Q 200 508 274 486', '#c9a255', 2.5, { id: 'weave' }),
        ),
        g('hands-on-hat', {}, ellipse(148, 456, 19, 17, skin), ellipse(252, 456, 19, 17, skin)),
        g('head', { transform: place(a) },
          headShape(FARMER, [
            stroke('M -18 -58 Q 0 -62 18 -58 M -12 -65 Q 0 -68 12 -65', darker(FARMER.skin, 0.2), 3, { id: 'forehead-lines' }),
            stroke('M -44 2 L -50 -2 M -44 8 L -50 10 M 44 2 L 50 -2 M 44 8 L 50 10', darker(FARMER.skin, 0.2), 2.5, { id: 'crows-feet' }),
            stroke('M -28 26 Q -32 40 -24 50 M 28 26 Q 32 40 24 50', darker(FARMER.skin, 0.14), 3, { id: 'smile-lines' }),
            path('M -40 -60 Q -14 -72 14 -70 Q -10 -64 -30 -56 Z', lighter(FARMER.skin, 0.2), { id: 'scalp-shine' }),
            g('sweat-beads', {}, path('M 34 -58 Q 38 -52 37 -49 A 3 3 0 0 1 31 -49 Q 30 -52 34 -58 Z', '#cdeefb'), path('M -46 -44 Q -43 -39 -43 -36 A 3 3 0 0 1 -49 -36 Q -49 -39 -46 -44 Z', '#cdeefb')),
          ]),
          g('hair', {},
            path('M -60 6 C -64 -20 -60 -40 -48 -50 C -50 -34 -52 -18 -52 0 Z', FARMER.hair),
            path('M 60 6 C 64 -20 60 -40 48 -50 C 50 -34 52 -18 52 0 Z', FARMER.hair),
          ),
        ),
      ];
    },
  },

  cashier: {
    title: 'Supermarket cashier (uniform shirt, apron, name badge)',
    look: CASHIER,
    head: { x: 200, y: 150, s: 1 },
    body: () => {
      const a = CAST.cashier.head;
      const shirt = '#d65a4a';
      const apron = '#3f8a5c';
      return [
        g('ponytail', {}, path('M 250 100 C 300 110 306 170 290 230 C 284 250 268 250 270 226 C 276 180 270 140 246 120 Z', CASHIER.hair)),
        trousers(200, 452, 86, '#2d2f36'),
        neck(a, CASHIER.skin),
        g('torso', {},
          path(torsoPath(200, 246, 470, 94), shirt),
          path('M 166 244 L 200 272 L 190 292 L 156 252 Z', lighter(shirt, 0.15)),
          path('M 234 244 L 200 272 L 210 292 L 244 252 Z', lighter(shirt, 0.15)),
        ),
        g('apron', {},
          stroke('M 168 250 L 156 320 M 232 250 L 244 320', apron, 8),
          path('M 150 318 L 250 318 L 262 470 L 270 600 L 130 600 L 138 470 Z', apron),
          rect(166, 420, 68, 40, darker(apron, 0.1), { rx: 4, id: 'apron-pocket' }),
          stroke('M 200 420 L 200 460', darker(apron, 0.25), 2.5),
          stroke('M 136 462 L 264 462', darker(apron, 0.2), 4, { opacity: 0.5 }),
        ),
        nameBadge(204, 334, '#f0b43c'),
        arm('left-arm', { shoulder: [120, 294], elbow: [104, 396], hand: [186, 446], sleeve: darker(shirt, 0.06), sleeveLength: 'short', skin: CASHIER.skin }),
        arm('right-arm', { shoulder: [280, 294], elbow: [298, 398], hand: [214, 450], sleeve: darker(shirt, 0.06), sleeveLength: 'short', skin: CASHIER.skin }),
        g('head', { transform: place(a) },
          headShape(CASHIER),
          g('hair', {},
            path('M -60 0 C -66 -52 -34 -80 2 -80 C 38 -80 66 -52 60 0 C 58 -20 54 -34 46 -46 C 36 -56 20 -60 10 -64 C 0 -58 -20 -58 -32 -58 C -42 -54 -50 -46 -54 -34 C -58 -24 -59 -12 -60 0 Z', CASHIER.hair),
            circle(48, -56, 9, '#f0b43c', { id: 'hair-tie' }),
          ),
        ),
      ];
    },
  },

  inspector: {
    title: 'Security inspector (uniform shirt, tie, cap, radio, badge)',
    look: INSPECTOR,
    head: { x: 200, y: 150, s: 1 },
    body: () => {
      const a = CAST.inspector.head;
      const shirt = '#b8c9dc';
      const navy = '#283754';
      return [
        trousers(200, 452, 98, navy),
        neck(a, INSPECTOR.skin, 74),
        g('torso', {},
          path(torsoPath(200, 246, 470, 108, 100), shirt),
          path('M 170 244 L 200 272 L 190 292 L 160 254 Z', lighter(shirt, 0.2)),
          path('M 230 244 L 200 272 L 210 292 L 240 254 Z', lighter(shirt, 0.2)),
          path('M 194 272 L 206 272 L 210 300 L 206 400 L 200 410 L 194 400 L 190 300 Z', navy, { id: 'tie' }),
          rect(140, 318, 40, 34, darker(shirt, 0.08), { rx: 4, id: 'pocket-left' }), rect(140, 316, 40, 10, darker(shirt, 0.16), { rx: 3 }),
          rect(220, 318, 40, 34, darker(shirt, 0.08), { rx: 4, id: 'pocket-right' }), rect(220, 316, 40, 10, darker(shirt, 0.16), { rx: 3 }),
          path('M 112 272 L 160 262 L 162 276 L 116 288 Z', navy, { id: 'epaulette-left' }),
          path('M 288 272 L 240 262 L 238 276 L 284 288 Z', navy, { id: 'epaulette-right' }),
          rect(100, 448, 200, 16, '#1d2230', { id: 'belt' }), rect(188, 446, 24, 20, '#c0c6ce', { rx: 3 }),
        ),
        g('badge', { transform: 'translate(240 300)' }, path('M 0 -14 L 12 -8 L 10 6 L 0 14 L -10 6 L -12 -8 Z', '#e2b53f'), circle(0, 0, 5, '#b98a22')),
        g('radio', {}, rect(144, 296, 24, 40, '#2a2d33', { rx: 4 }), rect(150, 280, 5, 18, '#2a2d33'), rect(148, 304, 16, 8, '#5c6470'), circle(156, 324, 4, '#d0453a')),
        arm('left-arm', { shoulder: [114, 296], elbow: [100, 400], hand: [184, 448], sleeve: darker(shirt, 0.08), sleeveLength: 'short', skin: INSPECTOR.skin, width: 42 }),
        g('shoulder-patch-left', {}, path('M 100 316 L 124 312 L 126 336 L 112 344 L 100 336 Z', navy), circle(113, 326, 5, '#e2b53f')),
        arm('right-arm', { shoulder: [286, 296], elbow: [300, 400], hand: [216, 452], sleeve: darker(shirt, 0.08), sleeveLength: 'short', skin: INSPECTOR.skin, width: 42 }),
        g('shoulder-patch-right', {}, path('M 300 316 L 276 312 L 274 336 L 288 344 L 300 336 Z', navy), circle(287, 326, 5, '#e2b53f')),
        g('head', { transform: place(a) },
          headShape(INSPECTOR),
          g('hair', {}, path('M -58 -10 C -60 -34 -58 -52 -52 -62 L -48 -10 Z', INSPECTOR.hair), path('M 58 -10 C 60 -34 58 -52 52 -62 L 48 -10 Z', INSPECTOR.hair)),
          g('cap', {},
            path('M -58 -62 C -60 -106 -30 -118 0 -118 C 30 -118 60 -106 58 -62 Z', navy),
            path('M -62 -60 Q 0 -74 62 -60 L 60 -70 Q 0 -84 -60 -70 Z', '#1a2236'),
            path('M -52 -62 Q 0 -56 52 -62 Q 42 -50 0 -50 Q -42 -50 -52 -62 Z', '#141a2a', { id: 'cap-peak' }),
            g('cap-badge', { transform: 'translate(0 -92)' }, path('M 0 -12 L 10 -6 L 8 6 L 0 12 L -8 6 L -10 -6 Z', '#e2b53f'), circle(0, 0, 4, '#b98a22')),
          ),
        ),
      ];
    },
  },

  manager: {
    title: 'Store manager (navy blazer, shirt and tie)',
    look: MANAGER,
    head: { x: 200, y: 148, s: 1 },
    body: () => {
      const a = CAST.manager.head;
      const blazer = '#2f4068';
      const shirt = '#f6f7f9';
      const tie = '#a8394a';
      return [
        trousers(200, 452, 90, '#262f45'),
        neck(a, MANAGER.skin),
        g('torso', {},
          path(torsoPath(200, 244, 480, 102, 96), blazer, { id: 'blazer' }),
          path('M 168 244 L 232 244 L 214 470 L 186 470 Z', shirt, { id: 'shirt' }),
          path('M 168 242 L 200 266 L 186 286 L 160 252 Z', '#ffffff'),
          path('M 232 242 L 200 266 L 214 286 L 240 252 Z', '#ffffff'),
          path('M 193 266 L 207 266 L 210 282 L 214 400 L 200 418 L 186 400 L 190 282 Z', tie, { id: 'tie' }),
          stroke('M 192 312 L 210 300 M 190 350 L 212 336 M 188 388 L 213 372', lighter(tie, 0.25), 4),
          path('M 164 244 L 136 260 L 184 380 L 190 470 L 172 470 Z', darker(blazer, 0.12), { id: 'lapel-left' }),
          path('M 236 244 L 264 260 L 216 380 L 210 470 L 228 470 Z', darker(blazer, 0.12), { id: 'lapel-right' }),
          path('M 138 258 L 154 318 L 166 298 Z', lighter(blazer, 0.1)),
          path('M 262 258 L 246 318 L 234 298 Z', lighter(blazer, 0.1)),
          path('M 236 324 L 262 320 L 258 330 L 240 336 Z', '#f4d06a', { id: 'pocket-square' }),
          rect(234, 330, 34, 4, darker(blazer, 0.25)),
          circle(160, 322, 5, '#e2b53f', { id: 'name-pin' }),
          circle(194, 438, 4, '#1c2540'), circle(206, 438, 4, '#1c2540'),
        ),
        arm('left-arm', { shoulder: [116, 296], elbow: [102, 400], hand: [116, 486], sleeve: darker(blazer, 0.05), sleeveLength: 'long', skin: MANAGER.skin, width: 42 }),
        g('phone', { transform: 'rotate(-14 236 440)' }, rect(220, 404, 34, 60, '#22262e', { rx: 6 }), rect(224, 410, 26, 46, '#6fa8c8', { rx: 3 })),
        arm('right-arm', { shoulder: [284, 296], elbow: [304, 402], hand: [240, 452], sleeve: darker(blazer, 0.05), sleeveLength: 'long', skin: MANAGER.skin, width: 42 }),
        g('head', { transform: place(a) },
          headShape(MANAGER),
          g('hair', {},
            path('M -60 0 C -66 -50 -36 -80 4 -80 C 42 -80 66 -52 60 0 C 58 -24 54 -38 46 -48 C 30 -60 4 -58 -20 -64 C -36 -58 -48 -46 -54 -32 C -58 -20 -59 -10 -60 0 Z', MANAGER.hair),
            path('M -60 0 C -62 -16 -60 -28 -54 -36 L -52 -6 Z', '#a19b96', { id: 'grey-temple-left' }),
            path('M 60 0 C 62 -16 60 -28 54 -36 L 52 -6 Z', '#a19b96', { id: 'grey-temple-right' }),
            stroke('M -20 -64 C -12 -72 0 -76 12 -77', lighter(MANAGER.hair, 0.2), 3, { id: 'parting' }),
          ),
        ),
      ];
    },
  },

  clerk: {
    title: 'Showroom sales clerk (waistcoat uniform, red tie, brochure)',
    look: CLERK,
    head: { x: 200, y: 150, s: 1 },
    body: () => {
      const a = CAST.clerk.head;
      const vest = '#454b58';
      const shirt = '#f7f8fa';
      const red = '#c8423a';
      return [
        trousers(200, 452, 88, '#2f333d'),
        neck(a, CLERK.skin),
        g('torso', {},
          path(torsoPath(200, 246, 470, 96), shirt, { id: 'shirt' }),
          path('M 166 244 L 200 270 L 188 290 L 156 252 Z', '#ffffff'),
          path('M 234 244 L 200 270 L 212 290 L 244 252 Z', '#ffffff'),
          path('M 194 270 L 206 270 L 209 286 L 212 390 L 200 404 L 188 390 L 191 286 Z', red, { id: 'tie' }),
          path('M 120 300 C 130 280 150 262 164 256 L 196 420 L 200 470 L 108 470 Z', vest, { id: 'waistcoat-left' }),
          path('M 280 300 C 270 280 250 262 236 256 L 204 420 L 200 470 L 292 470 Z', vest, { id: 'waistcoat-right' }),
          circle(190, 430, 3.5, '#1f232b'), circle(210, 430, 3.5, '#1f232b'), circle(194, 452, 3.5, '#1f232b'), circle(206, 452, 3.5, '#1f232b'),
          rect(232, 332, 34, 5, darker(vest, 0.3)),
        ),
        nameBadge(150, 318, red),
        arm('left-arm', { shoulder: [122, 296], elbow: [104, 398], hand: [170, 402], sleeve: '#eef0f3', sleeveLength: 'long', skin: CLERK.skin }),
        g('brochure', { transform: 'rotate(-4 214 400)' },
          rect(160, 352, 110, 86, '#ffffff', { rx: 4 }),
          rect(160, 352, 110, 26, red, { rx: 4 }),
          rect(160, 370, 110, 8, red),
          g('brochure-truck', { transform: 'translate(176 422) scale(0.16)' }, use('truck-mini', 0, 0)),
          rect(236, 392, 26, 4, '#b7bcc1'), rect(236, 402, 20, 4, '#b7bcc1'), rect(236, 412, 24, 4, '#b7bcc1'),
        ),
        arm('right-arm', { shoulder: [278, 296], elbow: [300, 398], hand: [258, 406], sleeve: '#eef0f3', sleeveLength: 'long', skin: CLERK.skin }),
        g('head', { transform: place(a) },
          headShape(CLERK),
          g('hair', {},
            path('M -60 -2 C -66 -54 -32 -80 6 -80 C 40 -80 66 -56 60 -2 C 58 -22 54 -36 46 -46 C 30 -58 10 -62 -6 -62 C -24 -62 -40 -56 -48 -46 C -54 -36 -58 -18 -60 -2 Z', CLERK.hair),
            path('M -24 -72 C -6 -96 36 -92 46 -60 C 30 -76 4 -80 -24 -72 Z', CLERK.hair, { id: 'quiff' }),
          ),
        ),
      ];
    },
  },

  queue: {
    title: 'A queue of four waiting shoppers (the faces apply to the person in front)',
    look: QUEUE_FRONT,
    head: { x: 200, y: 236, s: 0.9 },
    body: () => {
      const a = CAST.queue.head;
      const fade = (c: string) => mix(c, '#d9d2c8', 0.22);
      // back-centre: older woman in a blue coat, looking on
      const dLook = look(fade('#f1cdb3'), fade('#c9c4c0'));
      const dA: HeadAnchor = { x: 262, y: 94, s: 0.6 };
      // back-left: woman checking her watch
      const bLook = look(fade('#e8b58e'), fade('#3a2a26'));
      const bA: HeadAnchor = { x: 90, y: 150, s: 0.74 };
      // back-right: man with folded arms
      const cLook = look(fade('#8a5636'), fade('#1e1614'));
      const cA: HeadAnchor = { x: 318, y: 140, s: 0.76 };
      const coatD = fade('#6f8fb8');
      const cardiganB = fade('#8d6fa3');
      const hoodieC = fade('#d6874a');
      const jacket = '#5e8a6c';
      return [
        g('person-back-centre', {},
          path(torsoPath(262, 140, 420, 58, 58), coatD),
          neck(dA, dLook.skin, 50),
          fixedHead('person-back-centre-head', dA, dLook, 'neutral', [
            path('M -60 0 C -66 -56 -30 -82 4 -80 C 40 -80 66 -56 60 0 C 54 -30 40 -46 20 -50 C 0 -40 -30 -44 -48 -36 C -54 -26 -58 -14 -60 0 Z', dLook.hair),
            circle(0, -78, 20, dLook.hair),
          ]),
        ),
        g('person-back-left', {},
          path(torsoPath(90, 200, 600, 72, 74), cardiganB),
          neck(bA, bLook.skin, 60),
          arm('person-back-left-other-arm', { shoulder: [38, 246], elbow: [26, 340], hand: [40, 420], sleeve: darker(cardiganB, 0.08), sleeveLength: 'long', skin: bLook.skin, width: 30 }),
          g('tote-bag', {}, stroke('M 26 420 Q 40 380 56 420', fade('#b58a5a'), 5), path('M 14 420 L 70 420 L 76 500 L 8 500 Z', fade('#e6d3b0')), rect(24, 448, 36, 20, fade('#5aa469'), { rx: 3 })),
          g('person-back-left-hand-front', {}, ellipse(40, 422, 14, 15, bLook.skin)),
          arm('person-back-left-arm', { shoulder: [142, 246], elbow: [150, 320], hand: [96, 300], sleeve: darker(cardiganB, 0.08), sleeveLength: 'long', skin: bLook.skin, width: 30 }),
          g('wristwatch', {}, rect(108, 294, 16, 14, '#f2f2f2', { rx: 4, stroke: '#555', 'stroke-width': 2 })),
          fixedHead('person-back-left-head', bA, bLook, 'annoyed', [
            path('M -60 10 C -66 -50 -30 -80 4 -80 C 40 -80 66 -52 60 10 C 56 -20 50 -36 40 -44 C 20 -36 -10 -50 -22 -60 C -34 -46 -52 -26 -60 10 Z', bLook.hair),
          ], [path('M -62 -10 C -66 -60 66 -60 62 -10 L 66 70 Q 0 90 -66 70 Z', bLook.hair)]),
        ),
        g('person-back-right', {},
          path(torsoPath(318, 192, 600, 74, 78), hoodieC),
          neck(cA, cLook.skin, 58),
          path('M 294 190 Q 318 214 342 190', 'none', { stroke: darker(hoodieC, 0.2), 'stroke-width': 6 }),
          path(d`M 272 420 L 364 420 L 360 470 L 276 470 Z`, darker(hoodieC, 0.08), { id: 'hoodie-pocket' }),
          stroke('M 306 196 L 304 240 M 330 196 L 332 240', '#f3ece0', 3, { id: 'drawstrings' }),
          g('folded-arms', {},
            stroke('M 262 262 L 258 322 L 356 312', darker(hoodieC, 0.06), 34),
            stroke('M 374 262 L 378 318 L 290 330', darker(hoodieC, 0.12), 34),
            ellipse(286, 330, 13, 12, cLook.skin),
          ),
          fixedHead('person-back-right-head', cA, cLook, 'doubtful', [
            path('M -58 -14 C -60 -60 -28 -78 2 -78 C 32 -78 60 -60 58 -14 C 54 -34 46 -46 30 -50 C 10 -54 -12 -54 -30 -50 C -46 -46 -54 -34 -58 -14 Z', cLook.hair),
          ]),
        ),
        g('person-front', {},
          trousers(200, 500, 86, '#3e4a5c', 'person-front-legs'),
          neck(a, QUEUE_FRONT.skin, 70),
          path(torsoPath(200, 318, 520, 92, 88), jacket, { id: 'person-front-jacket' }),
          path('M 176 316 L 200 340 L 224 316 Z', '#efe6d6'),
          stroke('M 200 340 L 200 520', darker(jacket, 0.3), 3, { id: 'zip' }),
          path('M 170 316 L 200 344 L 186 360 L 160 324 Z', lighter(jacket, 0.12)),
          path('M 230 316 L 200 344 L 214 360 L 240 324 Z', lighter(jacket, 0.12)),
          arm('person-front-left-arm', { shoulder: [124, 366], elbow: [110, 460], hand: [170, 504], sleeve: darker(jacket, 0.08), sleeveLength: 'long', skin: QUEUE_FRONT.skin, width: 38 }),
          g('shopping-basket', {},
            rect(214, 452, 34, 22, '#f4d35e', { rx: 3 }), circle(254, 452, 14, '#e0583f'), rect(268, 436, 16, 38, '#7fb4d8', { rx: 4 }), rect(228, 440, 22, 14, '#9bc46a', { rx: 6 }),
            path('M 196 470 L 316 470 L 306 548 L 206 548 Z', '#d94a3a'),
            stroke('M 212 488 L 300 488 M 216 508 L 298 508 M 220 528 L 296 528', darker('#d94a3a', 0.2), 3),
            stroke('M 214 470 Q 256 416 298 470', darker('#d94a3a', 0.15), 7),
          ),
          arm('person-front-right-arm', { shoulder: [276, 366], elbow: [296, 450], hand: [256, 446], sleeve: darker(jacket, 0.08), sleeveLength: 'long', skin: QUEUE_FRONT.skin, width: 38 }),
          g('head', { transform: place(a) },
            headShape(QUEUE_FRONT),
            g('hair', {},
              path('M -60 -6 C -64 -56 -30 -80 4 -80 C 38 -80 64 -56 60 -6 C 58 -26 54 -38 46 -46 C 30 -62 -26 -64 -46 -46 C -54 -38 -58 -26 -60 -6 Z', QUEUE_FRONT.hair),
              path('M -30 -60 C -10 -70 14 -70 32 -60 C 10 -64 -12 -64 -30 -60 Z', lighter(QUEUE_FRONT.hair, 0.15)),
            ),
          ),
        ),
      ];
    },
  },
};

/** A small side-view light truck facing right, wheels on y = 0, about 480 × 250. Body colour inherits. */
function truckDef(id: string): Child {
  return g(id, {},
    ellipse(240, 2, 250, 16, '#000000', { opacity: 0.12 }),
    path('M 0 -180 L 300 -180 L 300 -62 L 0 -62 Z', '#d7dbe0', { id: `${id}-cargo` }),
    stroke('M 0 -150 L 300 -150 M 0 -120 L 300 -120 M 0 -92 L 300 -92', '#b7bdc5', 5),
    stroke('M 4 -180 L 4 -62 M 100 -180 L 100 -62 M 200 -180 L 200 -62 M 296 -180 L 296 -62', '#a9b0b8', 6),
    rect(-6, -70, 484, 20, '#3b4148', { rx: 4 }),
    path('M 300 -56 L 300 -230 Q 300 -254 324 -254 L 420 -254 Q 450 -254 460 -226 L 480 -140 L 482 -56 Z'),
    path('M 318 -236 L 416 -236 Q 436 -236 444 -214 L 458 -160 L 318 -160 Z', '#bfe2ef'),
    path('M 340 -236 L 372 -236 L 338 -160 L 318 -160 L 318 -190 Z', '#e4f4fa'),
    rect(300, -150, 182, 14, '#ffffff', { opacity: 0.55 }),
    stroke('M 392 -160 L 392 -60', '#000000', 3, { opacity: 0.18 }),
    rect(404, -130, 24, 7, '#000000', { rx: 3, opacity: 0.25 }),
    rect(470, -116, 14, 22, '#ffe59a', { rx: 3 }),
    rect(466, -70, 26, 22, '#9aa2ab', { rx: 5 }),
    stroke('M 466 -206 L 492 -212', '#3b4148', 4),
    rect(488, -238, 12, 36, '#3b4148', { rx: 4, id: `${id}-mirror` }),
    rect(474, -88, 10, 16, '#000000', { opacity: 0.2, rx: 2 }),
    g(undefined, {}, circle(92, -44, 44, '#2b2f34'), circle(92, -44, 20, '#b9c0c8'), circle(92, -44, 7, '#6b737c')),
    g(undefined, {}, circle(396, -44, 44, '#2b2f34'), circle(396, -44, 20, '#b9c0c8'), circle(396, -44, 7, '#6b737c')),
  );
}

function characterBody(name: Character): string {
  const art = CAST[name];
  const needsTruck = name === 'clerk';
  return svgDoc(
    CHARACTER_VIEWBOX.width,
    CHARACTER_VIEWBOX.height,
    `${name}: body`,
    `${art.title}. Head centre (${fmt(art.head.x)}, ${fmt(art.head.y)}), face scale ${fmt(art.head.s)}. Face files of the same viewBox overlay this body.`,
    needsTruck ? h('defs', {}, g(undefined, { id: 'truck-mini', fill: '#c8423a' }, truckDef('truck-mini-art'))) : null,
    g('body', {}, art.body()),
  );
}

function characterFace(name: Character, face: Face): string {
  const art = CAST[name];
  return svgDoc(
    CHARACTER_VIEWBOX.width,
    CHARACTER_VIEWBOX.height,
    `${name}: ${face}`,
    `Face "${face}" for ${name}; overlays body.svg. Features are drawn around the head centre (${fmt(art.head.x)}, ${fmt(art.head.y)}).`,
    g('face', { transform: place(art.head) }, faceFeatures(art.look, face)),
  );
}

// ───────────────────────────── settings ─────────────────────────────

export const SETTING_VIEWBOX = { width: 1600, height: 900 } as const;

const SIGN_FONT = { 'letter-spacing': 2 };

/** Floor tiles in one-point perspective between y0 and 900, vanishing at (vx, vy). */
function perspectiveFloor(y0: number, vx: number, vy: number, step: number, rows: number[], color: string, width = 2): Child {
  const lines: string[] = [];
  for (let xb = -2400; xb <= 4000; xb += step) {
    const t = (y0 - vy) / (900 - vy);
    const xt = vx + (xb - vx) * t;
    lines.push(d`M ${xt} ${y0} L ${xb} 900`);
  }
  for (const y of rows) lines.push(d`M 0 ${y} L 1600 ${y}`);
  return h('path', { d: lines.join(' '), fill: 'none', stroke: color, 'stroke-width': width });
}

function glowDef(id: string, color: string, opacity: number): El {
  return h('radialGradient', { id },
    h('stop', { offset: '0', 'stop-color': color, 'stop-opacity': opacity }),
    h('stop', { offset: '1', 'stop-color': color, 'stop-opacity': 0 }),
  );
}

function linearDef(id: string, stops: [number, string][], vertical = true): El {
  return h('linearGradient', { id, x1: 0, y1: 0, x2: vertical ? 0 : 1, y2: vertical ? 1 : 0 },
    stops.map(([o, c]) => h('stop', { offset: o, 'stop-color': c })),
  );
}

function pendantLamp(id: string, x: number, drop: number, shade: string): Child {
  return g(id, {},
    circle(x, drop + 40, 150, 'url(#warm-glow)'),
    stroke(d`M ${x} 0 L ${x} ${drop}`, '#6b5444', 3),
    path(d`M ${x - 46} ${drop + 44} Q ${x - 44} ${drop} ${x} ${drop} Q ${x + 44} ${drop} ${x + 46} ${drop + 44} Z`, shade),
    ellipse(x, drop + 44, 46, 7, darker(shade, 0.2)),
    ellipse(x, drop + 48, 16, 8, '#fff4cf'),
  );
}

function shopFloor(): string {
  const kettle = g('kettle', {},
    path('M 30 -58 L 56 -76 L 60 -70 L 38 -30 Z'),
    path('M -38 0 L -34 -52 Q -30 -74 0 -76 Q 30 -74 34 -52 L 38 0 Z'),
    stroke('M -26 -68 Q 0 -104 26 -68', '#4a3a30', 7),
    ellipse(0, -74, 18, 6, '#000000', { opacity: 0.15 }),
    circle(0, -82, 6, '#4a3a30'),
    rect(-38, -9, 76, 9, '#000000', { opacity: 0.18 }),
    path('M -24 -56 Q -26 -30 -24 -14 L -16 -14 Q -18 -32 -16 -56 Z', '#ffffff', { opacity: 0.35 }),
  );
  const pot = g('pot', {},
    path('M -44 0 L -44 -50 L 44 -50 L 44 0 Q 0 6 -44 0 Z'),
    rect(-50, -56, 100, 10, '#000000', { rx: 5, opacity: 0.2 }),
    stroke('M -44 -38 L -60 -38 M 44 -38 L 60 -38', '#3b3b3b', 7),
    circle(0, -62, 6, '#3b3b3b'),
    rect(-34, -44, 8, 36, '#ffffff', { opacity: 0.3, rx: 4 }),
  );
  const pan = g('pan', {}, ellipse(0, 0, 48, 10), ellipse(0, -3, 40, 6, '#000000', { opacity: 0.25 }), stroke('M 46 -2 L 96 -10', '#3b3b3b', 8));
  const fold = (x: number, y: number, w: number, c: string) => [rect(x, y, w, 24, c, { rx: 8 }), rect(x, y + 16, w, 3, '#000000', { opacity: 0.08 })];
  const bedding = (x: number, base: number, colours: string[]) =>
    colours.map((c, i) => fold(x, base - 24 * (i + 1), 112, c));
  const pillow = (x: number, y: number, c: string) => path(d`M ${x} ${y} Q ${x + 40} ${y - 8} ${x + 80} ${y} Q ${x + 88} ${y + 30} ${x + 80} ${y + 60} Q ${x + 40} ${y + 52} ${x} ${y + 60} Q ${x - 8} ${y + 30} ${x} ${y} Z`, c);
  const shelfUnit = (id: string, x: number, w: number, top: number, shelves: number[], contents: Child[]) =>
    g(id, {},
      rect(x, top, w, 640 - top, '#e8cba5'),
      rect(x - 10, top - 14, w + 20, 18, '#a8714a', { rx: 3 }),
      rect(x, top, 16, 640 - top, '#b27b52'),
      rect(x + w - 16, top, 16, 640 - top, '#b27b52'),
      contents,
      shelves.map((y) => [rect(x, y, w, 14, '#b97d50'), rect(x, y + 14, w, 6, '#000000', { opacity: 0.08 })]),
      shelves.map((y, i) => rect(x + 30 + ((i * 97) % (w - 90)), y + 2, 30, 10, '#fffaf0', { rx: 2 })),
    );

  return svgDoc(1600, 900, 'Setting: shop floor', 'A home-goods store: shelves of kettles, pans and bedding, warm pendant lights, a counter. Characters stand in the lower middle.',
    h('defs', {},
      glowDef('warm-glow', '#ffd98a', 0.55),
      g(undefined, { id: 'kettle-def' }, kettle),
      g(undefined, { id: 'pot-def' }, pot),
      g(undefined, { id: 'pan-def' }, pan),
    ),
    g('wall', {},
      rect(0, 0, 1600, 640, '#f4e3cb'),
      rect(0, 0, 1600, 60, '#e9d1b0', { id: 'ceiling' }),
      rect(0, 470, 1600, 170, '#eed8ba', { id: 'wainscot' }),
      rect(0, 462, 1600, 10, '#e2c49f'),
      g('wall-panels', { stroke: '#e4cba9', 'stroke-width': 3, fill: 'none' }, rect(560, 490, 230, 130, 'none', { rx: 6 }), rect(810, 490, 230, 130, 'none', { rx: 6 })),
    ),
    g('sign', {}, stroke('M 690 0 L 690 92 M 910 0 L 910 92', '#8a6a52', 3), rect(630, 88, 340, 62, STORE_TEAL, { rx: 14 }), text(800, 131, 'HOME & KITCHEN', 30, '#fff6e6', SIGN_FONT)),
    g('floor', {},
      rect(0, 640, 1600, 260, '#d9a672'),
      h('path', { d: 'M 0 672 L 1600 672 M 0 712 L 1600 712 M 0 762 L 1600 762 M 0 824 L 1600 824', stroke: '#c99363', 'stroke-width': 3 }),
      h('path', { d: 'M 300 640 L 296 672 M 900 640 L 898 672 M 140 672 L 132 712 M 620 672 L 616 712 M 1240 672 L 1246 712 M 420 712 L 410 762 M 1010 712 L 1014 762 M 200 762 L 186 824 M 760 762 L 758 824 M 1380 762 L 1392 824 M 520 824 L 506 900 M 1110 824 L 1118 900', stroke: '#c99363', 'stroke-width': 3 }),
      rect(0, 630, 1600, 14, '#b98155', { id: 'skirting' }),
      ellipse(800, 720, 560, 90, 'url(#warm-glow)', { id: 'light-pool' }),
    ),
    g('display-table', {},
      rect(600, 560, 400, 16, '#c48a5a', { rx: 4 }), rect(620, 576, 14, 64, '#a8714a'), rect(966, 576, 14, 64, '#a8714a'),
      bedding(630, 560, ['#c6d7c0', '#e9cfc6', '#f4ede0']),
      rect(760, 512, 70, 48, '#e7d7bf', { rx: 10 }),
      path('M 880 560 L 884 520 Q 900 504 916 520 L 920 560 Z', '#9dbaa8'),
      stroke('M 900 510 Q 896 490 884 482 M 900 510 Q 906 488 920 480', '#7c9a7e', 4),
    ),
    shelfUnit('shelf-left', 40, 440, 160, [270, 390, 510, 626], [
      use('kettle-def', 110, 270, { fill: '#3f8f8a' }), use('kettle-def', 250, 270, { fill: '#f6efe2' }), use('kettle-def', 390, 270, { fill: '#e07a5f' }),
      use('pot-def', 120, 390, { fill: '#c8553d' }), use('pot-def', 260, 390, { fill: '#34495e' }),
      use('pan-def', 360, 390, { fill: '#3b3b3b' }), use('pan-def', 360, 374, { fill: '#5b5b5b' }), use('pan-def', 360, 358, { fill: '#e0a04a' }),
      bedding(70, 510, ['#9dbf9e', '#f4ede0', '#9dbf9e', '#e8a798']), bedding(196, 510, ['#e8a798', '#f3d27a', '#e8a798']), bedding(322, 510, ['#bcd3e6', '#f4ede0', '#7fa5c8', '#bcd3e6']),
      rect(70, 560, 110, 66, '#c99a63', { rx: 6 }), rect(200, 560, 110, 66, '#c99a63', { rx: 6 }), rect(330, 574, 110, 52, '#c99a63', { rx: 6 }),
      stroke('M 70 584 L 180 584 M 70 604 L 180 604 M 200 584 L 310 584 M 200 604 L 310 604 M 330 596 L 440 596', '#b28249', 3),
    ]),
    shelfUnit('shelf-right', 1170, 400, 160, [270, 390, 510], [
      pillow(1200, 206, '#e8a798'), pillow(1290, 206, '#f4ede0'), pillow(1380, 206, '#9dbf9e'), pillow(1466, 206, '#f3d27a'),
      circle(1230, 350, 38, '#bcd3e6'), circle(1230, 350, 16, '#9dbad6'), circle(1316, 350, 38, '#f4ede0'), circle(1316, 350, 16, '#e4d8c6'),
      circle(1402, 350, 38, '#e8a798'), circle(1402, 350, 16, '#d98e80'), circle(1488, 350, 38, '#9dbf9e'), circle(1488, 350, 16, '#86aa88'),
      use('kettle-def', 1240, 510, { fill: '#f3d27a' }), use('kettle-def', 1360, 510, { fill: '#3f8f8a' }), use('pot-def', 1480, 510, { fill: '#e07a5f' }),
    ]),
    pendantLamp('lamp-left', 330, 130, '#e3a04a'),
    pendantLamp('lamp-centre-left', 560, 200, STORE_TEAL),
    pendantLamp('lamp-centre-right', 1040, 200, STORE_TEAL),
    pendantLamp('lamp-right', 1270, 130, '#e3a04a'),
    g('counter', {},
      rect(1110, 620, 490, 280, '#c98f5e'),
      h('path', { d: 'M 1230 640 L 1230 900 M 1350 640 L 1350 900 M 1470 640 L 1470 900', stroke: '#b57d4f', 'stroke-width': 4 }),
      rect(1096, 600, 504, 26, '#efdcc0', { rx: 6 }),
      rect(1096, 622, 504, 8, '#000000', { opacity: 0.1 }),
      g('till', {},
        rect(1260, 548, 130, 52, '#56606b', { rx: 6 }), rect(1268, 556, 114, 10, '#6f7a86', { rx: 3 }),
        rect(1306, 520, 14, 30, '#56606b'), rect(1270, 456, 96, 68, '#3d4650', { rx: 8 }), rect(1278, 464, 80, 52, '#a9dbd2', { rx: 4 }),
        rect(1410, 566, 34, 34, '#2f3740', { rx: 6 }), rect(1416, 572, 22, 10, '#8fd0c0'),
      ),
      g('counter-plant', {}, path('M 1520 600 L 1514 552 L 1566 552 L 1560 600 Z', '#e07a5f'), ellipse(1522, 530, 18, 28, '#7fa77f', { transform: 'rotate(-25 1522 530)' }), ellipse(1556, 526, 16, 30, '#6a9470', { transform: 'rotate(20 1556 526)' }), ellipse(1540, 516, 14, 34, '#8cb58a')),
      g('paper-bags', {}, rect(1140, 548, 70, 52, '#d6b48a', { rx: 3 }), rect(1148, 540, 70, 60, '#e2c49c', { rx: 3 }), stroke('M 1170 548 Q 1183 528 1196 548', '#b08a5e', 3)),
    ),
  );
}

function truckShowroom(): string {
  const shimmer = (y: number, x0: number, len: number) => {
    let s = d`M ${x0} ${y}`;
    for (let i = 0; i < len; i += 40) s += d` q 10 -6 20 0 t 20 0`;
    return s;
  };
  const paneXs = [0, 400, 800, 1200];
  return svgDoc(1600, 900, 'Setting: truck showroom', 'A light-truck dealership on a sweltering afternoon: glass front with harsh sun and heat shimmer outside, two trucks, a lounge sofa, a water cooler.',
    h('defs', {},
      linearDef('hot-sky', [[0, '#f5b46a'], [0.55, '#fbd99a'], [1, '#fff3cf']]),
      glowDef('sun-glow', '#fffbe6', 0.95),
      glowDef('floor-sun', '#fff2c6', 0.8),
      g(undefined, { id: 'truck' }, truckDef('truck-art')),
    ),
    g('outside', {},
      rect(0, 80, 1600, 540, 'url(#hot-sky)'),
      circle(1250, 210, 420, 'url(#sun-glow)'),
      circle(1250, 210, 130, 'url(#sun-glow)'),
      circle(1250, 210, 84, '#fffbea', { opacity: 0.6 }),
      circle(1250, 210, 62, '#ffffff', { id: 'sun' }),
      path('M 0 450 Q 120 410 260 436 Q 420 400 560 438 Q 700 420 820 440 L 820 470 L 0 470 Z', '#ecc48c', { id: 'hills' }),
      g('distant-buildings', { fill: '#e8bd86' }, rect(880, 404, 120, 66), rect(1010, 420, 70, 50), rect(1380, 396, 150, 74), rect(1540, 424, 60, 46)),
      rect(0, 466, 1600, 154, '#dcc29c', { id: 'forecourt' }),
      rect(0, 466, 1600, 10, '#fff0cc', { opacity: 0.8 }),
      h('path', { d: 'M 120 540 L 90 620 M 360 540 L 350 620 M 600 540 L 610 620 M 840 540 L 870 620 M 1080 540 L 1130 620 M 1320 540 L 1390 620', stroke: '#efe0c2', 'stroke-width': 5, id: 'parking-lines' }),
      g('flag', {}, rect(196, 300, 6, 170, '#9a9a9a'), path('M 202 304 Q 214 330 206 360 L 202 360 Z', '#c8423a')),
      g('heat-shimmer', { fill: 'none', stroke: '#fffaf0', 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.75 },
        h('path', { d: shimmer(488, 40, 280) }), h('path', { d: shimmer(500, 520, 320) }), h('path', { d: shimmer(484, 980, 300) }),
        h('path', { d: shimmer(516, 240, 240) }), h('path', { d: shimmer(528, 760, 360) }), h('path', { d: shimmer(512, 1300, 260) }),
        h('path', { d: shimmer(548, 80, 200) }), h('path', { d: shimmer(556, 1100, 240) }),
      ),
    ),
    g('glass-glare', { fill: '#ffffff', opacity: 0.16 },
      paneXs.map((x) => path(d`M ${x + 60} 620 L ${x + 230} 96 L ${x + 290} 96 L ${x + 120} 620 Z`, '#ffffff')),
    ),
    g('window-frame', { fill: '#5b646e' },
      paneXs.map((x) => rect(x - 8, 80, 16, 540, '#5b646e')), rect(1592, 80, 16, 540, '#5b646e'),
      rect(0, 190, 1600, 8, '#5b646e'), rect(0, 600, 1600, 22, '#4c545d'),
    ),
    g('ceiling', {}, rect(0, 0, 1600, 86, '#ece5da'), rect(0, 80, 1600, 8, '#d6cdbf'),
      [160, 480, 1120, 1440].map((x) => ellipse(x, 30, 40, 8, '#fffbee')),
      g('sign', {}, rect(620, 14, 360, 56, '#c8423a', { rx: 10 }), text(800, 53, 'LIGHT TRUCKS', 32, '#ffffff', SIGN_FONT)),
    ),
    g('floor', {},
      rect(0, 622, 1600, 278, '#e6dfd3'),
      perspectiveFloor(622, 800, 380, 220, [646, 680, 728, 792, 876], '#d6cdbe', 2),
      g('sun-patches', {}, paneXs.map((x) => path(d`M ${x + 20} 622 L ${x + 380} 622 L ${x + 470} 760 L ${x + 60} 760 Z`, 'url(#floor-sun)'))),
    ),
    g('lounge', {},
      g('sofa', {},
        rect(612, 560, 300, 66, '#88ada6', { rx: 20 }),
        rect(600, 604, 324, 42, '#7a9f98', { rx: 14 }),
        rect(586, 584, 40, 68, '#6f948d', { rx: 16 }), rect(898, 584, 40, 68, '#6f948d', { rx: 16 }),
        rect(640, 586, 60, 22, '#e8d7b8', { rx: 8 }),
        stroke('M 762 566 L 762 604', '#6f948d', 3),
        rect(604, 650, 8, 12, '#55524e'), rect(912, 650, 8, 12, '#55524e'),
      ),
      g('standing-fan', {}, rect(556, 560, 6, 110, '#8a9097'), ellipse(559, 670, 22, 5, '#8a9097'), circle(559, 548, 26, '#d7dde3', { stroke: '#8a9097', 'stroke-width': 4 }), circle(559, 548, 6, '#8a9097')),
      g('water-cooler', {},
        rect(960, 560, 58, 100, '#eef1f4', { rx: 6 }),
        path('M 968 560 L 968 488 Q 968 470 989 470 Q 1010 470 1010 488 L 1010 560 Z', '#9fd2ec', { opacity: 0.9 }),
        rect(982, 460, 14, 12, '#7fb7d6', { rx: 2 }),
        rect(974, 584, 10, 8, '#4d9fcb', { rx: 2 }), rect(994, 584, 10, 8, '#d9534f', { rx: 2 }),
        rect(966, 606, 46, 4, '#cfd6dc'), rect(1022, 560, 14, 40, '#f6f6f6', { rx: 3 }),
      ),
    ),
    g('truck-right', { transform: 'translate(1560 770) scale(-0.74 0.74)' }, use('truck', 0, 0, { fill: '#c8423a' })),
    g('price-stand-right', {}, rect(1138, 640, 6, 110, '#4c545d'), rect(1100, 596, 84, 52, '#ffffff', { rx: 6 }), rect(1100, 596, 84, 16, '#f0b43c', { rx: 6 }), text(1142, 638, 'NEW', 20, '#c8423a')),
    g('truck-left', { transform: 'translate(10 860)' }, use('truck', 0, 0, { fill: '#f3f1ea' }), rect(300, -140, 182, 12, '#3b7fb6')),
  );
}

function supermarketExit(): string {
  const cartItems: Child[] = [
    rect(70, 520, 60, 86, '#e8c25a', { rx: 4 }), rect(70, 520, 60, 20, '#d9534f', { rx: 4 }),
    rect(136, 548, 70, 60, '#d6b48a', { rx: 4 }), path('M 150 548 L 156 512 Q 176 500 192 514 L 198 548 Z', '#7fb07a'),
    ellipse(186, 506, 16, 14, '#9bc46a'),
    rect(212, 530, 40, 78, '#7fb4d8', { rx: 8 }), rect(222, 514, 20, 18, '#4d86b4', { rx: 4 }),
    path('M 100 500 L 250 470 L 258 486 L 108 516 Z', '#e0aa62', { id: 'baguette' }), stroke('M 130 498 L 140 490 M 170 490 L 180 482 M 210 482 L 220 474', '#c38a44', 3),
    rect(248, 552, 44, 56, '#f4f1ea', { rx: 4 }), rect(248, 552, 44, 14, '#3f8f8a', { rx: 4 }),
    circle(106, 596, 16, '#e0583f'), circle(124, 600, 14, '#e8883f'),
    stroke('M 262 540 L 300 470', '#9bc46a', 12, { id: 'leek' }), stroke('M 262 540 L 250 566', '#f4f1ea', 12),
    path('M 176 560 Q 172 520 196 516 Q 222 520 216 560 Z', '#f2b33d', { id: 'bag-of-oranges' }), stroke('M 180 530 L 212 530 M 178 546 L 214 546', '#e08a2a', 2),
  ];
  return svgDoc(1600, 900, 'Setting: supermarket exit', 'A supermarket exit: sliding doors, a security gate arch with an alarm light on top, a loaded shopping cart, a till.',
    h('defs', {},
      linearDef('day-sky', [[0, '#bfe0ee'], [1, '#e8f4f4']]),
      glowDef('alarm-glow', '#ff5a46', 0.45),
    ),
    g('wall', {},
      rect(0, 0, 1600, 630, '#eef0e4'),
      rect(0, 0, 1600, 72, '#e1e5d6', { id: 'ceiling' }),
      [120, 520, 920, 1320].map((x) => rect(x, 28, 220, 16, '#fffff4', { rx: 8 })),
      rect(0, 150, 1600, 24, '#5aa469', { id: 'brand-stripe' }),
      rect(0, 174, 1600, 6, '#4a8f5a'),
    ),
    g('poster', {}, rect(60, 220, 170, 220, '#fff8e8', { rx: 8 }), rect(60, 220, 170, 50, '#e0583f', { rx: 8 }), rect(60, 256, 170, 14, '#e0583f'), text(145, 256, 'FRESH', 28, '#ffffff'),
      circle(118, 350, 34, '#e0583f'), path('M 118 318 Q 124 302 136 300', 'none', { stroke: '#6b8a3a', 'stroke-width': 5 }), ellipse(134, 310, 10, 5, '#7fb07a'),
      circle(176, 372, 28, '#f2b33d'), rect(86, 404, 120, 10, '#c9d6c6', { rx: 4 })),
    g('exit-doors', {},
      rect(580, 200, 440, 430, '#6b7580', { rx: 6 }),
      rect(596, 216, 408, 414, 'url(#day-sky)'),
      path('M 596 470 L 1004 470 L 1004 630 L 596 630 Z', '#d9d4c6', { id: 'pavement' }),
      g('street-trees', {}, circle(660, 420, 46, '#9cc79a'), circle(720, 440, 36, '#86b686'), circle(930, 410, 52, '#9cc79a'), rect(654, 440, 10, 40, '#8a6a52'), rect(926, 440, 10, 40, '#8a6a52')),
      rect(780, 440, 140, 40, '#e3a04a', { rx: 12, id: 'parked-car' }), circle(806, 480, 11, '#3b4148'), circle(894, 480, 11, '#3b4148'), rect(800, 424, 96, 26, '#e3a04a', { rx: 10 }), rect(812, 430, 72, 16, '#cfe8f2', { rx: 4 }),
      path('M 596 216 L 690 216 L 600 630 L 596 630 Z', '#ffffff', { opacity: 0.25 }),
      path('M 820 216 L 870 216 L 800 630 L 760 630 Z', '#ffffff', { opacity: 0.2 }),
      rect(796, 216, 8, 414, '#6b7580'),
      rect(770, 400, 8, 60, '#c9d0d6', { rx: 4 }), rect(822, 400, 8, 60, '#c9d0d6', { rx: 4 }),
      g('exit-sign', {}, rect(730, 110, 140, 50, '#2f9e5b', { rx: 8 }), text(800, 146, 'EXIT', 30, '#ffffff', SIGN_FONT)),
    ),
    g('floor', {},
      rect(0, 630, 1600, 270, '#dedbd2'),
      perspectiveFloor(630, 800, 400, 180, [652, 686, 732, 796, 880], '#cdc9be', 2),
      rect(0, 622, 1600, 10, '#c9c4b6', { id: 'skirting' }),
      path('M 600 636 L 1000 636 L 1040 700 L 560 700 Z', '#b9b6ad', { id: 'door-mat' }),
    ),
    g('basket-stack', {}, [0, 1, 2, 3].map((i) => [path(d`M 1056 ${620 - i * 14} L 1124 ${620 - i * 14} L 1118 ${662 - i * 14} L 1062 ${662 - i * 14} Z`, '#d94a3a'), rect(1054, 618 - i * 14, 72, 5, '#b83a2c')])),
    g('security-gate', {},
      circle(410, 228, 90, 'url(#alarm-glow)'),
      path('M 300 360 Q 300 262 410 262 Q 520 262 520 360', 'none', { stroke: '#aab3bc', 'stroke-width': 26, id: 'gate-arch' }),
      rect(282, 350, 40, 420, '#c9d3dc', { rx: 14, id: 'gate-left' }), rect(292, 380, 20, 340, '#e8eef3', { rx: 8, opacity: 0.8 }),
      rect(498, 350, 40, 420, '#c9d3dc', { rx: 14, id: 'gate-right' }), rect(508, 380, 20, 340, '#e8eef3', { rx: 8, opacity: 0.8 }),
      rect(274, 760, 56, 14, '#8d969f', { rx: 5 }), rect(490, 760, 56, 14, '#8d969f', { rx: 5 }),
      g('alarm-light', {}, rect(390, 242, 40, 14, '#7d868f', { rx: 4 }), path('M 394 244 Q 394 214 410 214 Q 426 214 426 244 Z', '#e5483b'), ellipse(404, 226, 4, 7, '#ffb3a8'),
        stroke('M 372 212 L 362 204 M 448 212 L 458 204 M 410 196 L 410 184', '#e5483b', 4)),
    ),
    g('shopping-cart', {},
      ellipse(180, 872, 150, 14, '#000000', { opacity: 0.1 }),
      g('cart-goods', { transform: 'translate(0 52)' }, cartItems),
      path('M 50 600 L 320 600 L 300 740 L 80 740 Z', '#c7d0d8', { opacity: 0.35 }),
      h('path', { d: 'M 50 600 L 320 600 L 300 740 L 80 740 Z M 58 646 L 313 646 M 66 692 L 307 692 M 104 600 L 112 740 M 158 600 L 162 740 M 212 600 L 212 740 M 266 600 L 262 740', fill: 'none', stroke: '#8a96a2', 'stroke-width': 5, 'stroke-linejoin': 'round' }),
      stroke('M 320 600 L 350 560 L 372 560', '#8a96a2', 7), rect(356, 552, 28, 14, '#d94a3a', { rx: 6 }),
      stroke('M 90 740 L 96 840 L 300 840 L 296 740', '#8a96a2', 7),
      circle(100, 852, 14, '#3b4148'), circle(290, 852, 14, '#3b4148'),
    ),
    g('till', {},
      rect(1150, 612, 450, 288, '#5aa469'),
      rect(1150, 612, 450, 22, '#4a8f5a'),
      rect(1136, 596, 464, 22, '#f1efe8', { rx: 6 }),
      rect(1160, 590, 300, 12, '#3b4148', { rx: 6, id: 'conveyor' }),
      rect(1200, 650, 350, 8, '#ffffff', { opacity: 0.3 }),
      g('register', {}, rect(1470, 548, 110, 48, '#56606b', { rx: 6 }), rect(1508, 500, 12, 50, '#56606b'), rect(1470, 440, 110, 70, '#3d4650', { rx: 8 }), rect(1478, 448, 94, 54, '#a9dbd2', { rx: 4 }), rect(1486, 456, 50, 6, '#6fb3a6'), rect(1486, 468, 70, 4, '#8fc9bd')),
      g('card-reader', {}, rect(1420, 556, 30, 40, '#2f3740', { rx: 6 }), rect(1425, 562, 20, 10, '#8fd0c0')),
      g('lane-light', {}, rect(1572, 250, 10, 346, '#8d969f'), circle(1577, 236, 26, '#2f9e5b'), text(1577, 248, '3', 32, '#ffffff')),
      g('candy-rack', {}, rect(1170, 520, 120, 72, '#e9e4d8', { rx: 4 }), [0, 1, 2, 3, 4].map((i) => rect(1178 + i * 22, 530, 16, 24, pick(['#e0583f', '#f2b33d', '#7fb4d8', '#9bc46a', '#c77dab'], i), { rx: 3 })), [0, 1, 2, 3, 4].map((i) => rect(1178 + i * 22, 560, 16, 24, pick(['#f2b33d', '#7fb4d8', '#e0583f', '#c77dab', '#9bc46a'], i), { rx: 3 }))),
    ),
  );
}

function hypermarketCheckout(): string {
  const juiceColours = ['#f28c28', '#f6c445', '#e0483b', '#86b94a', '#8e5aa8', '#f28c28', '#f6c445'];
  const bottle = g('bottle', {},
    path('M -11 0 L -11 -40 Q -11 -50 -5 -54 L -5 -62 L 5 -62 L 5 -54 Q 11 -50 11 -40 L 11 0 Z'),
    rect(-6, -68, 12, 8, '#ffffff', { rx: 2 }),
    rect(-11, -34, 22, 16, '#fffaf0', { opacity: 0.85 }),
    rect(-7, -46, 3, 40, '#ffffff', { opacity: 0.3, rx: 1.5 }),
  );
  const carton = g('carton', {},
    path('M -19 0 L -19 -54 L -14 -62 L 14 -62 L 19 -54 L 19 0 Z'),
    rect(-14, -68, 28, 7, '#ffffff', { rx: 1 }),
    path('M -19 -54 L -14 -62 L 14 -62 L 19 -54 Z', '#000000', { opacity: 0.14 }),
    rect(-19, -42, 38, 24, '#fffaf0', { opacity: 0.9 }),
    circle(-4, -30, 7, '#f28c28'), ellipse(6, -33, 5, 3, '#5aa469'),
    rect(11, -52, 4, 50, '#000000', { opacity: 0.08 }),
  );
  const shelfRow = (x0: number, y: number, n: number, offset: number) =>
    Array.from({ length: n }, (_, i) => use('bottle-def', x0 + i * 30, y, { fill: pick(juiceColours, i + offset) }));
  const lanes = [620, 790, 960, 1130, 1300].map((x, i) =>
    g(`lane-${i + 2}`, {},
      rect(x, 520, 120, 60, '#d7dde2', { rx: 6 }), rect(x - 6, 512, 132, 12, '#eef1f3', { rx: 5 }), rect(x + 4, 508, 90, 6, '#5a6169', { rx: 3 }),
      rect(x + 96, 478, 30, 30, '#7d868f', { rx: 4 }),
      rect(x + 118, 300, 6, 212, '#b7bec6'), circle(x + 121, 292, 17, i === 2 ? '#c9ced3' : '#3aa86b'), text(x + 121, 300, String(i + 2), 20, '#ffffff'),
    ),
  );
  return svgDoc(1600, 900, 'Setting: hypermarket checkout', "A new hypermarket's checkout lanes with a bright juice promotion and shelves of juice.",
    h('defs', {},
      g(undefined, { id: 'bottle-def' }, bottle),
      g(undefined, { id: 'carton-def' }, carton),
      glowDef('sign-glow', '#ffd36b', 0.6),
    ),
    g('wall', {},
      rect(0, 0, 1600, 600, '#f7f2e8'),
      rect(0, 0, 1600, 96, '#ece6da', { id: 'ceiling' }),
      [100, 420, 1180, 1500].map((x) => rect(x - 70, 40, 140, 22, '#fffef6', { rx: 6 })),
      rect(0, 200, 1600, 10, '#f28c28', { opacity: 0.85, id: 'brand-stripe' }),
    ),
    g('bunting', {},
      stroke('M 0 110 Q 200 150 400 110 Q 600 150 800 110 Q 1000 150 1200 110 Q 1400 150 1600 110', '#b7aea0', 2),
      Array.from({ length: 16 }, (_, i) => {
        const x = 25 + i * 100;
        const sag = 20 * Math.sin((((x % 400) / 400) * Math.PI));
        return path(d`M ${x - 16} ${110 + sag} L ${x + 16} ${110 + sag} L ${x} ${140 + sag} Z`, pick(['#f28c28', '#3aa86b', '#f6c445', '#e0483b'], i));
      }),
    ),
    g('juice-shelves', {},
      rect(30, 230, 470, 390, '#e9e2d4'),
      rect(30, 226, 470, 14, '#d7cdbb'),
      [320, 420, 520, 616].map((y, r) => [shelfRow(56, y - 4, 15, r * 2), rect(30, y - 2, 470, 12, '#cfc4b0'), rect(60 + r * 90, y, 34, 10, '#f6c445', { rx: 2 })]),
      rect(30, 230, 12, 390, '#c2b8a4'), rect(488, 230, 12, 390, '#c2b8a4'),
    ),
    g('floor', {},
      rect(0, 600, 1600, 300, '#ece9e2'),
      perspectiveFloor(600, 800, 360, 200, [624, 660, 710, 776, 864], '#dcd7cd', 2),
      rect(0, 592, 1600, 10, '#ddd5c6', { id: 'skirting' }),
    ),
    g('checkout-lanes', {}, lanes),
    g('juice-offer-sign', {},
      stroke('M 700 0 L 700 64 M 1100 0 L 1100 64', '#9a9184', 3),
      ellipse(900, 150, 360, 130, 'url(#sign-glow)'),
      rect(620, 60, 560, 160, '#f28c28', { rx: 22 }),
      rect(632, 72, 536, 136, '#ff9d3a', { rx: 16 }),
      text(850, 136, 'JUICE', 64, '#ffffff', { 'letter-spacing': 4 }),
      text(850, 192, 'OFFER', 48, '#fff3c4', { 'letter-spacing': 8 }),
      g('offer-burst', { transform: 'translate(1080 140)' },
        path('M 0 -70 L 16 -44 L 46 -56 L 42 -26 L 70 -14 L 48 6 L 62 34 L 30 36 L 22 66 L 0 46 L -22 66 L -30 36 L -62 34 L -48 6 L -70 -14 L -42 -26 L -46 -56 L -16 -44 Z', '#f6e04a'),
        g('sign-bottle', { transform: 'translate(0 34) scale(1.2)' }, use('bottle-def', 0, 0, { fill: '#e0483b' })),
        circle(28, -6, 16, '#f6c445', { stroke: '#f28c28', 'stroke-width': 4 }),
        stroke('M 28 -22 L 28 10 M 12 -6 L 44 -6 M 17 -17 L 39 5 M 39 -17 L 17 5', '#f28c28', 2),
      ),
      g('sign-orange', { transform: 'translate(690 140)' }, circle(0, 0, 34, '#ffb347', { stroke: '#fff3c4', 'stroke-width': 5 }), path('M -2 -34 Q 10 -52 26 -48 Q 16 -34 -2 -34 Z', '#3aa86b')),
    ),
    g('juice-pallet', {},
      ellipse(1360, 868, 230, 14, '#000000', { opacity: 0.08 }),
      rect(1180, 840, 360, 20, '#c8a06e', { rx: 2 }), rect(1190, 860, 30, 16, '#b08a5a'), rect(1345, 860, 30, 16, '#b08a5a'), rect(1500, 860, 30, 16, '#b08a5a'),
      [7, 6, 5, 4].map((n, row) => Array.from({ length: n }, (_, i) =>
        use('carton-def', 1360 - (n - 1) * 22 + i * 44, 840 - row * 70, { fill: pick(['#f28c28', '#f6c445', '#86b94a', '#e0483b'], i + row) }))),
      g('price-tag', { transform: 'rotate(-8 1500 600)' }, stroke('M 1500 560 L 1500 600', '#9a9184', 3), rect(1448, 590, 104, 64, '#f6e04a', { rx: 8 }), text(1500, 634, '-30%', 30, '#e0483b')),
    ),
    g('checkout-front', {},
      path('M 0 648 L 446 648 L 452 900 L 0 900 Z', '#f4f5f6', { id: 'counter-body' }),
      h('path', { d: 'M 150 660 L 150 860 M 300 660 L 300 860', stroke: '#dfe3e6', 'stroke-width': 4 }),
      path('M 0 676 L 447 676 L 448 700 L 0 700 Z', '#3aa86b', { id: 'brand-stripe' }),
      rect(0, 860, 452, 40, '#a3abb3', { id: 'kick-plate' }),
      path('M 0 606 L 418 606 L 452 648 L 0 648 Z', '#e2e6e9', { id: 'counter-top' }),
      path('M 0 614 L 330 614 L 350 640 L 0 640 Z', '#4a5058', { id: 'conveyor' }),
      h('path', { d: 'M 60 614 L 62 640 M 140 614 L 144 640 M 220 614 L 226 640 M 300 614 L 308 640', stroke: '#5c636c', 'stroke-width': 3 }),
      path('M 352 618 L 404 618 L 424 642 L 368 642 Z', '#2f3740', { id: 'scanner' }), path('M 362 622 L 400 622 L 412 638 L 372 638 Z', '#7fc7d9', { opacity: 0.8 }),
      use('bottle-def', 110, 632, { fill: '#f28c28' }), use('bottle-def', 140, 632, { fill: '#f6c445' }), use('carton-def', 206, 634, { fill: '#86b94a' }), use('bottle-def', 270, 632, { fill: '#e0483b' }),
      g('register', {}, rect(396, 530, 12, 80, '#7d868f'), rect(356, 468, 92, 68, '#3d4650', { rx: 8 }), rect(364, 476, 76, 52, '#a9dbd2', { rx: 4 }), rect(372, 484, 40, 6, '#6fb3a6')),
      g('lane-1-light', {}, rect(470, 272, 10, 376, '#b7bec6'), circle(475, 258, 24, '#3aa86b'), text(475, 270, '1', 30, '#ffffff')),
    ),
  );
}

const SETTING_ART: Record<Setting, () => string> = {
  'shop-floor': shopFloor,
  'truck-showroom': truckShowroom,
  'supermarket-exit': supermarketExit,
  'hypermarket-checkout': hypermarketCheckout,
};

// ───────────────────────────── output ─────────────────────────────

/** Every file the generator writes, relative to its output folder, with its contents. */
export function artFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const setting of SETTINGS) {
    const draw = SETTING_ART[setting];
    if (!draw) throw new Error(`No art for setting "${setting}": add a drawing to SETTING_ART in tools/make-art.ts`);
    files.set(`settings/${setting}.svg`, draw());
  }
  const faces: Face[] = [...EXPRESSIONS, 'blink'];
  for (const face of faces) {
    if (!FACE_SPECS[face]) throw new Error(`No face drawing for expression "${face}": add it to FACE_SPECS in tools/make-art.ts`);
  }
  for (const name of CHARACTERS) {
    if (!CAST[name]) throw new Error(`No art for character "${name}": add a drawing to CAST in tools/make-art.ts`);
    files.set(`characters/${name}/body.svg`, characterBody(name));
    for (const face of faces) files.set(`characters/${name}/${face}.svg`, characterFace(name, face));
  }
  return files;
}

/** Head centre (face anchor) of each character in its 400 × 600 viewBox, for placing speech markers. */
export function headCentres(): Record<Character, HeadAnchor> {
  return Object.fromEntries(CHARACTERS.map((c) => [c, { ...CAST[c].head }])) as Record<Character, HeadAnchor>;
}

/** Writes all the art under outDir and returns the written paths. */
export function generateArt(outDir: string): string[] {
  const written: string[] = [];
  for (const [rel, content] of artFiles()) {
    const file = nodePath.join(outDir, rel);
    fs.mkdirSync(nodePath.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    written.push(file);
  }
  return written;
}

function main() {
  const outDir = nodePath.resolve(process.argv[2] ?? nodePath.join(import.meta.dirname, '..', 'assets', 'art'));
  const written = generateArt(outDir);
  let total = 0;
  for (const f of written) total += fs.statSync(f).size;
  console.log(`Wrote ${written.length} files to ${nodePath.relative(process.cwd(), outDir) || '.'} (${(total / 1024).toFixed(1)} kB)`);
}

if (process.argv[1] && nodePath.resolve(process.argv[1]) === nodePath.resolve(import.meta.filename)) main();
