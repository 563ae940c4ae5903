import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MPEGDecoder } from 'mpg123-decoder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARACTERS, SETTINGS, STORY_SOUNDS, TRAINEE, UI_SOUNDS } from '../../src/core/vocabulary';
import { generateAudio } from '../../tools/make-audio';

const AUDIO_DIR = path.resolve(import.meta.dirname, '..', '..', 'assets', 'audio');
const MAX_TOTAL_BYTES = 300 * 1000;
const MAX_PEAK_DBFS = -1;
const AMBIENCE_BELOW_CUES_DB = 10;

/** The files the game asks for, derived here from the vocabulary itself. */
const ui = UI_SOUNDS.map((name) => `${name}.mp3`);
const story = STORY_SOUNDS.map((name) => `${name}.mp3`);
const voices = [...CHARACTERS, TRAINEE].map((name) => `voice-${name}.mp3`);
const ambience = SETTINGS.map((name) => `ambience-${name}.mp3`);
const cues = [...ui, ...story, ...voices];
const needed = [...cues, ...ambience];

interface Decoded {
  samples: Float32Array;
  sampleRate: number;
}

const dB = (gain: number): number => 20 * Math.log10(Math.max(gain, 1e-12));
const peakDb = ({ samples }: Decoded): number => dB(samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0));
const rmsDb = ({ samples }: Decoded): number => dB(Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / samples.length));

/** RMS of the loudest 400 ms (the whole file if shorter): how loud a cue sounds while it plays. */
function loudnessDb({ samples, sampleRate }: Decoded): number {
  const w = Math.round(0.4 * sampleRate);
  if (samples.length <= w) return rmsDb({ samples, sampleRate });
  let sum = 0;
  for (let i = 0; i < w; i++) sum += samples[i]! ** 2;
  let best = sum;
  for (let i = w; i < samples.length; i++) {
    sum += samples[i]! ** 2 - samples[i - w]! ** 2;
    best = Math.max(best, sum);
  }
  return dB(Math.sqrt(best / w));
}

const decoded = new Map<string, Decoded>();

beforeAll(async () => {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    for (const file of needed.filter((f) => existsSync(path.join(AUDIO_DIR, f)))) {
      await decoder.reset();
      const result = decoder.decode(new Uint8Array(readFileSync(path.join(AUDIO_DIR, file))));
      decoded.set(file, { samples: result.channelData[0]!, sampleRate: result.sampleRate });
    }
  } finally {
    decoder.free();
  }
});

const audio = (file: string): Decoded => {
  const d = decoded.get(file);
  if (!d || d.samples.length === 0) throw new Error(`${file} is missing or decodes to nothing`);
  return d;
};

describe('the shipped sound set', () => {
  it('has a file for every UI sound, story sound, setting and speaker the vocabulary names', () => {
    const missing = needed.filter((file) => !existsSync(path.join(AUDIO_DIR, file)));
    expect(missing).toEqual([]);
    for (const file of needed) expect(audio(file).samples.length, file).toBeGreaterThan(0);
  });

  it('fits in 300 kB all together', () => {
    const total = readdirSync(AUDIO_DIR).reduce((sum, file) => sum + statSync(path.join(AUDIO_DIR, file)).size, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });

  it('never peaks above −1 dBFS', () => {
    const tooLoud = needed.filter((file) => peakDb(audio(file)) > MAX_PEAK_DBFS).map((file) => `${file}: ${peakDb(audio(file)).toFixed(2)} dBFS`);
    expect(tooLoud).toEqual([]);
  });

  it('keeps every ambience loop at least 10 dB (RMS) below every cue, voice blip and UI sound', () => {
    const quietestCue = Math.min(...cues.map((file) => rmsDb(audio(file))));
    const tooLoud = ambience
      .filter((file) => rmsDb(audio(file)) > quietestCue - AMBIENCE_BELOW_CUES_DB)
      .map((file) => `${file}: ${rmsDb(audio(file)).toFixed(1)} dB, quietest cue ${quietestCue.toFixed(1)} dB`);
    expect(tooLoud).toEqual([]);
  });

  it('plays UI sounds no louder than the quietest story cue', () => {
    const quietestStory = Math.min(...story.map((file) => loudnessDb(audio(file))));
    const tooLoud = ui.filter((file) => loudnessDb(audio(file)) > quietestStory).map((file) => `${file}: ${loudnessDb(audio(file)).toFixed(1)} dB`);
    expect(tooLoud).toEqual([]);
  });

  it('loops every ambience without a gap or a jump at the seam', () => {
    for (const file of ambience) {
      const { samples, sampleRate } = audio(file);
      const steps = Array.from(samples.subarray(1), (v, i) => Math.abs(v - samples[i]!)).sort((a, b) => a - b);
      const seam = Math.abs(samples[0]! - samples[samples.length - 1]!);
      expect(seam, `${file}: jump at the seam`).toBeLessThanOrEqual(steps[Math.floor(steps.length * 0.99)]!);
      // A missing gapless tag would show as ~50 ms of near-silence at the start.
      const edge = Math.round(0.03 * sampleRate);
      for (const part of [samples.subarray(0, edge), samples.subarray(samples.length - edge)]) {
        expect(rmsDb({ samples: part, sampleRate }), `${file}: level at the loop point`).toBeGreaterThan(rmsDb({ samples, sampleRate }) - 12);
      }
    }
  });
});

describe('tools/make-audio.ts', () => {
  let outDir = '';
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('regenerates every shipped file byte for byte', { timeout: 240_000 }, async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'counterpart-audio-'));
    const written = await generateAudio(outDir);
    expect(written.map((file) => path.basename(file)).sort()).toEqual([...needed].sort());
    const different = needed.filter((file) => !readFileSync(path.join(outDir, file)).equals(readFileSync(path.join(AUDIO_DIR, file))));
    expect(different).toEqual([]);
  });
});
