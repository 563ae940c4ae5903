/**
 * Counterpart's sound set, synthesised from code: `npx tsx tools/make-audio.ts [outDir]`.
 *
 * Every sound is made here from oscillators, envelopes, filters and noise drawn from a seeded
 * PRNG — no samples from anywhere — and encoded to mono MP3 with a pure-JS LAME port, so running
 * it twice writes byte-identical files. The list of files comes from `src/core/vocabulary.ts`:
 * a new UI sound, story sound, setting or character there fails here, loudly, until it has a
 * recipe in one of the recipe tables below (UI_RECIPES, STORY_RECIPES, AMBIENCE_RECIPES, VOICES;
 * `npm run typecheck` fails too, since those tables are typed by the vocabulary).
 *
 * Each file carries a LAME/Xing info frame with its exact encoder delay and padding (lamejs
 * writes none), so decoders that honour it give back exactly the samples synthesised: UI sounds
 * start without MP3's usual ~50 ms of leading silence, and ambience loops repeat with no gap.
 * Checked: mpg123 (the tests' decoder), Chromium and Firefox `decodeAudioData` return the exact
 * length; Safari reads the same LAME tag but was not checked here. `sox`/libmad ignores the tag.
 * Ambience is synthesised as exactly periodic signals (tones with whole cycles per loop, noise
 * filtered circularly, events wrapped around the loop point) and encoded with a little of its
 * own end before it and of its start after it, so the seam is as smooth as any other point.
 *
 * To tweak a sound, edit its recipe (each is a short function of sample rate and a seeded
 * random source), run the script, and run `npx vitest run tests/unit/audio.test.ts`, which
 * checks levels, size and determinism. Levels are set per kind in LEVELS: each sound is scaled
 * to its kind's loudness and never above the peak ceiling, so a recipe's own gains only shape
 * the balance inside it.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';
import { MPEGDecoder } from 'mpg123-decoder';
import {
  CHARACTERS,
  SETTINGS,
  STORY_SOUNDS,
  TRAINEE,
  UI_SOUNDS,
  type Character,
  type Setting,
  type StorySound,
  type UiSound,
} from '../src/core/vocabulary';

// ------------------------------------------------------------------------------------------------
// What is made, and how loud

export type AudioKind = 'ui' | 'story' | 'voice' | 'ambience';

export interface AudioFile {
  /** File name inside the output folder, e.g. `voice-mentor.mp3`. */
  file: string;
  kind: AudioKind;
}

/** Every file the vocabulary asks for, in a stable order. */
export function audioCatalogue(): AudioFile[] {
  return [
    ...UI_SOUNDS.map((name) => ({ file: `${name}.mp3`, kind: 'ui' as const })),
    ...STORY_SOUNDS.map((name) => ({ file: `${name}.mp3`, kind: 'story' as const })),
    ...SETTINGS.map((name) => ({ file: `ambience-${name}.mp3`, kind: 'ambience' as const })),
    ...[...CHARACTERS, TRAINEE].map((name) => ({ file: `voice-${name}.mp3`, kind: 'voice' as const })),
  ];
}

interface Level {
  /** Target loudness in dBFS: RMS of the loudest 400 ms (whole-file RMS for ambience loops). */
  loudness: number;
  sampleRate: number;
  kbps: number;
}

/**
 * Cues sit well above the ambience (the game also plays ambience at 0.6 volume); UI sounds sit
 * a little under the story cues; voice blips, played on every line, under both.
 */
const LEVELS: Record<AudioKind, Level> = {
  story: { loudness: -15, sampleRate: 22050, kbps: 48 },
  ui: { loudness: -19, sampleRate: 22050, kbps: 48 },
  voice: { loudness: -20, sampleRate: 22050, kbps: 48 },
  ambience: { loudness: -36, sampleRate: 16000, kbps: 24 },
};

/** No sample is scaled above this before encoding… */
const PEAK_CEILING_DB = -2;
/** …and after decoding none may pass this (the shipped limit is −1 dBFS). */
const DECODED_PEAK_LIMIT_DB = -1.3;
/** Loops are 8 s: long enough not to sound repetitive, short enough to stay small. */
const LOOP_SECONDS = 8;

export const AUDIO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/audio');

// ------------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a: a stable 32-bit seed from a name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, and the same on every machine. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  bipolar(): number {
    return this.next() * 2 - 1;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** An independent stream, so adding draws in one layer does not reshuffle another. */
  fork(label: string): Rng {
    return new Rng(hash(label) ^ Math.floor(this.next() * 4294967296));
  }
}

// ------------------------------------------------------------------------------------------------
// Signal helpers

type Signal = Float64Array;
const TAU = 2 * Math.PI;

const seconds = (sr: number, s: number): number => Math.round(sr * s);
const dbToGain = (db: number): number => 10 ** (db / 20);
const gainToDb = (gain: number): number => 20 * Math.log10(Math.max(gain, 1e-12));
const smoothstep = (u: number): number => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));
/** A click-free raised-cosine ramp from 0 to 1 over `width` (in the same unit as `t`). */
const ramp = (t: number, width: number): number => (t <= 0 ? 0 : t >= width ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * t) / width));

function white(n: number, rng: Rng): Signal {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.bipolar();
  return out;
}

/** Pink-ish noise from white (Paul Kellet's economy filter), as a processor. */
function pinkFilter(): Proc {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  return (w) => {
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    return (b0 + b1 + b2 + w * 0.1848) * 0.2;
  };
}

/** Adds `src` into `dst` at `offset`, clipped at the ends. */
function mix(dst: Signal, src: Signal, offset = 0, gain = 1): void {
  for (let i = 0; i < src.length; i++) {
    const j = offset + i;
    if (j >= 0 && j < dst.length) dst[j] = dst[j]! + src[i]! * gain;
  }
}

/** Adds `src` into `dst` at `offset`, wrapping past the end to the start: for loops. */
function mixWrapped(dst: Signal, src: Signal, offset: number, gain = 1): void {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    const j = (((offset + i) % n) + n) % n;
    dst[j] = dst[j]! + src[i]! * gain;
  }
}

function scale(x: Signal, gain: number): Signal {
  for (let i = 0; i < x.length; i++) x[i] = x[i]! * gain;
  return x;
}

/** Raised-cosine fade in and out, in seconds. */
function fade(x: Signal, sr: number, fadeIn: number, fadeOut: number): Signal {
  const a = seconds(sr, fadeIn);
  const b = seconds(sr, fadeOut);
  for (let i = 0; i < x.length; i++) {
    let g = 1;
    if (a > 0 && i < a) g *= ramp(i, a);
    const fromEnd = x.length - 1 - i;
    if (b > 0 && fromEnd < b) g *= ramp(fromEnd, b);
    x[i] = x[i]! * g;
  }
  return x;
}

function peakOf(x: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < x.length; i++) peak = Math.max(peak, Math.abs(x[i]!));
  return peak;
}

function rmsOf(x: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / Math.max(1, x.length));
}

/** RMS of the loudest `window` seconds (the whole signal if it is shorter). */
function loudestRms(x: ArrayLike<number>, sr: number, window = 0.4): number {
  const w = seconds(sr, window);
  if (x.length <= w) return rmsOf(x);
  let sum = 0;
  for (let i = 0; i < w; i++) sum += x[i]! * x[i]!;
  let best = sum;
  for (let i = w; i < x.length; i++) {
    sum += x[i]! * x[i]! - x[i - w]! * x[i - w]!;
    if (sum > best) best = sum;
  }
  return Math.sqrt(Math.max(best, 0) / w);
}

// ------------------------------------------------------------------------------------------------
// Filters: stateful per-sample processors, so they can run once, or circularly over a loop.

type Proc = (x: number) => number;

/** RBJ cookbook biquad; its coefficients may be changed while it runs (formant glides). */
class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  constructor(private readonly sr: number) {}

  lowpass(freq: number, q = Math.SQRT1_2): this {
    const { cos, alpha } = this.prewarp(freq, q);
    return this.set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }
  highpass(freq: number, q = Math.SQRT1_2): this {
    const { cos, alpha } = this.prewarp(freq, q);
    return this.set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }
  /** Band-pass with 0 dB gain at the centre. */
  bandpass(freq: number, q: number): this {
    const { cos, alpha } = this.prewarp(freq, q);
    return this.set(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
  }
  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
  get proc(): Proc {
    return (x) => this.process(x);
  }
  private prewarp(freq: number, q: number): { cos: number; alpha: number } {
    const w = (TAU * Math.min(freq, this.sr * 0.45)) / this.sr;
    return { cos: Math.cos(w), alpha: Math.sin(w) / (2 * q) };
  }
  private set(b0: number, b1: number, b2: number, a0: number, a1: number, a2: number): this {
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
    return this;
  }
}

const lowpass = (sr: number, f: number, q?: number): Proc => new Biquad(sr).lowpass(f, q).proc;
const highpass = (sr: number, f: number, q?: number): Proc => new Biquad(sr).highpass(f, q).proc;
const bandpass = (sr: number, f: number, q: number): Proc => new Biquad(sr).bandpass(f, q).proc;

function chain(...procs: Proc[]): Proc {
  return (x) => procs.reduce((v, p) => p(v), x);
}

function apply(x: Signal, proc: Proc): Signal {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = proc(x[i]!);
  return out;
}

/**
 * Runs a fresh processor over the loop twice and keeps the second pass: the filter's state at
 * the end of the loop is then the state it started with, so the result is exactly periodic.
 */
function applyLooped(x: Signal, makeProc: () => Proc, warmPasses = 1): Signal {
  const proc = makeProc();
  for (let pass = 0; pass < warmPasses; pass++) for (let i = 0; i < x.length; i++) proc(x[i]!);
  return apply(x, proc);
}

/** A small mono Schroeder/Freeverb-style room. Returns only the reverberant part. */
function makeReverb(sr: number, size = 0.78, damp = 0.35): Proc {
  const scaleDelay = (d: number): number => Math.max(1, Math.round((d * sr) / 44100));
  const combs = [1116, 1188, 1277, 1356, 1422, 1491].map((d) => ({
    buf: new Float64Array(scaleDelay(d)),
    i: 0,
    store: 0,
  }));
  const allpasses = [556, 441, 341].map((d) => ({ buf: new Float64Array(scaleDelay(d)), i: 0 }));
  return (x) => {
    let sum = 0;
    const input = x * 0.12;
    for (const c of combs) {
      const out = c.buf[c.i]!;
      c.store = out * (1 - damp) + c.store * damp;
      c.buf[c.i] = input + c.store * size;
      c.i = (c.i + 1) % c.buf.length;
      sum += out;
    }
    for (const a of allpasses) {
      const delayed = a.buf[a.i]!;
      const out = delayed - sum;
      a.buf[a.i] = sum + delayed * 0.5;
      a.i = (a.i + 1) % a.buf.length;
      sum = out;
    }
    return sum;
  };
}

/** Dry signal plus a room, with the tail let ring out: for one-shot cues. */
function withRoom(x: Signal, sr: number, wet: number, tail: number, size?: number, damp?: number): Signal {
  const out = new Float64Array(x.length + seconds(sr, tail));
  out.set(x);
  const room = apply(out, makeReverb(sr, size, damp));
  mix(out, room, 0, wet);
  return fade(out, sr, 0, Math.min(tail, 0.25));
}

// ------------------------------------------------------------------------------------------------
// Building blocks

/** A struck partial: sine with a short raised-cosine attack and exponential decay. */
function partial(out: Signal, sr: number, at: number, freq: number, amp: number, tau: number, attack = 0.002, phase = 0): void {
  const start = seconds(sr, at);
  const a = seconds(sr, attack);
  for (let i = 0; start + i < out.length; i++) {
    const t = i / sr;
    const env = ramp(i, a) * Math.exp(-t / tau);
    if (env < 1e-5 && i > a) break;
    out[start + i] = out[start + i]! + amp * env * Math.sin(TAU * freq * t + phase);
  }
}

/** A noise burst shaped by a band-pass and an exponential decay. */
function noiseBurst(sr: number, rng: Rng, length: number, freq: number, q: number, tau: number, attack = 0.0005): Signal {
  const n = seconds(sr, length);
  const bp = bandpass(sr, freq, q);
  const a = seconds(sr, attack);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = bp(rng.bipolar()) * ramp(i, a) * Math.exp(-i / sr / tau);
  return out;
}

/** A sine beep with soft edges; `harmonics` adds odd harmonics for a piezo edge. */
function beep(sr: number, freq: number, length: number, edge = 0.004, harmonics: number[] = []): Signal {
  const n = seconds(sr, length);
  const e = seconds(sr, edge);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ph = (TAU * freq * i) / sr;
    let v = Math.sin(ph);
    harmonics.forEach((amp, k) => {
      const h = 2 * k + 3;
      if (freq * h < sr * 0.45) v += amp * Math.sin(h * ph);
    });
    out[i] = v * ramp(i, e) * ramp(n - 1 - i, e);
  }
  return out;
}

// --- voices -------------------------------------------------------------------------------------

/** Formant frequencies (F1, F2, F3) of an adult male voice; higher voices scale them up. */
const VOWELS = {
  a: [730, 1090, 2440],
  e: [530, 1840, 2480],
  i: [300, 2250, 3000],
  o: [570, 840, 2410],
  u: [320, 870, 2240],
  uh: [640, 1190, 2390],
  ae: [660, 1720, 2410],
  ih: [400, 1990, 2550],
  schwa: [500, 1500, 2500],
} as const satisfies Record<string, readonly [number, number, number]>;
type Vowel = keyof typeof VOWELS;
const VOWEL_NAMES = Object.keys(VOWELS) as Vowel[];

interface Syllable {
  /** Pitch at the start and end, Hz (an exponential glide between them). */
  f0: number;
  f0End: number;
  /** Length in seconds. */
  length: number;
  /** Vowel at the start and (if it glides) at the end. */
  vowel: Vowel;
  to?: Vowel;
  /** Formant scale: 1 for a low adult voice, ~1.15 for a higher one. */
  formants?: number;
  /** Spectral tilt of the glottal source: higher is darker and softer. */
  tilt?: number;
  /** Breath noise mixed into the source. */
  breath?: number;
  /** Nasal murmur around 250 Hz. */
  nasal?: number;
  /** Slow random wobble of pitch, as a fraction. */
  jitter?: number;
  /** Fast amplitude wobble (gravel), 0–1. */
  rough?: number;
  attack?: number;
  release?: number;
}

/** One spoken-sounding syllable: a harmonic source through three moving formant filters. */
function syllable(sr: number, s: Syllable, rng: Rng): Signal {
  const n = Math.max(1, seconds(sr, s.length));
  const out = new Float64Array(n);
  const filters = [new Biquad(sr), new Biquad(sr), new Biquad(sr)];
  const formantGain = [1, 0.55, 0.22];
  const nasal = s.nasal ? new Biquad(sr).bandpass(260, 3) : null;
  const from = VOWELS[s.vowel];
  const to = VOWELS[s.to ?? s.vowel];
  const fscale = s.formants ?? 1;
  const tilt = s.tilt ?? 1.2;
  const breath = s.breath ?? 0.03;
  const jitter = s.jitter ?? 0.004;
  const rough = s.rough ?? 0;
  const attack = seconds(sr, s.attack ?? 0.012);
  const release = seconds(sr, s.release ?? Math.min(0.05, s.length * 0.45));
  const rolloff = Float64Array.from({ length: 61 }, (_, k) => (k > 0 ? 1 / k ** tilt : 0));
  let phase = rng.next() * TAU;
  let wobble = 0;
  let wobbleTarget = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    if (i % 32 === 0) {
      const k = smoothstep(u);
      filters.forEach((f, j) => {
        const freq = (from[j]! + (to[j]! - from[j]!) * k) * fscale;
        f.bandpass(freq, freq / (70 + 40 * j));
      });
    }
    if (i % 256 === 0) wobbleTarget = rng.bipolar();
    wobble += (wobbleTarget - wobble) * 0.002;
    const f0 = s.f0 * (s.f0End / s.f0) ** u * (1 + jitter * wobble);
    // Harmonics up to ~5 kHz with a 1/k^tilt roll-off, summed with the Chebyshev recurrence.
    const harmonics = Math.max(1, Math.min(60, Math.floor(5000 / f0)));
    const c = 2 * Math.cos(phase);
    let sPrev = 0;
    let sCur = Math.sin(phase);
    let source = sCur;
    for (let k = 2; k <= harmonics; k++) {
      const sNext = c * sCur - sPrev;
      sPrev = sCur;
      sCur = sNext;
      source += sCur * rolloff[k]!;
    }
    source += breath * rng.bipolar() * 4;
    phase += (TAU * f0) / sr;
    if (phase > TAU) phase -= TAU;
    let v = 0;
    for (let j = 0; j < filters.length; j++) v += filters[j]!.process(source) * formantGain[j]!;
    if (nasal) v += nasal.process(source) * (s.nasal ?? 0);
    const grit = rough ? 1 - rough * (0.5 + 0.5 * Math.sin((TAU * 31 * i) / sr + Math.sin((TAU * 7 * i) / sr))) : 1;
    out[i] = v * grit * ramp(i, attack) * ramp(n - 1 - i, release) * (1 - 0.25 * u);
  }
  return out;
}

interface BabbleOptions {
  /** Mean pitch of this talker, Hz. */
  f0: number;
  formants: number;
  /** Syllables per second while talking. */
  rate: number;
  /** Loudness of this talker. */
  gain: number;
  /** Mean pause between phrases, s. */
  pause?: number;
  /** A little more push: wider pitch swings, shorter pauses. */
  urgency?: number;
}

/** A talker saying nothing in particular: phrases of syllables and pauses, added into `out`. */
function babble(out: Signal, sr: number, rng: Rng, o: BabbleOptions, wrap: boolean): void {
  const urgency = o.urgency ?? 0;
  let t = rng.range(-0.5, 0.6);
  const end = out.length / sr;
  while (t < end) {
    const words = 2 + Math.floor(rng.range(0, 6));
    const phraseF0 = o.f0 * rng.range(0.92, 1.1 + 0.1 * urgency);
    for (let w = 0; w < words && t < end; w++) {
      const length = (1 / o.rate) * rng.range(0.7, 1.35);
      const decline = 1 - 0.12 * (w / words);
      const accent = rng.next() < 0.25 + 0.2 * urgency ? rng.range(1.08, 1.2 + 0.1 * urgency) : 1;
      const f0 = phraseF0 * decline * accent;
      const syl = syllable(
        sr,
        {
          f0,
          f0End: f0 * rng.range(0.88, 1.06),
          length: length * 1.1,
          vowel: rng.pick(VOWEL_NAMES),
          to: rng.pick(VOWEL_NAMES),
          formants: o.formants,
          tilt: 1.35,
          breath: 0.04,
          attack: 0.02,
          release: 0.04,
        },
        rng,
      );
      const at = seconds(sr, t);
      const gain = o.gain * rng.range(0.7, 1.1);
      if (wrap) mixWrapped(out, syl, at, gain);
      else mix(out, syl, at, gain);
      t += length;
    }
    t += (o.pause ?? 0.45) * rng.range(0.4, 1.6) * (1 - 0.4 * urgency);
  }
}

function crowd(out: Signal, sr: number, rng: Rng, talkers: number, gain: number, wrap: boolean, urgency = 0): void {
  for (let k = 0; k < talkers; k++) {
    const high = k % 2 === 1;
    babble(
      out,
      sr,
      rng.fork(`talker-${k}`),
      {
        f0: high ? rng.range(180, 240) : rng.range(95, 140),
        formants: high ? 1.15 : 1,
        rate: rng.range(3.6, 5.2) * (1 + 0.15 * urgency),
        gain: gain * rng.range(0.6, 1),
        urgency,
      },
      wrap,
    );
  }
}

// --- things in shops ----------------------------------------------------------------------------

function footstep(sr: number, rng: Rng): Signal {
  const out = new Float64Array(seconds(sr, 0.16));
  mix(out, noiseBurst(sr, rng, 0.05, rng.range(1100, 1600), 0.9, 0.006), 0, 0.5);
  mix(out, noiseBurst(sr, rng, 0.12, 380, 0.8, 0.03, 0.004), seconds(sr, 0.008), 0.6);
  partial(out, sr, 0.002, rng.range(75, 95), 0.7, 0.035, 0.003);
  return out;
}

/** A trolley going by: wheel rumble and rattle, swelling and fading over `length` seconds. */
function trolley(sr: number, rng: Rng, length: number): Signal {
  const n = seconds(sr, length);
  const out = new Float64Array(n);
  const rumble = chain(bandpass(sr, 260, 0.8), lowpass(sr, 900));
  const rattle = chain(bandpass(sr, 2200, 1.5), lowpass(sr, 3500));
  const wheelHz = rng.range(6.5, 9);
  let clack = 0;
  for (let i = 0; i < n; i++) {
    const t = i / sr;
    const swell = Math.sin((Math.PI * i) / n) ** 2;
    const wheel = 0.5 + 0.5 * Math.sin(TAU * wheelHz * t + 0.6 * Math.sin(TAU * 1.3 * t));
    if (rng.next() < 9 / sr) clack = rng.range(0.5, 1);
    clack *= Math.exp(-1 / (0.01 * sr));
    const r = rumble(rng.bipolar()) * (0.7 + 0.3 * wheel);
    const k = rattle(rng.bipolar()) * (wheel ** 6 * 0.6 + clack);
    out[i] = (r * 1.2 + k * 0.5) * swell;
  }
  return out;
}

/** Nested trolleys knocking: a short metallic clank. */
function clank(sr: number, rng: Rng): Signal {
  const out = new Float64Array(seconds(sr, 0.5));
  for (const ratio of [1, 1.83, 2.76, 4.2, 5.4]) {
    partial(out, sr, rng.range(0, 0.004), 610 * ratio * rng.range(0.97, 1.03), rng.range(0.25, 0.5) / ratio ** 0.5, rng.range(0.04, 0.16) / ratio ** 0.3, 0.0008);
  }
  mix(out, noiseBurst(sr, rng, 0.05, 2500, 0.7, 0.006), 0, 0.4);
  return apply(out, lowpass(sr, 4000));
}

/** The automatic door: motor whirr and a breath of air, about 2 s. */
function slidingDoor(sr: number, rng: Rng): Signal {
  const n = seconds(sr, 2.2);
  const out = new Float64Array(n);
  const air = new Biquad(sr);
  const motor = lowpass(sr, 400);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const swell = Math.sin(Math.PI * u) ** 2;
    if (i % 64 === 0) air.lowpass(300 + 900 * swell, 0.9);
    phase += (TAU * (90 + 30 * swell)) / sr;
    const whirr = motor(((phase / TAU) % 1) * 2 - 1) * ramp(i, n * 0.1) * ramp(n - i, n * 0.2);
    out[i] = air.process(rng.bipolar()) * swell * 0.9 + whirr * 0.25 * (u < 0.8 ? 1 : 0.2);
  }
  return out;
}

/** A cicada's call: a buzzing carrier in fast pulses, swelling then stopping. */
function cicada(sr: number, rng: Rng, length: number, carrier: number, pulseHz: number): Signal {
  const n = seconds(sr, length);
  const out = new Float64Array(n);
  const band = chain(bandpass(sr, carrier, 5), bandpass(sr, carrier, 3));
  for (let i = 0; i < n; i++) {
    const t = i / sr;
    const u = i / n;
    const song = smoothstep(u / 0.45) * ramp(n - 1 - i, seconds(sr, 0.25));
    const pulse = (0.5 + 0.5 * Math.cos(TAU * pulseHz * t)) ** 4;
    const phrase = 0.7 + 0.3 * Math.sin(TAU * 5.5 * t);
    out[i] = band(rng.bipolar()) * pulse * song * phrase;
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Recipes

type Render = (sr: number, rng: Rng) => Signal;

const UI_RECIPES: Record<UiSound, Render> = {
  /** A soft wooden tick. */
  choose(sr, rng) {
    const out = new Float64Array(seconds(sr, 0.09));
    partial(out, sr, 0, 1320, 0.8, 0.012, 0.0012);
    partial(out, sr, 0, 660, 0.5, 0.02, 0.0015);
    partial(out, sr, 0, 3150, 0.12, 0.005, 0.001);
    mix(out, noiseBurst(sr, rng, 0.02, 2600, 1.2, 0.003), 0, 0.25);
    return fade(apply(out, lowpass(sr, 5000)), sr, 0, 0.02);
  },

  /** Two soft mallet notes, a fourth apart, going up. */
  confirm(sr) {
    const out = new Float64Array(seconds(sr, 0.6));
    const note = (at: number, f: number, amp: number): void => {
      partial(out, sr, at, f, amp, 0.16, 0.003);
      partial(out, sr, at, f * 2, amp * 0.12, 0.06, 0.003);
      partial(out, sr, at, f * 4.0, amp * 0.06, 0.025, 0.002);
      partial(out, sr, at, f / 2, amp * 0.18, 0.12, 0.006);
    };
    note(0, 783.99, 0.8); // G5
    note(0.09, 1046.5, 1); // C6
    return withRoom(fade(apply(out, lowpass(sr, 6000)), sr, 0, 0.08), sr, 0.25, 0.15);
  },

  /** A warm electric-piano arpeggio of Fmaj9 that rings for a moment. */
  debrief(sr) {
    const n = seconds(sr, 1.7);
    const out = new Float64Array(n);
    const notes = [174.61, 261.63, 329.63, 440, 523.25, 659.25]; // F3 C4 E4 A4 C5 E5
    notes.forEach((f, k) => {
      const start = seconds(sr, k * 0.07);
      const amp = 1 - k * 0.08;
      for (let i = 0; start + i < n; i++) {
        const t = i / sr;
        const index = 1.2 * Math.exp(-t / 0.18) + 0.15;
        const mod = Math.sin(TAU * f * t);
        const env = ramp(i, seconds(sr, 0.006)) * Math.exp(-t / 0.75);
        const v = Math.sin(TAU * f * t + index * mod) + 0.3 * Math.sin(TAU * f * 2.001 * t) * Math.exp(-t / 0.3);
        out[start + i] = out[start + i]! + amp * env * v;
      }
    });
    return withRoom(fade(apply(out, lowpass(sr, 3800)), sr, 0, 0.35), sr, 0.35, 0.2, 0.82, 0.45);
  },
};

const STORY_RECIPES: Record<StorySound, Render> = {
  /** The shop's two-tone door chime: "ding-dong" on struck metal bars. */
  'door-chime'(sr, rng) {
    const out = new Float64Array(seconds(sr, 1.9));
    const bar = (at: number, f: number, amp: number): void => {
      partial(out, sr, at, f, amp, 0.65, 0.0015, rng.range(0, TAU));
      partial(out, sr, at, f * 2.756, amp * 0.32, 0.22, 0.001);
      partial(out, sr, at, f * 5.404, amp * 0.1, 0.08, 0.001);
      partial(out, sr, at, f * 1.003, amp * 0.25, 0.5, 0.0015, rng.range(0, TAU)); // a slow beat
      mix(out, noiseBurst(sr, rng, 0.02, f * 4, 2, 0.002), seconds(sr, at), 0.1);
    };
    bar(0, 659.25, 1); // E5
    bar(0.5, 523.25, 1); // C5
    return withRoom(fade(apply(out, lowpass(sr, 7000)), sr, 0, 0.3), sr, 0.3, 0.1);
  },

  /** A checkout scanner's beep. */
  'till-beep'(sr) {
    const out = new Float64Array(seconds(sr, 0.2));
    mix(out, beep(sr, 2400, 0.13, 0.004, [0.12, 0.04]));
    return withRoom(out, sr, 0.2, 0.08);
  },

  /** A security gate alarm: alternating beeps, insistent but rounded off. */
  'gate-alarm'(sr) {
    const n = seconds(sr, 1.5);
    const out = new Float64Array(n);
    const period = 0.17;
    for (let k = 0; k * period < 1.4; k++) {
      const f = k % 2 === 0 ? 1760 : 1400;
      mix(out, beep(sr, f, 0.12, 0.008, [0.18]), seconds(sr, k * period));
    }
    return withRoom(fade(apply(out, lowpass(sr, 5000)), sr, 0, 0.05), sr, 0.22, 0.05);
  },

  /** An impatient queue: many voices, a sigh, getting a little louder. */
  'crowd-murmur'(sr, rng) {
    const n = seconds(sr, 2.6);
    const out = new Float64Array(n);
    crowd(out, sr, rng.fork('crowd'), 12, 1, false, 0.7);
    const sigh = syllable(sr, { f0: 130, f0End: 95, length: 0.55, vowel: 'a', to: 'uh', breath: 0.6, tilt: 2, attack: 0.08, release: 0.2 }, rng);
    mix(out, sigh, seconds(sr, 1.3), 0.9);
    for (let i = 0; i < n; i++) out[i] = out[i]! * (0.75 + 0.25 * smoothstep(i / n));
    const shaped = apply(out, chain(highpass(sr, 120), lowpass(sr, 3200)));
    return withRoom(fade(shaped, sr, 0.2, 0.5), sr, 0.35, 0.05, 0.75);
  },

  /** An office phone: a warbling electronic double ring. */
  'phone-ring'(sr) {
    const n = seconds(sr, 1.6);
    const out = new Float64Array(n);
    const bursts = [
      [0, 0.5],
      [0.75, 1.25],
    ] as const;
    let phase = 0;
    for (let i = 0; i < n; i++) {
      const t = i / sr;
      const warble = 0.5 + 0.5 * Math.tanh(4 * Math.sin(TAU * 16 * t));
      phase += (TAU * (1020 + 280 * warble)) / sr;
      let gate = 0;
      for (const [a, b] of bursts) gate += ramp(t - a, 0.01) * ramp(b - t, 0.015);
      out[i] = gate * (Math.sin(phase) + 0.25 * Math.sin(2 * phase) + 0.1 * Math.sin(3 * phase));
    }
    return withRoom(apply(out, lowpass(sr, 4500)), sr, 0.25, 0.35, 0.8);
  },
};

/**
 * An ambience loop is a few layers, each a whole loop long and exactly periodic, mixed like on a
 * desk: each layer's RMS is set in dB relative to the others, some of them sent to a room.
 */
interface LoopBus {
  sr: number;
  n: number;
  /** Heard directly. */
  dry: Signal;
  /** Heard directly and through the room reverb. */
  room: Signal;
}

function ambienceLoop(sr: number, build: (bus: LoopBus) => void, reverb = { size: 0.84, damp: 0.4, wet: 0.6 }): Signal {
  const n = seconds(sr, LOOP_SECONDS);
  const bus: LoopBus = { sr, n, dry: new Float64Array(n), room: new Float64Array(n) };
  build(bus);
  const tail = applyLooped(bus.room, () => makeReverb(sr, reverb.size, reverb.damp));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = bus.dry[i]! + bus.room[i]! * 0.5 + tail[i]! * reverb.wet;
  return out;
}

/** Adds a whole-loop layer with its RMS at `db` (relative to the other layers). */
function layer(bus: LoopBus, signal: Signal, db: number, where: 'dry' | 'room' = 'dry'): void {
  const rms = rmsOf(signal);
  if (!(rms > 0)) throw new Error('make-audio: an ambience layer is silent');
  mix(where === 'dry' ? bus.dry : bus.room, signal, 0, dbToGain(db) / rms);
}

/** A fresh loop-long track for events, which are placed into it with `mixWrapped`. */
function track(bus: LoopBus, place: (out: Signal) => void): Signal {
  const out = new Float64Array(bus.n);
  place(out);
  return out;
}

/** Filtered noise that repeats seamlessly over the loop. */
function loopedNoise(bus: LoopBus, rng: Rng, makeFilter: () => Proc, colour: 'white' | 'pink' = 'pink'): Signal {
  const colourFilter = (): Proc => (colour === 'pink' ? pinkFilter() : (x) => x);
  return applyLooped(white(bus.n, rng), () => chain(colourFilter(), highpass(bus.sr, 40), makeFilter()), 2);
}

/** Harmonics of a mains hum or fan, rounded to whole cycles per loop, with a slow wobble. */
function hum(bus: LoopBus, fundamental: number, amplitudes: number[], wobble = 0.2): Signal {
  const out = new Float64Array(bus.n);
  amplitudes.forEach((amp, k) => {
    const cycles = Math.round(fundamental * (k + 1) * LOOP_SECONDS);
    for (let i = 0; i < bus.n; i++) {
      const u = i / bus.n;
      const a = amp * (1 - wobble + wobble * Math.sin(TAU * (k + 2) * u + k));
      out[i] = out[i]! + a * Math.sin(TAU * cycles * u);
    }
  });
  return out;
}

function tillBeeps(bus: LoopBus, rng: Rng, count: number): Signal {
  const tills = [2350, 2650, 2900];
  return track(bus, (out) => {
    for (let k = 0; k < count; k++) {
      const at = seconds(bus.sr, ((k + rng.range(0.1, 0.9)) * LOOP_SECONDS) / count);
      const b = beep(bus.sr, rng.pick(tills) * rng.range(0.995, 1.005), 0.11, 0.004, [0.08]);
      mixWrapped(out, b, at, rng.range(0.5, 1));
    }
  });
}

/** Someone walking past: `steps` footsteps from `from` seconds, loudest in the middle. */
function walk(bus: LoopBus, rng: Rng, out: Signal, from: number, steps: number, gain = 1): void {
  const stride = rng.range(0.48, 0.58);
  const soften = (x: Signal): Signal => apply(x, lowpass(bus.sr, 2400));
  for (let k = 0; k < steps; k++) {
    const at = seconds(bus.sr, from + k * stride + rng.range(-0.015, 0.015));
    const g = gain * (0.3 + 0.7 * Math.sin((Math.PI * (k + 0.5)) / steps)) * (k % 2 ? 0.85 : 1);
    mixWrapped(out, soften(footstep(bus.sr, rng)), at, g);
  }
}

const AMBIENCE_RECIPES: Record<Setting, Render> = {
  /** A quiet store: soft room tone and light hum, someone walking, a trolley going by. */
  'shop-floor': (sr, rng) =>
    ambienceLoop(sr, (bus) => {
      layer(bus, loopedNoise(bus, rng.fork('room'), () => lowpass(sr, 1600)), -6);
      layer(bus, hum(bus, 100, [0.5, 1, 0.5, 0.35, 0.2]), -16);
      const steps = track(bus, (out) => {
        walk(bus, rng.fork('walker-1'), out, 0.4, 7);
        walk(bus, rng.fork('walker-2'), out, 5.1, 5, 0.7);
      });
      layer(bus, steps, -3, 'room');
      layer(bus, track(bus, (out) => mixWrapped(out, trolley(sr, rng.fork('trolley'), 3.4), seconds(sr, 3.2))), -6, 'room');
    }),

  /** A cool showroom: air-conditioning and its fan, cicadas in the heat beyond the glass. */
  'truck-showroom': (sr, rng) =>
    ambienceLoop(
      sr,
      (bus) => {
        layer(bus, loopedNoise(bus, rng.fork('aircon'), () => chain(lowpass(sr, 1500), highpass(sr, 90))), -3);
        layer(bus, loopedNoise(bus, rng.fork('duct'), () => bandpass(sr, 210, 1.5)), -13);
        layer(bus, hum(bus, 60, [0.4, 1, 0.3, 0.5], 0.3), -14);
        const cicadas = rng.fork('cicadas');
        const outside = track(bus, (out) => {
          for (let k = 0; k < 5; k++) {
            const call = cicada(sr, cicadas, cicadas.range(2.2, 3.6), cicadas.range(3900, 5000), cicadas.range(140, 230));
            mixWrapped(out, call, seconds(sr, k * 1.6 + cicadas.range(0, 0.8)), cicadas.range(0.5, 1));
          }
        });
        layer(bus, applyLooped(outside, () => lowpass(sr, 5500)), -15);
        layer(bus, track(bus, (out) => walk(bus, rng.fork('walker'), out, 2.0, 5)), -12, 'room');
      },
      { size: 0.8, damp: 0.5, wet: 0.4 },
    ),

  /** The exit of a busy supermarket: voices, trolleys, the doors, beeps from the tills. */
  'supermarket-exit': (sr, rng) =>
    ambienceLoop(sr, (bus) => {
      layer(bus, loopedNoise(bus, rng.fork('room'), () => lowpass(sr, 1500)), -9);
      const voices = track(bus, (out) => crowd(out, sr, rng.fork('crowd'), 6, 1, true));
      layer(bus, applyLooped(voices, () => lowpass(sr, 2400)), -5, 'room');
      const trolleys = track(bus, (out) => {
        mixWrapped(out, trolley(sr, rng.fork('trolley-1'), 3.2), seconds(sr, 0.6));
        mixWrapped(out, trolley(sr, rng.fork('trolley-2'), 2.6), seconds(sr, 4.6), 0.7);
        mixWrapped(out, clank(sr, rng.fork('clank')), seconds(sr, 6.9), 0.5);
      });
      layer(bus, trolleys, -5, 'room');
      layer(bus, track(bus, (out) => mixWrapped(out, slidingDoor(sr, rng.fork('door')), seconds(sr, 2.9))), -9, 'room');
      layer(bus, tillBeeps(bus, rng.fork('beeps'), 5), -15, 'room');
      layer(bus, track(bus, (out) => walk(bus, rng.fork('walker'), out, 3.3, 6)), -10, 'room');
    }),

  /** Hypermarket checkouts at rush hour: a murmuring crowd, tills beeping, trolleys. */
  'hypermarket-checkout': (sr, rng) =>
    ambienceLoop(sr, (bus) => {
      layer(bus, loopedNoise(bus, rng.fork('room'), () => lowpass(sr, 1800)), -11);
      const voices = track(bus, (out) => crowd(out, sr, rng.fork('crowd'), 14, 1, true, 0.3));
      layer(bus, applyLooped(voices, () => lowpass(sr, 2800)), -2, 'room');
      layer(bus, tillBeeps(bus, rng.fork('beeps'), 11), -11, 'room');
      const trolleys = track(bus, (out) => {
        mixWrapped(out, trolley(sr, rng.fork('trolley'), 3), seconds(sr, 1.8));
        mixWrapped(out, clank(sr, rng.fork('clank')), seconds(sr, 5.4), 0.5);
      });
      layer(bus, trolleys, -9, 'room');
    }),
};

/** Each speaker's blip: one syllable, pitched and voiced to match who they are. */
const VOICES: Record<Character | typeof TRAINEE, Syllable | Syllable[]> = {
  /** Calm and warm, a little low. */
  mentor: { f0: 150, f0End: 138, length: 0.13, vowel: 'o', to: 'uh', tilt: 1.45, formants: 1.02 },
  /** Bright, rising: "excuse me?" */
  shopper: { f0: 225, f0End: 262, length: 0.11, vowel: 'e', to: 'ih', formants: 1.16, tilt: 1.15 },
  /** Deep, slow, a bit of gravel. */
  farmer: { f0: 104, f0End: 96, length: 0.15, vowel: 'a', to: 'o', tilt: 1.3, rough: 0.25, jitter: 0.012 },
  /** Quick and chirpy. */
  cashier: { f0: 275, f0End: 262, length: 0.09, vowel: 'i', to: 'e', formants: 1.18, tilt: 1.05, attack: 0.008 },
  /** Clipped and falling: official. */
  inspector: { f0: 138, f0End: 112, length: 0.1, vowel: 'uh', to: 'schwa', tilt: 1.1, nasal: 0.5, attack: 0.01, release: 0.03 },
  /** Level and confident. */
  manager: { f0: 172, f0End: 168, length: 0.12, vowel: 'ae', to: 'e', formants: 1.06, tilt: 1.15 },
  /** Light, a touch nasal, slightly rising. */
  clerk: { f0: 200, f0End: 214, length: 0.095, vowel: 'ih', to: 'i', formants: 1.1, tilt: 1.2, nasal: 0.6 },
  /** Several people at once. */
  queue: [
    { f0: 138, f0End: 128, length: 0.14, vowel: 'uh', to: 'a', tilt: 1.4 },
    { f0: 196, f0End: 186, length: 0.13, vowel: 'a', to: 'e', formants: 1.12, tilt: 1.4, attack: 0.02 },
    { f0: 242, f0End: 250, length: 0.12, vowel: 'e', to: 'uh', formants: 1.16, tilt: 1.4, attack: 0.03 },
  ],
  /** The trainee: neutral and soft, so it never gets in the way. */
  you: { f0: 188, f0End: 196, length: 0.1, vowel: 'schwa', to: 'uh', formants: 1.08, tilt: 1.55, breath: 0.05 },
};

function renderVoice(spec: Syllable | Syllable[]): Render {
  return (sr, rng) => {
    const parts = Array.isArray(spec) ? spec : [spec];
    const stagger = 0.015;
    const out = new Float64Array(seconds(sr, Math.max(...parts.map((s, k) => s.length + k * stagger))));
    parts.forEach((s, k) => mix(out, syllable(sr, s, rng), seconds(sr, k * stagger), 1 / parts.length ** 0.5));
    return fade(apply(out, chain(highpass(sr, 90), lowpass(sr, 4500))), sr, 0, 0.01);
  };
}

/** Every recipe by file name. */
function recipes(): Map<string, Render> {
  const map = new Map<string, Render>();
  for (const [name, render] of Object.entries(UI_RECIPES)) map.set(`${name}.mp3`, render);
  for (const [name, render] of Object.entries(STORY_RECIPES)) map.set(`${name}.mp3`, render);
  for (const [name, render] of Object.entries(AMBIENCE_RECIPES)) map.set(`ambience-${name}.mp3`, render);
  for (const [name, spec] of Object.entries(VOICES)) map.set(`voice-${name}.mp3`, renderVoice(spec));
  return map;
}

// ------------------------------------------------------------------------------------------------
// MP3 encoding with an exact-length (gapless) info frame

/** LAME's encoder delay; mpg123, FFmpeg and browsers add the decoder's 529 themselves. */
const ENCODER_DELAY = 576;
const DECODER_DELAY = 529;
/** Samples of a loop's own end put before it (and of its start after it) when encoding. */
const LOOP_ROLL = 1152;

const MPEG1_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG1_RATES = [44100, 48000, 32000];
const MPEG2_RATES = [22050, 24000, 16000];

interface FrameHeader {
  mpeg1: boolean;
  kbps: number;
  sampleRate: number;
  size: number;
  samplesPerFrame: number;
}

function readFrameHeader(bytes: Uint8Array, at: number): FrameHeader {
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`make-audio: no MP3 frame sync at byte ${at}`);
  const version = (b1 >> 3) & 3;
  if ((b1 & 0x06) !== 0x02 || (version !== 3 && version !== 2)) throw new Error('make-audio: expected MPEG-1/2 Layer III frames');
  const mpeg1 = version === 3;
  const kbps = (mpeg1 ? MPEG1_KBPS : MPEG2_KBPS)[b2 >> 4] ?? 0;
  const sampleRate = (mpeg1 ? MPEG1_RATES : MPEG2_RATES)[(b2 >> 2) & 3] ?? 0;
  if (!kbps || !sampleRate) throw new Error(`make-audio: bad MP3 frame header at byte ${at}`);
  const padding = (b2 >> 1) & 1;
  const size = Math.floor(((mpeg1 ? 144000 : 72000) * kbps) / sampleRate) + padding;
  return { mpeg1, kbps, sampleRate, size, samplesPerFrame: mpeg1 ? 1152 : 576 };
}

/** CRC-16/ARC, as LAME uses for its tag. */
const CRC16_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    table[i] = c;
  }
  return table;
})();

function crc16(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let crc = 0;
  for (let i = from; i < to; i++) crc = (crc >>> 8) ^ CRC16_TABLE[(crc ^ bytes[i]!) & 0xff]!;
  return crc;
}

/**
 * A silent first frame holding a Xing header and LAME tag that give the exact encoder delay and
 * padding, as `lame` itself writes (lamejs does not). Its bitrate is the smallest that fits it.
 */
function infoFrame(audio: Uint8Array, frames: FrameHeader[], delay: number, padding: number, kbps: number): Uint8Array {
  const first = frames[0]!;
  const sideInfo = first.mpeg1 ? 17 : 9; // mono
  const needed = 4 + sideInfo + 156;
  const table = first.mpeg1 ? MPEG1_KBPS : MPEG2_KBPS;
  const index = table.findIndex((k) => k > 0 && Math.floor(((first.mpeg1 ? 144000 : 72000) * k) / first.sampleRate) >= needed);
  if (index < 0) throw new Error('make-audio: no bitrate fits the info frame');
  const size = Math.floor(((first.mpeg1 ? 144000 : 72000) * table[index]!) / first.sampleRate);
  const frame = new Uint8Array(size);
  const view = new DataView(frame.buffer);
  frame[0] = 0xff;
  frame[1] = audio[1]! | 0x01; // same version and layer, no CRC
  frame[2] = (index << 4) | (audio[2]! & 0x0c); // same sample rate, no padding
  frame[3] = audio[3]!; // same mode (mono) and flags
  let p = 4 + sideInfo;
  const ascii = (text: string): void => {
    for (const ch of text) frame[p++] = ch.charCodeAt(0);
  };
  const total = size + audio.length;
  ascii('Xing');
  view.setUint32(p, 0x0f, false); // frames, bytes, TOC and quality present
  view.setUint32(p + 4, frames.length, false);
  view.setUint32(p + 8, total, false);
  p += 12;
  const offsets: number[] = [];
  let offset = size;
  for (const f of frames) {
    offsets.push(offset);
    offset += f.size;
  }
  for (let i = 0; i < 100; i++) {
    const at = offsets[Math.floor((i / 100) * frames.length)] ?? size;
    frame[p++] = Math.min(255, Math.floor((at * 256) / total));
  }
  view.setUint32(p, 57, false); // quality, as LAME computes it for -q 3
  p += 4;
  ascii('LAME3.98r'); // lamejs is a port of LAME 3.98
  frame[p++] = 0x01; // tag revision 0, CBR
  frame[p++] = 0; // lowpass unknown
  p += 4 + 2 + 2; // peak and ReplayGain: not computed
  frame[p++] = 0; // flags
  frame[p++] = Math.min(255, kbps);
  frame[p++] = delay >> 4;
  frame[p++] = ((delay & 0x0f) << 4) | (padding >> 8);
  frame[p++] = padding & 0xff;
  frame[p++] = 0x20; // mono, non-standard settings (sample rate ≤ 32 kHz)
  p += 1 + 2; // MP3Gain, preset
  view.setUint32(p, total, false); // music length
  p += 4;
  view.setUint16(p, crc16(audio), false); // music CRC
  p += 2;
  view.setUint16(p, crc16(frame, 0, p), false); // tag CRC
  return frame;
}

function toInt16(x: Signal): Int16Array {
  const out = new Int16Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.round(Math.max(-1, Math.min(1, x[i]!)) * 32767);
  return out;
}

/** Encodes mono PCM to an MP3 that decodes to exactly `pcm.length` samples. */
function encodeMp3(pcm: Signal, sr: number, kbps: number, loop: boolean): Uint8Array {
  const roll = loop ? Math.min(LOOP_ROLL, pcm.length) : 0;
  const input = new Float64Array(pcm.length + 2 * roll);
  if (roll) {
    input.set(pcm.subarray(pcm.length - roll), 0);
    input.set(pcm.subarray(0, roll), roll + pcm.length);
  }
  input.set(pcm, roll);
  const encoder = new Mp3Encoder(1, sr, kbps);
  const chunks = [encoder.encodeBuffer(toInt16(input)), encoder.flush()];
  const audio = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    audio.set(new Uint8Array(c.buffer, c.byteOffset, c.length), at);
    at += c.length;
  }
  const frames: FrameHeader[] = [];
  for (let pos = 0; pos < audio.length; ) {
    const header = readFrameHeader(audio, pos);
    if (header.sampleRate !== sr || header.kbps !== kbps) {
      throw new Error(`make-audio: the encoder made ${header.sampleRate} Hz / ${header.kbps} kbps, not ${sr} Hz / ${kbps} kbps; pick a pair it keeps`);
    }
    frames.push(header);
    pos += header.size;
  }
  const delay = ENCODER_DELAY + roll;
  const padding = frames.length * frames[0]!.samplesPerFrame - delay - pcm.length;
  if (padding < DECODER_DELAY || padding > 4095 || delay > 4095) {
    throw new Error(`make-audio: delay ${delay} / padding ${padding} do not fit the LAME tag`);
  }
  const info = infoFrame(audio, frames, delay, padding, kbps);
  const out = new Uint8Array(info.length + audio.length);
  out.set(info);
  out.set(audio, info.length);
  return out;
}

// ------------------------------------------------------------------------------------------------
// Putting it together

/** Scales a rendered sound to its kind's loudness without passing the peak ceiling. */
function normalise(x: Signal, sr: number, kind: AudioKind): Signal {
  const target = dbToGain(LEVELS[kind].loudness);
  const measured = kind === 'ambience' ? rmsOf(x) : loudestRms(x, sr);
  const peak = peakOf(x);
  if (!(measured > 0) || !(peak > 0)) throw new Error('make-audio: a recipe rendered silence');
  return scale(x, Math.min(target / measured, dbToGain(PEAK_CEILING_DB) / peak));
}

/** Lag (in samples, within ±maxLag) at which `b` best matches `a`. */
function bestLag(a: ArrayLike<number>, b: ArrayLike<number>, maxLag: number): number {
  let best = -Infinity;
  let lag = 0;
  for (let d = -maxLag; d <= maxLag; d++) {
    let sum = 0;
    for (let i = Math.max(0, -d); i < a.length && i + d < b.length; i++) sum += a[i]! * b[i + d]!;
    if (sum > best) {
      best = sum;
      lag = d;
    }
  }
  return lag;
}

/**
 * Renders, levels and encodes every sound into `outDir`, checking each by decoding it: exact
 * length, no shift, decoded peak under the limit. Removes `.mp3` files there that the
 * vocabulary no longer asks for. Returns the paths written, in catalogue order.
 */
export async function generateAudio(outDir: string = AUDIO_DIR): Promise<string[]> {
  const catalogue = audioCatalogue();
  const table = recipes();
  const missing = catalogue.filter((entry) => !table.has(entry.file)).map((entry) => entry.file);
  if (missing.length) {
    throw new Error(
      `make-audio: no recipe for ${missing.join(', ')} — src/core/vocabulary.ts names them; add a recipe in tools/make-audio.ts`,
    );
  }
  await mkdir(outDir, { recursive: true });
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const written: string[] = [];
  try {
    for (const { file, kind } of catalogue) {
      const { sampleRate, kbps } = LEVELS[kind];
      const loop = kind === 'ambience';
      let pcm = normalise(table.get(file)!(sampleRate, new Rng(hash(file))), sampleRate, kind);
      let mp3 = encodeMp3(pcm, sampleRate, kbps, loop);
      for (let attempt = 0; ; attempt++) {
        await decoder.reset();
        const decoded = decoder.decode(mp3);
        const samples = decoded.channelData[0] ?? new Float32Array(0);
        if (decoded.samplesDecoded !== pcm.length || decoded.sampleRate !== sampleRate) {
          throw new Error(`make-audio: ${file} decodes to ${decoded.samplesDecoded} samples at ${decoded.sampleRate} Hz, not ${pcm.length} at ${sampleRate}`);
        }
        const lag = bestLag(pcm.subarray(0, Math.min(pcm.length, 8192)), samples, 24);
        if (lag !== 0) throw new Error(`make-audio: ${file} decodes shifted by ${lag} samples`);
        const peakDb = gainToDb(peakOf(samples));
        if (peakDb <= DECODED_PEAK_LIMIT_DB) break;
        if (attempt >= 4) throw new Error(`make-audio: ${file} still peaks at ${peakDb.toFixed(2)} dBFS after decoding`);
        pcm = scale(pcm, dbToGain(DECODED_PEAK_LIMIT_DB - 0.2 - peakDb));
        mp3 = encodeMp3(pcm, sampleRate, kbps, loop);
      }
      const target = path.join(outDir, file);
      await writeFile(target, mp3);
      written.push(target);
    }
  } finally {
    decoder.free();
  }
  const wanted = new Set(catalogue.map((entry) => entry.file));
  for (const name of await readdir(outDir)) {
    if (name.endsWith('.mp3') && !wanted.has(name)) await rm(path.join(outDir, name));
  }
  return written;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outDir = path.resolve(process.argv[2] ?? AUDIO_DIR);
  generateAudio(outDir).then(
    async (files) => {
      const { stat } = await import('node:fs/promises');
      let total = 0;
      for (const file of files) total += (await stat(file)).size;
      console.log(`make-audio: wrote ${files.length} files to ${path.relative(process.cwd(), outDir) || '.'} (${(total / 1024).toFixed(1)} KiB)`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
